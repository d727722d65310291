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

    /// The unit view across plans counts late returns only where a plan collects them: with
    /// a cycle due on the 25th and no return, on the 28th each unit of that plan shows `!1`
    /// under 迟报 and its detail line marks that plan `!`; the plan without a cycle adds
    /// nothing, and a view of plans that collect none shows `-`, not a zero.
    @Test func unitsAcrossPlansShowReturnsLate() throws {
        let late = try #require(DayDate("2026-12-28"))
        var tracked = Ledger.bundled()
        tracked.settings.cycle = .monthly(day: 25)
        let names = try ["甲方案", "乙方案"].map(PlanName.init)
        func screen(_ ledgers: [Ledger]) -> [String] {
            var state = DashboardState(ledger: ledgers[0], ledgerPath: Fixtures.ledgerPath, width: 100, height: 30, strings: .chinese, today: late)
            let pairs = Array(zip(names, ledgers))
            let plans = pairs.map { PlanSummary(name: $0.0, ledger: $0.1, archived: false, today: late) }
            state.home = HomeView(planName: names[0].text, plans: plans, ledgers: pairs.map { ($0.0, $0.1) })
            Fixtures.press([.char("U")], on: &state)
            return Renderer.render(state).lines
        }
        let lines = screen([tracked, .bundled()])
        let heading = try #require(lines.first { $0.contains("单位") && $0.contains("迟报") })
        #expect(heading.contains("逾期   迟报 方案数"), "\(heading)")
        let first = try #require(lines.first { $0.contains("市政务服务数据管理局") })
        #expect(first.contains("!1      2"), "\(first)")
        let detail = try #require(lines.first { $0.contains("甲方案 ") && $0.contains("乙方案 ") })
        #expect(detail.contains(" !  乙方案"), "\(detail)")
        let untracked = screen([.bundled(), .bundled()])
        let plain = try #require(untracked.first { $0.contains("市政务服务数据管理局") })
        #expect(plain.contains("-      2"), "\(plain)")
    }

    /// `P` and `U` ask for the home to be read again, and what is read replaces what the
    /// dashboard showed, the cursor staying on the plan it was on.
    @Test func thePickerShowsTheHomeAsReadAgain() throws {
        var state = Fixtures.state(width: 100, height: 30)
        let ledger = Ledger.bundled()
        let names = try ["乙方案", "丙方案"].map(PlanName.init)
        let summaries = names.map { PlanSummary(name: $0, ledger: ledger, archived: false, today: Fixtures.today) }
        state.home = HomeView(planName: names[0].text, plans: summaries, ledgers: names.map { ($0, ledger) })
        #expect(Fixtures.press([.char("P")], on: &state) == [.readHome])
        let added = try PlanName("甲方案")
        let entries = ([added] + names).map { HomeContents.Entry(summary: PlanSummary(name: $0, ledger: ledger, archived: false, today: Fixtures.today), ledger: ledger) }
        _ = Dashboard.update(&state, .homeRead(HomeContents(entries)), now: { Fixtures.stamp })
        #expect(state.home.plans.map(\.name) == [added] + names)
        let lines = Renderer.render(state).lines
        #expect(lines.contains { $0.contains("Plans (3)") })
        #expect(lines.contains { $0.contains("*乙方案") })
        state.home = HomeView(planName: names[0].text, plans: summaries, ledgers: names.map { ($0, ledger) })
        #expect(Fixtures.press([.char("U")], on: &state) == [.readHome])
        _ = Dashboard.update(&state, .homeRead(HomeContents(entries)), now: { Fixtures.stamp })
        #expect(Renderer.render(state).lines.contains { $0.contains("Units across all plans (3)") })
    }
}
