import TaizhangDashboard
import TaizhangImport
import TaizhangModel
import Testing

/// The plan picker at the smallest size: plans whose names differ only at the end (the same
/// title imported twice: …台账 and …台账-2) must not read the same once cut.
@Suite struct RenderHomeTests {
    @Test func plansNamedAlikeStayApartWhenCut() throws {
        var state = Fixtures.state(width: 80, height: 24)
        let ledger = Ledger.bundled()
        let names = try ["2021年珠海市贯彻落实国家和省政务公开工作要点分工方案", "2021年珠海市贯彻落实国家和省政务公开工作要点分工方案-2"].map(PlanName.init)
        let plans = names.map { PlanSummary(name: $0, ledger: ledger, archived: false, today: Fixtures.today) }
        state.home = HomeView(planName: names[0].text, plans: plans, ledgers: names.map { ($0, ledger) })
        Fixtures.press([.char("P")], on: &state)
        let lines = Renderer.render(state).lines
        let rows = lines.filter { $0.contains("2021年") && $0.contains("░") }
        #expect(rows.count == 2, "\(rows.joined(separator: "\n"))")
        let shown = rows.map { row in row.split(separator: "░").first.map(String.init) ?? row }
        #expect(Set(shown).count == 2, "the two names read the same: \(shown)")
        #expect(rows.count == 2 && rows[1].contains("-2"), "\(rows)")
    }
}
