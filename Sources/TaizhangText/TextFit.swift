/// Cutting and padding text to a number of display columns, always at `Character`
/// boundaries, so a cell never shows half a Han character or a broken emoji.
public enum TextFit {
    /// The longest prefix of whole characters that fits in `maxWidth` columns, and its width.
    /// Zero-width characters right after the cut belong to the prefix (they cost nothing).
    public static func prefix<S: StringProtocol>(
        _ text: S, maxWidth: Int
    ) -> (text: S.SubSequence, width: Int) {
        guard maxWidth > 0 else { return (text[text.startIndex..<text.startIndex], 0) }
        // No character is wider than its UTF-8 encoding (wide characters need three bytes),
        // so text with no more bytes than columns fits without measuring cut points.
        if text.utf8.count <= maxWidth {
            return (text[...], DisplayWidth.of(text))
        }
        // Scalar by scalar while every scalar is simple (`SimpleScalars`): each is then a
        // character, and the cut falls between two simple scalars, which is a character
        // boundary. Only the prefix is read, not a long title to its end.
        var width = 0
        let scalars = text.unicodeScalars
        var cut = scalars.startIndex
        while cut != scalars.endIndex {
            let scalar = scalars[cut]
            guard SimpleScalars.isSimple(scalar.value) else { break }
            let scalarWidth = ScalarWidth.of(scalar)
            if width + scalarWidth > maxWidth { return (text[..<cut], width) }
            width += scalarWidth
            scalars.formIndex(after: &cut)
        }
        if cut == scalars.endIndex { return (text[...], width) }
        // A scalar that may join the one before it: measure characters from the start.
        width = 0
        var end = text.startIndex
        while end != text.endIndex {
            let characterWidth = DisplayWidth.of(text[end])
            if width + characterWidth > maxWidth { break }
            width += characterWidth
            text.formIndex(after: &end)
        }
        return (text[..<end], width)
    }

    /// `text` if it fits in `toWidth` columns; otherwise the longest prefix that fits
    /// together with `ellipsis`, so the reader sees that something was cut. When even the
    /// ellipsis does not fit, the text is cut without it rather than overflowing.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        if let simple = text.utf8.withContiguousStorageIfAvailable({ cutSimple($0, toWidth: width, ellipsisWidth: ellipsisWidth) }),
            let cut = simple
        {
            guard let bytes = cut.bytes else { return text }
            let kept = String(text[..<text.utf8.index(text.utf8.startIndex, offsetBy: bytes)])
            return cut.ellipsis ? kept + ellipsis : kept
        }
        return truncateByCharacters(text, toWidth: width, ellipsis: ellipsis)
    }

    /// `truncate` in one pass over the bytes, for text simple up to its cut (`SimpleUTF8`):
    /// a task row's text is cut at every frame, and measuring its prefix twice by scalars was
    /// most of drawing the row. The bytes kept (nil when the whole text fits) and whether the
    /// ellipsis follows them; nil when a scalar before the cut or the one after it is not
    /// simple.
    private static func cutSimple(_ bytes: UnsafeBufferPointer<UInt8>, toWidth width: Int, ellipsisWidth: Int) -> (bytes: Int?, ellipsis: Bool)? {
        var index = 0
        var column = 0
        // Where the text is cut to leave room for the ellipsis: the first scalar past it.
        var cut: Int?
        while index < bytes.count {
            guard let scalar = SimpleUTF8.scalar(in: bytes, at: index) else { return nil }
            if cut == nil, column + scalar.width > width - ellipsisWidth { cut = index }
            if column + scalar.width > width {
                // The text does not fit. When even the ellipsis does not, cut it without one.
                if ellipsisWidth > width { return (index, false) }
                return (cut ?? index, true)
            }
            column += scalar.width
            index = scalar.next
        }
        return (nil, false)
    }

    /// `truncate` by characters: any text.
    static func truncateByCharacters(_ text: String, toWidth width: Int, ellipsis: String) -> String {
        guard width > 0 else { return "" }
        let whole = prefix(text, maxWidth: width)
        if whole.text.endIndex == text.endIndex { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        if ellipsisWidth > width { return String(whole.text) }
        return String(prefix(text, maxWidth: width - ellipsisWidth).text) + ellipsis
    }

    /// Exactly `toWidth` columns: cut without an ellipsis, then filled with spaces. A wide
    /// character that would straddle the edge is replaced by the space it leaves, so table
    /// columns stay aligned.
    public static func pad(_ text: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        let fitted = prefix(text, maxWidth: width)
        let fill = width - fitted.width
        if fill == 0 && fitted.text.endIndex == text.endIndex { return text }
        var result = String(fitted.text)
        result.append(contentsOf: repeatElement(" " as Character, count: fill))
        return result
    }
}
