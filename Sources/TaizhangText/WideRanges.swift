/// Code points a terminal draws two columns wide: East Asian Width W and F from the Unicode
/// Character Database, merged across unassigned gaps inside the same blocks so that characters
/// added to those blocks later (new ideographs, kana, emoji) are already measured as wide.
/// Planes 2 and 3 are wide in full because Unicode reserves them for ideographs.
///
/// Kept out: the combining marks that sit inside wide blocks (U+302A–U+302F, U+3099–U+309A),
/// because they join the preceding character and must measure 0; and U+303F, the half-size
/// ideographic space, which is narrow. Emoji are covered twice (here and by
/// `isEmojiPresentation`) so that a standard library with older Unicode data still measures
/// the common ones right.
///
/// Sorted and non-overlapping: `WideRanges.contains` binary-searches it.
enum WideRanges {
    static let lower: [UInt32] = table.map(\.0)
    static let upper: [UInt32] = table.map(\.1)

    static func contains(_ value: UInt32) -> Bool {
        // Every wide code point is at or above U+1100; most text never pays for the search.
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = lower.count
        // Find the first range whose lower bound is above `value`; the one before it is the
        // only candidate.
        while low < high {
            let middle = (low + high) / 2
            if lower[middle] <= value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low > 0 && value <= upper[low - 1]
    }

    private static let table: [(UInt32, UInt32)] = [
        (0x1100, 0x115F),    // Hangul leading consonants (they carry the syllable's width)
        (0x231A, 0x231B),    // watch, hourglass
        (0x2329, 0x232A),    // angle brackets (CJK compatibility)
        (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE),
        (0x2614, 0x2615),
        (0x2648, 0x2653),    // zodiac
        (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
        (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
        (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
        (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD),
        (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
        (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757),
        (0x2795, 0x2797), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
        (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x2E80, 0x3029),    // CJK radicals, Kangxi, description characters, CJK symbols 、。〈〉《》「」
        (0x3030, 0x303E),    // wavy dash … ideographic variation indicator (U+303F is narrow)
        (0x3041, 0x3098),    // Hiragana
        (0x309B, 0x3247),    // kana marks, Katakana, Bopomofo, Hangul compatibility jamo, Kanbun,
                             // CJK strokes, enclosed CJK letters
        (0x3250, 0x4DBF),    // enclosed CJK, CJK compatibility, CJK extension A
        (0x4E00, 0xA4C6),    // CJK unified ideographs, Yi
        (0xA960, 0xA97C),    // Hangul jamo extended A (leading consonants)
        (0xAC00, 0xD7A3),    // Hangul syllables
        (0xF900, 0xFAFF),    // CJK compatibility ideographs
        (0xFE10, 0xFE19),    // vertical forms
        (0xFE30, 0xFE6B),    // CJK compatibility forms, small form variants
        (0xFF01, 0xFF60),    // full-width ASCII forms （）；：？！Ａ１
        (0xFFE0, 0xFFE6),    // full-width signs ￠￡￥
        (0x16FE0, 0x18D7F),  // ideographic symbols, Tangut, Khitan
        (0x1AFF0, 0x1B2FF),  // kana supplements, Nüshu
        (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
        (0x1F191, 0x1F19A),
        (0x1F200, 0x1F265),  // enclosed ideographic supplement
        (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C),
        (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3),
        (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E),
        (0x1F440, 0x1F440), (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D),
        (0x1F54B, 0x1F54E), (0x1F550, 0x1F567), (0x1F57A, 0x1F57A),
        (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F),
        (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2),
        (0x1F6D5, 0x1F6DF), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC),
        (0x1F7E0, 0x1F7F0),
        (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF),
        (0x1FA70, 0x1FAFF),  // symbols and pictographs extended A
        (0x20000, 0x3FFFD),  // CJK extensions B–I, compatibility supplement
    ]
}
