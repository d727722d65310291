@testable import TaizhangImport
import TaizhangStore
import Testing
import TaizhangTestSupport
import TaizhangModel
import Foundation

/// Every reader on thousands of deterministically mutated fixtures: each ends in a plan or
/// a clear failure, never a crash, and every plan it does produce can be a ledger (task
/// numbers unique, every task in an area that exists).
@Suite struct ImportFuzzTests {
    /// Structural characters the readers split on, so mutations hit their edge cases.
    static let tokens: [[UInt8]] = ["|", "\t", "\n", ",", "\"", "<td rowspan=9>", "</tr>", "（", "）", "、", "一、", "1.", "；",
        "牵头单位：", "年底前", "以下均需各区落实", "----", "\u{FEFF}", "&#x4E2D;", "&", "<", "\r\n"].map { Array($0.utf8) }

    static func mutate(_ bytes: [UInt8], _ random: inout SeededRandom) -> [UInt8] {
        var result = bytes
        for _ in 0..<(1 + random.below(4)) {
            let position = random.below(result.count + 1)
            switch random.below(7) {
            case 0 where !result.isEmpty:
                result[min(position, result.count - 1)] = UInt8(truncatingIfNeeded: random.next())
            case 1:
                let end = min(result.count, position + random.below(64))
                result.removeSubrange(position..<end)
            case 2:
                let end = min(result.count, position + random.below(128))
                result.insert(contentsOf: Array(result[position..<end]), at: random.below(result.count + 1))
            case 3:
                result.insert(contentsOf: tokens[random.below(tokens.count)], at: position)
            case 4:
                result = Array(result.prefix(position))
            case 5:
                result.insert(contentsOf: (0..<random.below(16)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: position)
            default:
                if result.count > 1 { result.swapAt(random.below(result.count), random.below(result.count)) }
            }
        }
        return result
    }

    /// Every input ends in a plan or a specific error, within a bounded time: ten seconds, for
    /// a debug build sharing two cores with the whole suite (alone each takes under half a
    /// second); a hang or a quadratic blow-up still fails.
    static func check(_ bytes: [UInt8], name: String, form: SourceForm?) {
        let clock = ContinuousClock()
        let started = clock.now
        defer { #expect(clock.now - started < .seconds(10), "\(name): import took too long") }
        do {
            let result = try PlanImporter.importDocument(bytes, fileName: name, options: ImportOptions(form: form))
            let numbers = result.plan.tasks.map(\.number)
            #expect(Set(numbers).count == numbers.count, "\(name): duplicate task numbers")
            let areas = Set(result.plan.areas.map(\.number))
            #expect(result.plan.tasks.allSatisfy { areas.contains($0.area) }, "\(name): task outside the areas")
            #expect(!result.plan.tasks.isEmpty)
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    static func fixtures() -> [(String, [UInt8])] {
        ImportFixtures.names().map { ($0, ImportFixtures.bytes($0)) } + [
            ("台账.xlsx", ImportTableLayoutTests.workbook()), ("方案.docx", ImportTableLayoutTests.wordTable()),
            ("zhuhai.txt", Array(ImportFixtures.bytes("../../../Plans/zhuhai-2022.txt").prefix(2500))),
        ] + ["2021-guangdong-weijianwei-zhengwugongkai", "2021-shengsi-xiangcunzhenxing", "2021-jiayu-zhengfugongzuobaogao"].compactMap { plan in
            (try? CorpusFacts.load(plan)).map { ("corpus-\(plan).txt", Array($0.text.prefix(3000))) }
        }
    }

    @Test func mutatedFixturesNeverCrashAnyReader() {
        var random = SeededRandom(seed: 20_240_601)
        var cases = 0
        for (name, bytes) in Self.fixtures() {
            let rounds = name.hasSuffix(".xlsx") || name.hasSuffix(".docx") ? 40 : 120
            for round in 0..<rounds {
                let mutated = Self.mutate(bytes, &random)
                // Auto-detection, and each case once through a layout chosen in turn.
                Self.check(mutated, name: name, form: nil)
                Self.check(mutated, name: name, form: SourceForm.allCases[round % SourceForm.allCases.count])
                cases += 2
            }
        }
        #expect(cases >= 1500)
    }

    @Test func randomBytesAndEmptyInputFailClearly() {
        var random = SeededRandom(seed: 7)
        for length in [0, 1, 2, 4, 22, 100, 4096] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            for form in [nil] + SourceForm.allCases.map(Optional.some) {
                Self.check(bytes, name: "x.bin", form: form)
                Self.check([0x50, 0x4B, 0x03, 0x04] + bytes, name: "x.xlsx", form: form)
            }
        }
        #expect(throws: ImportError.emptyFile) { try PlanImporter.importDocument([], fileName: "empty.txt") }
    }
}
