extension TerminalColor {
    /// The colour a terminal with `colorCount` colours can show in place of this one.
    ///
    /// - 256 or more: unchanged.
    /// - 16–255: indexes 16–255 become the nearest (by xterm RGB) of the 16 basic colours.
    /// - 8–15: as for 16, then bright colours 9–15 become their basic forms 1–7, and bright
    ///   black (8, a grey) becomes white (7): it is the nearer of the two neutrals, and black
    ///   would make grey text vanish on the dark terminals that most people run.
    /// - fewer than 8: the terminal's default; only attributes are left to carry meaning.
    ///
    /// Indexes outside 0–255 (possible only in a theme built in code) become the default
    /// below 256 colours rather than being passed to a terminal that cannot show them.
    public func adapted(toColorCount colorCount: Int) -> TerminalColor {
        guard colorCount < 256 else { return self }
        guard colorCount >= 8, case .index(let index) = self, (0...255).contains(index) else {
            return .terminalDefault
        }
        let basic = index < 16 ? index : XtermPalette.nearest(to: XtermPalette.rgb(index), below: 16)
        if colorCount >= 16 || basic < 8 {
            return .index(basic)
        }
        return .index(basic == 8 ? 7 : basic - 8)
    }
}
