/// What the line breaker asks of one unit of text. A `Character` always works; a
/// `Unicode.Scalar` works for text whose every scalar is a character of its own
/// (`SimpleScalars`, line ends aside), and spares the breaker the grapheme breaking that was a
/// fifth of drawing a task's detail at every key.
protocol BreakUnit: Equatable {
    /// Columns on the screen.
    var columns: Int { get }
    var isSpace: Bool { get }
    /// A carriage return on its own: a line feed right after it belongs to the same line end
    /// (as scalars; "\r\n" is one `Character`).
    var isCarriageReturn: Bool { get }
    var isLineFeed: Bool { get }
    /// Ends a paragraph: "\n", "\r", "\r\n".
    var endsLine: Bool { get }
    var forbidsBreakBefore: Bool { get }
    var forbidsBreakAfter: Bool { get }
    var isWordCharacter: Bool { get }
    var isJoiner: Bool { get }
    static func inseparable(_ left: Self, _ right: Self) -> Bool
    static func text(_ units: ArraySlice<Self>) -> String
}

extension Character: BreakUnit {
    var columns: Int { DisplayWidth.of(self) }
    var isSpace: Bool { self == " " }
    var isCarriageReturn: Bool { self == "\r" }
    var isLineFeed: Bool { self == "\n" }
    var endsLine: Bool { self == "\n" || self == "\r\n" || self == "\r" }
    var forbidsBreakBefore: Bool { BreakRules.forbidsBreakBefore(self) }
    var forbidsBreakAfter: Bool { BreakRules.forbidsBreakAfter(self) }
    var isWordCharacter: Bool { BreakRules.isWordCharacter(self) }
    var isJoiner: Bool { BreakRules.isJoiner(self) }
    static func inseparable(_ left: Character, _ right: Character) -> Bool { BreakRules.isInseparable(left, right) }
    /// Appended one by one: `String(units)` ran the standard library's generic init
    /// unspecialised, whose first run scanned the binary's conformance records.
    static func text(_ units: ArraySlice<Character>) -> String {
        var text = ""
        for unit in units {
            text.append(unit)
        }
        return text
    }
}

extension Unicode.Scalar: BreakUnit {
    var columns: Int { ScalarWidth.of(self) }
    var isSpace: Bool { self == " " }
    var isCarriageReturn: Bool { self == "\r" }
    var isLineFeed: Bool { self == "\n" }
    var endsLine: Bool { self == "\n" || self == "\r" }
    var forbidsBreakBefore: Bool { BreakRules.forbidsBreakBefore(self) }
    var forbidsBreakAfter: Bool { BreakRules.forbidsBreakAfter(self) }
    var isWordCharacter: Bool { BreakRules.isWordCharacter(self) }
    var isJoiner: Bool { BreakRules.isJoiner(self) }
    static func inseparable(_ left: Unicode.Scalar, _ right: Unicode.Scalar) -> Bool { BreakRules.isInseparable(left, right) }
    static func text(_ units: ArraySlice<Unicode.Scalar>) -> String {
        // Encoded straight into the string's storage: appending scalars to a view one by one
        // was a twentieth of drawing a frame.
        String(unsafeUninitializedCapacity: units.count * 4) { buffer in
            var count = 0
            for scalar in units {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
