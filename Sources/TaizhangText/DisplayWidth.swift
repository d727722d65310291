/// Display columns of text as a terminal draws it: the unit of every layout decision in the
/// dashboard, so that Chinese (two columns a character) and ASCII (one) line up.
///
/// A grapheme cluster (`Character`) is measured by its first visible scalar, adjusted by the
/// emoji rules, and never exceeds 2:
/// - Han, kana, Hangul, full-width forms, emoji presentation: 2.
/// - East Asian Ambiguous characters (“” ‘’ … — · box drawing) are 1: that is how terminals
///   in a non-CJK locale draw them, and how ncurses counts them.
/// - Combining marks, format characters (ZWJ, ZWSP, bidi marks) and control characters: 0.
/// - An emoji followed by U+FE0F (emoji presentation) is 2, by U+FE0E (text presentation)
///   is 1; an emoji ZWJ sequence is a single cluster and so measures 2.
///
/// Only the standard library's Unicode data is used: no locale, no `wcwidth`, so the result
/// is the same on every machine.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        // ASCII is on every hot path (labels, numbers, borders): answer without decoding.
        let utf8 = character.utf8
        if let byte = utf8.first, byte < 0x80, utf8.count == 1 {
            return byte >= 0x20 && byte != 0x7F ? 1 : 0
        }
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        let firstWidth = ScalarWidth.of(first)
        guard let second = scalars.next() else { return firstWidth }
        return clusterWidth(first: first, firstWidth: firstWidth, second: second, rest: &scalars)
    }

    /// A `String`'s columns, by the generic reading specialised here: called from another
    /// module, the generic one ran unspecialised, and its first run looked up `Substring`'s
    /// conformances by scanning every conformance record of the binary (BENCHMARKS.md).
    public static func of(_ text: String) -> Int {
        measure(text)
    }

    /// A `Substring`'s columns (see `of(_: String)`).
    public static func of(_ text: Substring) -> Int {
        measure(text)
    }

    public static func of<S: StringProtocol>(_ text: S) -> Int {
        measure(text)
    }

    private static func measure<S: StringProtocol>(_ text: S) -> Int {
        // Pure ASCII needs no grapheme breaking: count printable bytes.
        let utf8 = text.utf8
        var width = 0
        var index = utf8.startIndex
        var previous = index
        var previousCounted = false
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte >= 0x80 { break }
            previousCounted = byte >= 0x20 && byte != 0x7F
            if previousCounted { width += 1 }
            previous = index
            utf8.formIndex(after: &index)
        }
        if index == utf8.endIndex { return width }
        // The last ASCII byte may be the base of the cluster that continues here (e+U+0301,
        // a keycap 1+U+FE0F+U+20E3), so measure again from it. An ASCII byte that follows
        // another ASCII byte always starts a cluster (CR LF aside, and both of those are 0).
        if index != utf8.startIndex {
            if previousCounted { width -= 1 }
            index = previous
        }
        let rest = text[index...]
        if SimpleScalars.all(rest) {
            for scalar in rest.unicodeScalars {
                width += ScalarWidth.of(scalar)
            }
            return width
        }
        for character in rest {
            width += of(character)
        }
        return width
    }

    /// A multi-scalar cluster: the base may be preceded by prepended format characters and
    /// followed by presentation selectors or joiners that change how it is drawn.
    private static func clusterWidth(
        first: Unicode.Scalar,
        firstWidth: Int,
        second: Unicode.Scalar,
        rest: inout String.UnicodeScalarView.Iterator
    ) -> Int {
        // Controls only cluster as CR LF; nothing drawn.
        if ScalarWidth.isControl(first) { return 0 }
        var base = first
        var baseWidth = firstWidth
        var next: Unicode.Scalar? = second
        if baseWidth == 0 {
            // Prepended marks (U+0600 ARABIC NUMBER SIGN…) sit before the character that
            // decides the width; a cluster of marks alone stays 0.
            while let scalar = next, ScalarWidth.isZeroWidth(scalar) {
                next = rest.next()
            }
            guard let scalar = next else { return 0 }
            base = scalar
            baseWidth = ScalarWidth.of(scalar)
            next = rest.next()
        }
        // Only emoji change width with what follows; everything else keeps its base width
        // (combining marks on "e", Hangul vowels on a leading consonant).
        guard base.properties.isEmoji else { return baseWidth }
        while let scalar = next {
            switch scalar.value {
            case 0xFE0E:
                return 1
            case 0xFE0F, 0x20E3, 0x1F3FB...0x1F3FF:
                // Emoji presentation, keycap, skin tone: drawn as an emoji picture.
                return 2
            case 0x200D where base.value >= 0x80:
                // A ZWJ sequence is drawn as one picture. ASCII "emoji" (digits, # and *)
                // are not pictographs, so a stray ZWJ after them changes nothing.
                return 2
            default:
                next = rest.next()
            }
        }
        return baseWidth
    }
}

extension StringProtocol {
    /// Display columns, as `DisplayWidth.of(_:)` measures them.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
