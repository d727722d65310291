import Foundation
import Testing
import TaizhangImport
@testable import TaizhangModel
@testable import TaizhangStore
import TaizhangTestSupport
import TaizhangWords

/// Plan names and the plans home on a real scratch folder: names made from year and title,
/// Chinese and spaces, the same title twice, adoption byte for byte, archiving, and the
/// home's errors in both languages.
@Suite struct PlanNameTests {
    @Test func namesAreMadeFromYearAndTitleAndKeptUnique() throws {
        let plan = Ledger.bundled().plan
        let made = PlanName.made(for: plan, taken: [])
        #expect(made.text == "2022-珠海市贯彻落实国家和省2022年政务公开工作要点分工方案")
        let second = PlanName.made(for: plan, taken: [made])
        #expect(second.text == made.text + "-2")
        let third = PlanName.made(for: plan, taken: [made, second])
        #expect(third.text == made.text + "-3")
        #expect(try PlanName(" 韶关 数字政府 2023 ").text == "韶关 数字政府 2023")
        #expect(throws: PlanName.Problem.unusable("a/b")) { try PlanName("a/b") }
        #expect(throws: PlanName.Problem.unusable(".hidden")) { try PlanName(".hidden") }
        #expect(throws: PlanName.Problem.empty) { try PlanName("  ") }
        let slashed = Plan(title: "A/B 方案", date: "2021-03-01", areas: [], tasks: [])
        #expect(PlanName.made(for: slashed, taken: []).text == "2021-A／B 方案")
    }

    @Test func theOldDefaultLedgerIsAdoptedUnchanged() throws {
        let folder = TemporaryFolder()
        let home = PlansHome(root: folder.file("taizhang"))
        try FileManager.default.createDirectory(atPath: folder.file("taizhang"), withIntermediateDirectories: true)
        try LedgerFile.save(Ledger.bundled(), to: home.oldDefaultLedger)
        let before = try #require(FileManager.default.contents(atPath: home.oldDefaultLedger))
        let name = try #require(try home.adoptOldDefaultLedger())
        #expect(FileManager.default.contents(atPath: home.path(of: name)) == before)
        #expect(!FileManager.default.fileExists(atPath: home.oldDefaultLedger))
        #expect(try home.adoptOldDefaultLedger() == nil)
        #expect(try home.names() == [name])
        try home.archive(name)
        #expect(try home.names().isEmpty)
        #expect(try home.find(name.text).archived)
        #expect(throws: PlansHomeError.alreadyArchived(name.text)) { try home.archive(name) }
        try home.unarchive(name)
        #expect(try home.names() == [name])
    }

    @Test func errorsReadInBothLanguages() {
        let error = PlansHomeError.noSuchPlan("x", known: ["a", "b"])
        #expect(error.words(.english) == "no plan is named x (the plans are: a, b; `taizhang plans` lists them)")
        #expect(error.words(.chinese) == "没有名为“x”的方案（现有方案：a、b；taizhang plans 可列出全部）")
    }
}
