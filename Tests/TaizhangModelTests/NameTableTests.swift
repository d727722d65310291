import Testing
@testable import TaizhangModel

/// Unit names read from a ledger share one string per spelling (`NameTable`): the same
/// bytes give the same storage, other bytes their own string, and the ledger read is the
/// same value as before.
@Suite struct NameTableTests {
    /// Where a string's bytes live: equal for two strings sharing one storage.
    static func storage(_ text: String) -> UnsafeRawPointer? {
        var text = text
        return text.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    static func name(_ table: NameTable, _ text: String) -> String {
        Array(text.utf8).withUnsafeBufferPointer { table.name($0) }
    }

    @Test func theSameBytesGiveTheSameStringAndOthersTheirOwn() {
        let table = NameTable()
        let first = Self.name(table, "珠海市发展和改革局")
        let again = Self.name(table, "珠海市发展和改革局")
        let other = Self.name(table, "珠海市财政局（国资委）")
        #expect(first == "珠海市发展和改革局" && other == "珠海市财政局（国资委）")
        #expect(Self.storage(first) == Self.storage(again))
        #expect(Self.storage(first) != Self.storage(other))
        #expect(Self.name(table, "") == "")
    }

    /// Canonically equal but written differently (é as one scalar, and as e and a combining
    /// accent): two strings, each with its own bytes, as the ledger wrote them.
    @Test func canonicallyEqualSpellingsKeepTheirOwnBytes() {
        let table = NameTable()
        let composed = Self.name(table, "Caf\u{E9}局")
        let decomposed = Self.name(table, "Cafe\u{301}局")
        #expect(Array(composed.utf8) == Array("Caf\u{E9}局".utf8))
        #expect(Array(decomposed.utf8) == Array("Cafe\u{301}局".utf8))
        #expect(composed == decomposed, "String equality is still canonical")
    }

    /// Past its first size the table grows and still finds every name; past its limit it
    /// makes new names without keeping them.
    @Test func growsAndStopsAtItsLimit() {
        let table = NameTable()
        let names = (0..<3000).map { "单位\($0)号办公室" }
        let first = names.map { Self.name(table, $0) }
        let second = names.map { Self.name(table, $0) }
        #expect(first == names)
        #expect(zip(first, second).allSatisfy { Self.storage($0) == Self.storage($1) })
        for index in 3000..<NameTable.limit { _ = Self.name(table, "单位\(index)号办公室") }
        let beyond = Self.name(table, "超出上限的单位名称")
        #expect(beyond == "超出上限的单位名称")
        #expect(Self.storage(beyond) != Self.storage(Self.name(table, "超出上限的单位名称")))
        #expect(Self.storage(Self.name(table, names[0])) == Self.storage(first[0]))
    }

    /// A ledger read back: every task naming a unit holds the one string for it, a name
    /// written with an escape reads as the same name, and the ledger equals the one written.
    @Test func aReadLedgerSharesEachUnitName() throws {
        let ledger = Ledger.bundled()
        let decoded = try LedgerDecoding.decode(LedgerEncoding.bytes(ledger), path: "/data/ledger.json").ledger
        #expect(decoded == ledger)
        var seen: [String: UnsafeRawPointer?] = [:]
        var repeats = 0
        for task in decoded.plan.tasks {
            for unit in task.units where unit.name.utf8.count > 15 {
                if let earlier = seen[unit.name] {
                    #expect(earlier == Self.storage(unit.name), "\(unit.name)")
                    repeats += 1
                } else {
                    seen[unit.name] = Self.storage(unit.name)
                }
            }
        }
        #expect(repeats > 20, "the bundled plan names its long units more than once (\(repeats))")
        let escaped = Array(String(decoding: LedgerEncoding.bytes(ledger), as: UTF8.self)
            .replacingOccurrences(of: "\"name\": \"市政务服务数据管理局\"", with: "\"name\": \"\\u5e02政务服务数据管理局\"").utf8)
        #expect(escaped != LedgerEncoding.bytes(ledger), "the escape was written in")
        let fromEscapes = try LedgerDecoding.decode(escaped, path: "/data/ledger.json").ledger
        #expect(fromEscapes == ledger)
    }
}
