/// Terminal display columns of captured screen text, for checking layout. The test target
/// does not depend on TaizhangText (that would check the product with its own ruler), so
/// this is a small independent ruler: East Asian Wide and Fullwidth characters (Han,
/// CJK and full-width punctuation, kana, Hangul) take 2 columns, everything else on this
/// dashboard's screen (ASCII, box drawing, "…") takes 1.
enum DisplayColumns {
    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    static func width(of text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// The character whose first column is `column`, nil when the line is shorter or the
    /// column falls in the second half of a wide character.
    static func character(at column: Int, in line: String) -> Character? {
        var position = 0
        for character in line {
            if position == column { return character }
            position += width(of: String(character))
            if position > column { return nil }
        }
        return nil
    }

    /// The text from display column `column` to the end of the line.
    static func suffix(from column: Int, of line: String) -> Substring {
        var position = 0
        var index = line.startIndex
        while index < line.endIndex, position < column {
            position += width(of: String(line[index]))
            index = line.index(after: index)
        }
        return line[index...]
    }
}

extension DisplayColumns {
    /// The first display column holding `character`, nil when the line has none.
    static func column(of character: Character, in line: String) -> Int? {
        var position = 0
        for candidate in line {
            if candidate == character { return position }
            position += width(of: String(candidate))
        }
        return nil
    }
}
