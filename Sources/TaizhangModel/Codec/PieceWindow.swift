/// The part of a ledger file being read, when the file is read in pieces instead of whole:
/// a buffer that holds the bytes from the value being read to as far as has been read.
/// Bytes before the value are dropped when more is read, so a 147 MB ledger is decoded
/// through a window of about a megabyte instead of beside a copy of itself.
///
/// Only bytes checked to be UTF-8 are shown to the scanner (`checked`): a piece is checked
/// up to its last ASCII byte, which no multi-byte character contains, and the rest waits for
/// the next piece.
struct PieceWindow: ~Copyable {
    private(set) var buffer: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// Bytes in the buffer.
    private(set) var end = 0
    /// Bytes from the start of the buffer checked to be UTF-8.
    private(set) var checked = 0
    /// The file gave everything it has.
    private(set) var atEnd = false
    /// The file's bytes dropped from the front so far: where the buffer starts in the file.
    private(set) var dropped = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        buffer = .allocate(capacity: self.capacity)
    }

    deinit { buffer.deallocate() }

    /// The checked bytes as the scanner reads them, from `position` on.
    func scanner(position: Int, depth: Int) -> JSONScanner {
        var scanner = JSONScanner(UnsafeBufferPointer(start: buffer, count: checked))
        scanner.position = position
        scanner.depth = depth
        return scanner
    }

    /// Starts the window with bytes already read from the start of the file. False when
    /// they are not UTF-8.
    mutating func prime(_ head: [UInt8]) -> Bool {
        precondition(end == 0 && head.count <= capacity)
        guard !head.isEmpty else { return true }
        head.withUnsafeBufferPointer { buffer.initialize(from: $0.baseAddress!, count: $0.count) }
        end = head.count
        return check()
    }

    /// Reads the next piece, keeping the bytes from `keep` on (moved to the front), and
    /// doubles the buffer when it is full of bytes still needed. `fill` reads into the space
    /// it is given and returns how much it read (0 at the end of the file), or nil when the
    /// read failed. Returns false at the end of the file, when nothing new can be read, or when
    /// the bytes are not UTF-8 (the caller then reads the file whole, which says why).
    mutating func more(keeping keep: Int, _ fill: (UnsafeMutableRawBufferPointer) -> Int?) -> Bool {
        guard !atEnd else { return false }
        if keep > 0 {
            // Overlapping ranges: copyMemory moves as memmove does.
            UnsafeMutableRawPointer(buffer).copyMemory(from: buffer + keep, byteCount: end - keep)
            end -= keep
            checked -= keep
            dropped += keep
        }
        if end == capacity {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.initialize(from: buffer, count: end)
            buffer.deallocate()
            buffer = larger
            capacity *= 2
        }
        // Filled to the brim (a read may give less than asked), so a value larger than a
        // piece needs few rounds of looking for its end.
        let added = end
        while end < capacity {
            guard let count = fill(UnsafeMutableRawBufferPointer(start: buffer + end, count: capacity - end)) else { return false }
            if count == 0 {
                atEnd = true
                break
            }
            end += count
        }
        let before = checked
        // At the end of the file the last bytes are checked too: something new to read.
        return check() && (end > added || checked > before)
    }

    /// Checks the new bytes up to the last ASCII byte among them (all of them at the end of
    /// the file).
    private mutating func check() -> Bool {
        var cut = end
        if !atEnd {
            while cut > checked, buffer[cut - 1] >= 0x80 { cut -= 1 }
        }
        guard cut > checked else { return true }
        guard UTF8Check.isValid(UnsafeBufferPointer(start: buffer + checked, count: cut - checked)) else { return false }
        checked = cut
        return true
    }

    /// Where the JSON value that starts at `position` (after whitespace) ends among the
    /// checked bytes, or nil when it runs past them. Only brackets, strings and escapes are
    /// followed: the scanner checks everything else when it reads the value. A number or
    /// literal that reaches the last checked byte ends there only at the end of the file.
    func valueEnd(from position: Int) -> Int? {
        var index = position
        while index < checked, buffer[index] == 0x20 || buffer[index] == 0x0A || buffer[index] == 0x0D || buffer[index] == 0x09 {
            index += 1
        }
        guard index < checked else { return nil }
        var depth = 0
        var inString = false
        repeat {
            let byte = buffer[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return index + 1 }
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth <= 0 { return index + 1 }
                case 0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ","), UInt8(ascii: ":"):
                    if depth == 0 { return index }
                default: break
                }
            }
            index += 1
        } while index < checked
        return depth == 0 && !inString && atEnd && checked == end ? checked : nil
    }
}
