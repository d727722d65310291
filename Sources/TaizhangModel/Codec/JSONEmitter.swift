/// Writes JSON in `JSONWriter`'s layout as it goes, without building a `JSONValue` tree
/// first: for the ledger's task list, where the tree cost as much as the writing.
struct JSONEmitter {
    private(set) var bytes: [UInt8] = []
    private var indent = 0
    /// For each open container, whether nothing has been written in it yet.
    private var empty: [Bool] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the current object: `"name": `.
    mutating func key(_ name: String) {
        separate()
        JSONWriter.writeString(name, into: &bytes)
        bytes.append(contentsOf: ": ".utf8)
    }

    /// Starts an element of the current array.
    mutating func element() { separate() }

    mutating func string(_ text: String) { JSONWriter.writeString(text, into: &bytes) }
    mutating func int(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }
    mutating func value(_ value: JSONValue) { JSONWriter.write(value, indent: indent, into: &bytes) }

    mutating func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        indent += 2
        empty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        indent -= 2
        if !empty.removeLast() {
            bytes.append(UInt8(ascii: "\n"))
            JSONWriter.pad(indent, into: &bytes)
        }
        bytes.append(bracket)
    }

    private mutating func separate() {
        bytes.append(contentsOf: empty[empty.count - 1] ? "\n".utf8 : ",\n".utf8)
        empty[empty.count - 1] = false
        JSONWriter.pad(indent, into: &bytes)
    }
}
