import TaizhangImport
import TaizhangStore
import Testing
@testable import TaizhangModel

@Suite struct JSONParserTests {
    /// Duplicate keys are refused in small objects and in large ones (past the switch from
    /// comparisons to a set).
    @Test(arguments: [3, 32, 33, 40])
    func refusesADuplicateKeyInAnObjectOfAnySize(size: Int) {
        let members = (0..<size).map { "\"k\($0)\": \($0)" }
        let valid = "{" + members.joined(separator: ",") + "}"
        #expect((try? JSONParser.parse(Array(valid.utf8)))?["k\(size - 1)"] == .int(size - 1))
        let duplicated = "{" + (members + ["\"k\(size - 1)\": 0"]).joined(separator: ",") + "}"
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(duplicated.utf8)) }
        let early = "{" + (members + ["\"k0\": 0"]).joined(separator: ",") + "}"
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(early.utf8)) }
    }

    @Test func refusesInvalidUTF8InAStringUnlessTheCallerCheckedIt() {
        let bytes: [UInt8] = Array("{\"a\": \"".utf8) + [0xFF] + Array("\"}".utf8)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
        #expect(!LedgerDecoding.isUTF8(bytes))
        #expect(LedgerDecoding.isUTF8(Array("台账".utf8)))
    }
}
