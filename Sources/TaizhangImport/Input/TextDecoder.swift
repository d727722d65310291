import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text files as Chinese offices write them: UTF-8 (with or without a byte-order mark),
/// UTF-16 (Excel's "Unicode text", with or without a mark), and GB18030/GBK, what Excel and
/// Notepad write on Chinese Windows. Line endings become `\n`.
enum TextDecoder {
    enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16 = "UTF-16"
        case gb18030 = "GB18030"
    }

    static func decode(_ bytes: [UInt8]) throws(ImportError) -> (text: String, encoding: Encoding) {
        let (text, encoding) = try decodeRaw(bytes)
        var cleaned = text
        if cleaned.hasPrefix("\u{FEFF}") { cleaned.removeFirst() }
        return (normalizingLineEndings(cleaned), encoding)
    }

    private static func decodeRaw(_ bytes: [UInt8]) throws(ImportError) -> (String, Encoding) {
        if bytes.starts(with: [0xFF, 0xFE]) { return (try utf16(bytes.dropFirst(2), little: true), .utf16) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (try utf16(bytes.dropFirst(2), little: false), .utf16) }
        if let little = unmarkedUTF16(bytes) { return (try utf16(bytes[...], little: little), .utf16) }
        if let text = String(validating: bytes, as: UTF8.self) {
            guard !looksBinary(text) else { throw .notText }
            return (text, .utf8)
        }
        for little in [true, false] {
            if let text = try? utf16(bytes[...], little: little), looksLikeChineseText(text) { return (text, .utf16) }
        }
        if let text = try gb18030(bytes), !looksBinary(text) { return (text, .gb18030) }
        throw .notText
    }

    /// UTF-16 without a mark: every other byte zero in text that is mostly ASCII, or a
    /// pattern of zero bytes on one side.
    private static func unmarkedUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let sample = bytes.prefix(4096)
        var evenZero = 0
        var oddZero = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZero += 1 } else { oddZero += 1 }
        }
        let pairs = sample.count / 2
        if oddZero * 10 >= pairs * 3, evenZero * 10 < pairs { return true }
        if evenZero * 10 >= pairs * 3, oddZero * 10 < pairs { return false }
        return nil
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, little: Bool) throws(ImportError) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(little ? (second << 8 | first) : (first << 8 | second))
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { throw .notText }
        return text
    }

    /// GB18030 (a superset of GBK and GB2312) through the C library's iconv; nil when the
    /// bytes are not GB18030 either. A converter that cannot be loaded is said as such, not
    /// as text that is not text. `charset` is iconv's name for GB18030; tests name one that
    /// no C library has.
    static func gb18030(_ bytes: [UInt8], charset: String = "GB18030") throws(ImportError) -> String? {
        guard !bytes.isEmpty else { return "" }
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else { throw .gb18030Unavailable }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var inputLeft = input.count
        var outputLeft = output.count
        let status = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inputBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                return iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
            }
        }
        guard status != -1, inputLeft == 0 else { return nil }
        return String(validating: output.prefix(output.count - outputLeft), as: UTF8.self)
    }

    /// Text of Chinese characters, punctuation and ASCII, as UTF-16 without a mark decodes to
    /// when it is UTF-16 (any other bytes decode to characters from all over the code space).
    private static func looksLikeChineseText(_ text: String) -> Bool {
        var plausible = 0
        var total = 0
        for scalar in text.unicodeScalars.prefix(4096) {
            total += 1
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x2000...0x206F, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF: plausible += 1
            default: break
            }
        }
        return total >= 8 && plausible * 100 >= total * 95
    }

    /// NUL and other C0 bytes in more than a sliver of the text: a binary file.
    private static func looksBinary(_ text: String) -> Bool {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars.prefix(8192) {
            total += 1
            if scalar.value < 0x20, scalar != "\n", scalar != "\r", scalar != "\t", scalar != "\u{0C}" { controls += 1 }
        }
        return total > 0 && controls * 20 > total
    }

    /// `\r\n` and `\r` as `\n`; a form feed (a page break in PDF text) too.
    static func normalizingLineEndings(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\u{0C}" }) else { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" || scalar == "\u{0C}" {
                scalars.append("\n")
            } else if !(scalar == "\n" && previousWasReturn) {
                scalars.append(scalar)
            }
            previousWasReturn = scalar == "\r"
        }
        return String(scalars)
    }
}
