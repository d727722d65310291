/// Text in which every Unicode scalar is a character of its own, so it can be measured and
/// cut scalar by scalar instead of by grapheme clusters. Walking `Character`s costs a
/// grapheme-break check per character; walking scalars does not. On a key press at 57 tasks
/// the dashboard spent a third of its render measuring and cutting text.
///
/// A scalar counts as simple when its Grapheme_Cluster_Break property is Other (or Control,
/// for U+00AD) and it is neither a regional indicator nor an emoji base that a presentation
/// selector could follow: a cluster boundary then falls on both sides of it next to any
/// other simple scalar. That is ASCII, Latin-1 and Latin Extended, general punctuation
/// (quotes, dashes, ellipsis), box drawing, CJK punctuation, the ideographs and full-width
/// forms: what Chinese plans are made of. Anything else (combining marks, joiners,
/// variation selectors, emoji, kana voicing marks, Hangul jamo) sends the text down the
/// cluster path, so the result never differs from it.
@usableFromInline enum SimpleScalars {
    /// Whether the scalar is simple (see above). ASCII controls and C1 are not: CR LF is a
    /// single cluster.
    @inlinable @inline(__always) static func isSimple(_ value: UInt32) -> Bool {
        if value < 0x7F { return value >= 0x20 }
        if value < 0x300 { return value >= 0xA0 }
        if value >= 0x4E00 { return value <= 0x9FFF || (value >= 0xFF01 && value <= 0xFF60) || (value >= 0xFFE0 && value <= 0xFFE6) }
        if value >= 0x3000 { return value <= 0x3029 || (value >= 0x3030 && value <= 0x303E) || (value >= 0x3400 && value <= 0x4DBF) }
        return (value >= 0x2010 && value <= 0x2027) || (value >= 0x2030 && value <= 0x203B) || (value >= 0x203D && value <= 0x2048)
            || (value >= 0x204A && value <= 0x205E) || (value >= 0x2500 && value <= 0x257F)
    }

    /// Whether every scalar of the text is simple: read from its UTF-8 bytes, which a Swift
    /// string always holds valid.
    /// With `allowingLineEnds`, "\n" and "\r" count as simple too (the line breaker takes
    /// them as paragraph ends, "\r\n" as one).
    static func all<S: StringProtocol>(_ text: S, allowingLineEnds: Bool = false) -> Bool {
        let utf8 = text.utf8
        if let answer = utf8.withContiguousStorageIfAvailable({ all(bytes: $0, allowingLineEnds: allowingLineEnds) }) { return answer }
        return Array(utf8).withUnsafeBufferPointer { all(bytes: $0, allowingLineEnds: allowingLineEnds) }
    }

    private static func all(bytes: UnsafeBufferPointer<UInt8>, allowingLineEnds: Bool) -> Bool {
        var index = 0
        while index < bytes.count {
            guard let (value, next) = SimpleUTF8.decode(bytes, at: index) else { return false }
            if !isSimple(value), !(allowingLineEnds && (value == 0x0A || value == 0x0D)) { return false }
            index = next
        }
        return true
    }
}
