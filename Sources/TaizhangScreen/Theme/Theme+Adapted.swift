extension Theme {
    /// The theme as a terminal with `colorCount` colours can show it (`tigetnum("colors")`;
    /// 0 or -1 for none). See `TerminalColor.adapted(toColorCount:)` for how colours map.
    ///
    /// Two things keep a reduced theme usable:
    /// - From 8 to 255 colours, text whose colour and background were different but land on
    ///   the same basic colour gets the basic colour farthest from that background instead,
    ///   so it cannot vanish (with `reverse`, the background is the text, so that one moves).
    /// - Below 8 colours, where only attributes remain, the cursor row, the remembered row and
    ///   the focused pane's border and title are given an attribute if the theme relied on
    ///   colour alone to tell them apart from what surrounds them.
    public func adapted(toColorCount colorCount: Int) -> Theme {
        guard colorCount < 256 else { return self }
        var result = self
        for (role, style) in styles {
            result.styles[role] = style.adapted(toColorCount: colorCount)
        }
        if colorCount < 8 {
            result.keepAttributeCues()
        }
        return result
    }

    /// Only called once colours are gone, so comparing whole styles compares attributes.
    private mutating func keepAttributeCues() {
        // The cursor row must show even without colour: reverse, or bold with underline.
        distinguish(.selected, from: [.normal], accept: { $0.reverse || ($0.bold && $0.underline) }, tries: [
            { $0.reverse = true },
            { $0.reverse = false; $0.bold = true; $0.underline = true },
        ])
        distinguish(.selectedInactive, from: [.normal, .selected], tries: [
            { $0.underline = true },
            { $0.bold = true },
            { $0.reverse = false; $0.underline = true },
        ])
        distinguish(.borderFocused, from: [.border], tries: [
            { $0.bold = true; $0.dim = false },
            { $0.reverse = true },
        ])
        distinguish(.titleFocused, from: [.title], tries: [
            { $0.bold = true; $0.dim = false },
            { $0.underline = true },
            { $0.reverse = true },
        ])
    }

    /// Leaves `role` alone if it already differs from every role in `others` (and passes
    /// `accept`); otherwise uses the first of `tries`, each applied to the theme's own style,
    /// that does. The theme's own attributes are kept wherever they already do the job.
    private mutating func distinguish(
        _ role: StyleRole, from others: [StyleRole], accept: (Style) -> Bool = { _ in true },
        tries: [(inout Style) -> Void]
    ) {
        let original = style(for: role)
        let otherStyles = others.map { style(for: $0) }
        func works(_ candidate: Style) -> Bool {
            accept(candidate) && !otherStyles.contains(candidate)
        }
        guard !works(original) else { return }
        for change in tries {
            var candidate = original
            change(&candidate)
            if works(candidate) {
                styles[role] = candidate
                return
            }
        }
    }
}

extension Style {
    /// The style with both colours adapted; see `Theme.adapted(toColorCount:)`.
    public func adapted(toColorCount colorCount: Int) -> Style {
        guard colorCount < 256 else { return self }
        var result = self
        result.foreground = foreground.adapted(toColorCount: colorCount)
        result.background = background.adapted(toColorCount: colorCount)
        if colorCount >= 8, foreground != background,
            case .index(let text) = reverse ? result.background : result.foreground,
            case .index(let behind) = reverse ? result.foreground : result.background,
            text == behind
        {
            let limit = colorCount >= 16 ? 16 : 8
            let readable = TerminalColor.index(XtermPalette.farthest(from: XtermPalette.rgb(behind), below: limit))
            if reverse {
                result.background = readable
            } else {
                result.foreground = readable
            }
        }
        return result
    }
}
