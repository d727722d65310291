/// Which characters may sit at the edges of a wrapped line, following the usual Chinese
/// typesetting rules (禁则): closing and trailing marks (，。）》…％) must stay with the text
/// before them, opening marks (（《“) with the text after them. Half-width and small forms
/// follow the same rules, since imported documents mix them freely ("(三）").
enum BreakRules {
    /// Marks that may not begin a line.
    static func forbidsBreakBefore(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(forbidsBreakBefore) ?? false
    }

    static func forbidsBreakBefore(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21, 0x25, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D,  // ! % ) , . : ; ? ] }
             0xB0, 0xB7,                                               // ° ·
             0x2019, 0x201D,                                           // ’ ”
             0x2025, 0x2026, 0x2027,                                   // ‥ … ‧
             0x2030, 0x2031, 0x2032, 0x2033,                           // ‰ ‱ ′ ″
             0x203C, 0x2047, 0x2048, 0x2049,                           // ‼ ⁇ ⁈ ⁉
             0x2103, 0x2109,                                           // ℃ ℉
             0x3001, 0x3002, 0x3005,                                   // 、 。 々
             0x3009, 0x300B, 0x300D, 0x300F, 0x3011,                   // 〉 》 」 』 】
             0x3015, 0x3017, 0x3019, 0x301B, 0x301E, 0x301F,           // 〕 〗 〙 〛 〞 〟
             0x309D, 0x309E, 0x30FB, 0x30FD, 0x30FE,                   // ゝ ゞ ・ ヽ ヾ
             0xFE10...0xFE16, 0xFE18, 0xFE19,                          // vertical ， 、 。 ： ； ！ ？
             0xFE36, 0xFE38, 0xFE3A, 0xFE3C, 0xFE3E,                   // vertical closing brackets
             0xFE40, 0xFE42, 0xFE44, 0xFE48,
             0xFE50...0xFE57, 0xFE5A, 0xFE5C, 0xFE5E, 0xFE6A,          // small forms ﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞﹪
             0xFF01, 0xFF05, 0xFF09, 0xFF0C, 0xFF0E,                   // ！ ％ ） ， ．
             0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D,                   // ： ； ？ ］ ｝
             0xFF60, 0xFF61, 0xFF63, 0xFF64, 0xFF65,                   // ｠ ｡ ｣ ､ ･
             0xFFE0:                                                   // ￠
            return true
        default:
            return false
        }
    }

    /// Marks that may not end a line: opening brackets and quotes, and currency signs that
    /// belong to the amount after them.
    static func forbidsBreakAfter(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(forbidsBreakAfter) ?? false
    }

    static func forbidsBreakAfter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x24, 0x28, 0x5B, 0x7B,                                   // $ ( [ {
             0xA3, 0xA5,                                               // £ ¥
             0x2018, 0x201C,                                           // ‘ “
             0x20AC,                                                   // €
             0x3008, 0x300A, 0x300C, 0x300E, 0x3010,                   // 〈 《 「 『 【
             0x3014, 0x3016, 0x3018, 0x301A, 0x301D,                   // 〔 〖 〘 〚 〝
             0xFE35, 0xFE37, 0xFE39, 0xFE3B, 0xFE3D,                   // vertical opening brackets
             0xFE3F, 0xFE41, 0xFE43, 0xFE47,
             0xFE59, 0xFE5B, 0xFE5D,                                   // ﹙ ﹛ ﹝
             0xFF04, 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62,           // ＄ （ ［ ｛ ｟ ｢
             0xFFE1, 0xFFE5:                                           // ￡ ￥
            return true
        default:
            return false
        }
    }

    /// Doubled dashes and ellipses (——, ……) are one mark in Chinese and must not be split.
    static func isInseparable(_ left: Character, _ right: Character) -> Bool {
        guard left == right, let scalar = left.unicodeScalars.first else { return false }
        return isDoubledMark(scalar)
    }

    static func isInseparable(_ left: Unicode.Scalar, _ right: Unicode.Scalar) -> Bool {
        left == right && isDoubledMark(left)
    }

    private static func isDoubledMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2014, 0x2025, 0x2026, 0x2E3A, 0x2E3B: return true
        default: return false
        }
    }

    /// Letters and digits of alphabetic scripts: runs of them are words, which are not split
    /// while they fit on a line. Han, kana and Hangul are excluded — they break anywhere.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(isWordCharacter) ?? false
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A)
        }
        switch value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return true  // full-width Latin and digits (２０２２) behave like their ASCII forms
        default:
            guard ScalarWidth.of(scalar) == 1 else { return false }
            let properties = scalar.properties
            return properties.isAlphabetic || properties.generalCategory == .decimalNumber
        }
    }

    /// Punctuation that belongs inside a word when it has letters or digits on both sides:
    /// 1+1+9, 4.5%, 2022-2025, 12:30, a/b, Latin-ASCII, don't.
    static func isJoiner(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        return scalars.count == 1 && scalars.first.map(isJoiner) == true
    }

    static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "+", "-", ".", "/", ":", ",", "%", "_", "'", "@", "&", "=", "~", "#":
            return true
        default:
            return false
        }
    }
}
