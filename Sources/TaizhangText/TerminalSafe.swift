/// Makes untrusted text (imported plans, names typed by other people) safe to write to a
/// terminal: control characters could move the cursor, recolour or clear the screen, retitle
/// the window, or ring the bell, and bidi overrides can make text read differently from what
/// it contains. Each is replaced by a visible spelling instead of being dropped, so the
/// reader can see that something was there.
public enum TerminalSafe {
    /// - C0 controls in caret notation (ESC → "^[", BEL → "^G", TAB → "^I"), DEL → "^?".
    /// - "\n" is kept when `keepNewlines` (the caller lays out lines itself), else "^J".
    ///   "\r" is always replaced: on a terminal it returns the cursor to column 0.
    /// - C1 controls (U+0080–U+009F; U+009B is a one-byte CSI) and bidi embeddings,
    ///   overrides and isolates (U+202A–U+202E, U+2066–U+2069) as "<U+XXXX>".
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        // Almost all text is clean: return it without copying.
        guard mayNeedReplacement(text, keepNewlines: keepNewlines),
            text.unicodeScalars.contains(where: { needsReplacement($0, keepNewlines: keepNewlines) })
        else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            guard needsReplacement(scalar, keepNewlines: keepNewlines) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            let value = scalar.value
            if value < 0x20 {
                result.append("^")
                result.unicodeScalars.append(Unicode.Scalar(UInt8(value + 0x40)))
            } else if value == 0x7F {
                result.append("^?")
            } else {
                result.append(codePointLabel(value))
            }
        }
        return result
    }

    /// `TextFit.truncate(sanitize(text), …)` without reading the text past its cut when what
    /// is kept needs nothing replaced: a task's text is hundreds of bytes and its row shows
    /// thirty columns. Exact: a scalar that is replaced draws nothing where it stands, so
    /// one right after the cut would have been kept with what is kept, and looked at.
    public static func truncated(_ text: String, toWidth width: Int, ellipsis: String) -> String {
        let cut = TextFit.truncate(text, toWidth: width, ellipsis: ellipsis)
        if !mayNeedReplacement(cut, keepNewlines: false) { return cut }
        return TextFit.truncate(sanitize(text), toWidth: width, ellipsis: ellipsis)
    }

    /// A look at the UTF-8 bytes that rules out nearly all clean text without decoding a
    /// scalar: the scalars replaced are the bytes below 0x20 and 0x7F, C2 80–C2 9F
    /// (U+0080–U+009F), E2 80 AA–E2 80 AE and E2 81 A6–E2 81 A9 (the bidi controls).
    /// `list` at 10,000 tasks spent a tenth of its time decoding scalars here. True means
    /// "look closer", never "unsafe".
    static func mayNeedReplacement(_ text: String, keepNewlines: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x7F {
                    if byte != 0x0A || !keepNewlines { return true }
                } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) {
                    return true
                } else if byte == 0xE2, index + 2 < count {
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                        return true
                    }
                }
                index += 1
            }
            return false
        }
    }

    private static func needsReplacement(_ scalar: Unicode.Scalar, keepNewlines: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: return !keepNewlines
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// "<U+202E>": four hex digits at least, as the Unicode standard writes code points.
    private static func codePointLabel(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        let zeros = String(repeating: "0", count: max(0, 4 - hex.count))
        return "<U+" + zeros + hex + ">"
    }
}
