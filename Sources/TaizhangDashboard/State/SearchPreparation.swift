import Synchronization
import TaizhangModel

/// The search index of a large plan, made on a second thread after the first frame instead of
/// at the first search: at 100,000 tasks that was a 0.4 s wait on the first key typed after
/// `/`. The runtime starts it (`DashboardState.searchToPrepare`), runs `make()` off the
/// dashboard's thread, and hands the result back as `Action.searchPrepared`.
public struct SearchPreparation: Sendable {
    /// The plan index the search index belongs to: a later one (units changed, another
    /// writer's ledger) was made from other texts, and the result is then dropped.
    let serial: UInt64
    let plan: Plan

    public func make() -> PreparedSearch {
        PreparedSearch(serial: serial, index: SearchIndex(plan: plan))
    }
}

/// A search index made by `SearchPreparation`, for the plan index numbered `serial`.
public struct PreparedSearch: Sendable, Equatable {
    let serial: UInt64
    let index: SearchIndex?

    /// Two results are the same when they were made for the same plan index.
    public static func == (left: PreparedSearch, right: PreparedSearch) -> Bool { left.serial == right.serial }
}

/// Numbers each plan index made in this process, so a search index made meanwhile can tell
/// whether it still belongs.
enum PlanIndexSerial {
    private static let last = Atomic<UInt64>(0)
    static func next() -> UInt64 { last.add(1, ordering: .relaxed).newValue }
}

extension DashboardState {
    /// From this many tasks the search index is made in the background after the first frame.
    static let prepareSearchFrom = 2000

    /// The search index to make in the background, if this plan is large enough for it to
    /// matter and it has not been made yet.
    public var searchToPrepare: SearchPreparation? {
        guard ledger.plan.tasks.count >= Self.prepareSearchFrom, !index.searchIndexMade else { return nil }
        return SearchPreparation(serial: index.serial, plan: ledger.plan)
    }
}
