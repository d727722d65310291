import TaizhangModel
import Testing
@testable import TaizhangDashboard

/// A large plan's search index, made in the background and handed back as an action, is the
/// one the first search would have made; one made for texts that changed meanwhile is dropped.
@Suite("Preparing the search index in the background")
struct SearchPreparationTests {
    static func state(tasks: Int) -> DashboardState {
        let plan = SearchIndexTests.plan(count: tasks, seed: 7)
        let ledger = Ledger(source: "test", plan: plan)
        return DashboardState(ledger: ledger, ledgerPath: "~/big.json", width: 100, height: 30, today: Fixtures.today)
    }

    @Test func onlyLargePlansPrepareTheirSearch() {
        #expect(Fixtures.state().searchToPrepare == nil)
        #expect(Self.state(tasks: 1999).searchToPrepare == nil)
        #expect(Self.state(tasks: 2000).searchToPrepare != nil)
    }

    @Test func aPreparedIndexIsTakenAndSearchesAsTheFirstSearchWould() throws {
        var prepared = Self.state(tasks: 2500)
        var plain = prepared
        let job = try #require(prepared.searchToPrepare)
        _ = Dashboard.update(&prepared, .searchPrepared(job.make()), now: { Fixtures.stamp })
        #expect(prepared.index.searchIndexMade)
        #expect(prepared.searchToPrepare == nil)
        #expect(!plain.index.searchIndexMade)
        for query in ["公开", "局", "市政府", "sfj", "35", "zz不在"] {
            Fixtures.press([.char("/")] + Fixtures.type(query) + [.enter], on: &prepared)
            Fixtures.press([.char("/")] + Fixtures.type(query) + [.enter], on: &plain)
            #expect(prepared.taskRows == plain.taskRows, "\(query)")
            #expect(prepared.visibleTaskCount == plain.visibleTaskCount, "\(query)")
            Fixtures.press([.escape], on: &prepared)
            Fixtures.press([.escape], on: &plain)
        }
    }

    /// Units changed while the index was being made: their texts are not in it, so it is
    /// dropped, and the first search makes one from the texts as they are.
    @Test func anIndexMadeForOtherTextsIsDropped() throws {
        var state = Self.state(tasks: 2500)
        let job = try #require(state.searchToPrepare)
        let made = job.make()
        _ = Dashboard.update(&state, .ledgerChanged(state.ledger), now: { Fixtures.stamp })
        _ = Dashboard.update(&state, .searchPrepared(made), now: { Fixtures.stamp })
        #expect(!state.index.searchIndexMade)
        #expect(state.searchToPrepare != nil)
        // And one made after a search made its own is not taken either.
        var searched = Self.state(tasks: 2500)
        let early = try #require(searched.searchToPrepare).make()
        Fixtures.press([.char("/"), .char("局")], on: &searched)
        #expect(searched.index.searchIndexMade)
        _ = Dashboard.update(&searched, .searchPrepared(early), now: { Fixtures.stamp })
        #expect(searched.index.searchIndexMade)
    }
}
