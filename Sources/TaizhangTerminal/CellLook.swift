import TaizhangScreen
import CNCursesW

/// How one role is painted: its colour pair and its attributes, ready for `setcchar`.
struct CellLook {
    var pair: Int16
    var attributes: attr_t
}

/// One colour pair per role, in `StyleRole.allCases` order from pair 1 (pair 0 is the
/// terminal's default and cannot be changed). Attributes are applied whether or not the
/// terminal has colours, so a monochrome terminal still shows selection and focus.
func makeLooks(theme: Theme, colorCount: Int, defaultColors: Bool) -> [StyleRole: CellLook] {
    var looks: [StyleRole: CellLook] = [:]
    let pairLimit = colorCount > 0 ? Int(tz_color_pairs()) : 0
    for (index, role) in StyleRole.allCases.enumerated() {
        let style = theme.style(for: role)
        var attributes = tz_a_normal()
        if style.bold { attributes |= tz_a_bold() }
        if style.underline { attributes |= tz_a_underline() }
        if style.reverse { attributes |= tz_a_reverse() }
        if style.dim { attributes |= tz_a_dim() }

        var pair: Int16 = 0
        let candidate = index + 1
        if candidate < pairLimit, candidate <= Int(Int16.max) {
            let foreground = colorNumber(style.foreground, colorCount: colorCount, defaultColors: defaultColors, fallback: COLOR_WHITE)
            let background = colorNumber(style.background, colorCount: colorCount, defaultColors: defaultColors, fallback: COLOR_BLACK)
            if init_pair(Int16(candidate), foreground, background) == OK {
                pair = Int16(candidate)
            }
        }
        looks[role] = CellLook(pair: pair, attributes: attributes)
    }
    return looks
}

/// The ncurses colour number for a theme colour. The terminal's own default is -1 when
/// `use_default_colors` worked, otherwise white on black. A palette index the terminal does
/// not have (the adapted theme should never contain one) also falls back to the default.
private func colorNumber(_ color: TerminalColor, colorCount: Int, defaultColors: Bool, fallback: Int32) -> Int16 {
    let defaultNumber = defaultColors ? Int16(-1) : Int16(fallback)
    switch color {
    case .terminalDefault:
        return defaultNumber
    case .index(let number):
        guard number >= 0, number < colorCount, number <= Int(Int16.max) else { return defaultNumber }
        return Int16(number)
    }
}
