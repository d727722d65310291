/// Columns of a single Unicode scalar drawn on its own. `DisplayWidth` applies the
/// cluster-level rules (variation selectors, ZWJ sequences) on top of this.
@usableFromInline enum ScalarWidth {
    @usableFromInline static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        // DEL and C1 draw nothing useful; `TerminalSafe` turns them into visible text first.
        if value < 0xA0 { return 0 }
        // Latin-1 and Latin Extended hold no wide or combining characters; the soft hyphen
        // is drawn as a hyphen by terminals, so it takes its column.
        if value < 0x300 { return 1 }
        // Checked before the table because it is where nearly all Chinese text falls.
        if value >= 0x4E00 && value <= 0x9FFF { return 2 }
        // So is its punctuation: CJK symbols (、。《》「」【】〔〕) and full-width forms (，（）：；！？)
        // are wide, general punctuation (“”‘’——…·) narrow. Without this, each of them took the
        // table's search and two Unicode property lookups.
        if (value >= 0x3000 && value <= 0x3029) || (value >= 0xFF01 && value <= 0xFF60) { return 2 }
        if (value >= 0x2010 && value <= 0x2027) || (value >= 0x2030 && value <= 0x205E) { return 1 }
        return fromTables(scalar)
    }

    /// The width from the wide ranges and Unicode's properties: what `of` gives for every
    /// scalar, the ranges it answers first included (a test checks them against this).
    static func fromTables(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if WideRanges.contains(value) { return 2 }
        if isZeroWidth(scalar) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Scalars that draw on top of the character before them (or not at all).
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1160...0x11FF, 0xD7B0...0xD7FF:
            // Hangul vowels and final consonants combine into the syllable that the leading
            // consonant (already two columns) starts.
            return true
        case 0x2028, 0x2029:
            // Line and paragraph separators: no glyph, like the other line breaks.
            return true
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format:
                return true
            default:
                return false
            }
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (value >= 0x7F && value < 0xA0)
    }
}
