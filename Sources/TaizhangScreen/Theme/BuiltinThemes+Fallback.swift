extension BuiltinThemes {
    /// The theme of last resort, written as Swift so it needs no decoding and cannot fail:
    /// used if the shipped default ever failed to decode, and available to the executable when
    /// a user's theme is broken and it would rather start than stop. Attributes only, so it
    /// reads on every terminal whatever its colours or background.
    public static let fallback = Theme(name: "fallback", styles: [
        .normal: Style(),
        .border: Style(dim: true),
        .borderFocused: Style(bold: true),
        .title: Style(),
        .titleFocused: Style(bold: true, reverse: true),
        .selected: Style(bold: true, reverse: true),
        .selectedInactive: Style(underline: true),
        .heading: Style(bold: true),
        .dim: Style(dim: true),
        .todo: Style(),
        .doing: Style(bold: true),
        .reported: Style(underline: true),
        .returned: Style(bold: true, underline: true),
        .done: Style(dim: true),
        .barDone: Style(bold: true),
        .barOpen: Style(dim: true),
        .statusBar: Style(reverse: true),
        .statusKey: Style(bold: true, reverse: true),
        .message: Style(bold: true),
        .error: Style(bold: true, underline: true, reverse: true),
        .match: Style(underline: true, reverse: true),
        .overdue: Style(bold: true, underline: true),
        .lightGreen: Style(),
        .lightYellow: Style(bold: true),
        .lightRed: Style(bold: true, reverse: true),
        .input: Style(underline: true),
    ])
}
