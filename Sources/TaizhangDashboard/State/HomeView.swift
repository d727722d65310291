import TaizhangModel

/// The dashboard's view of the plans home: which plan this is, the plan picker (`P`) and
/// the cross-plan unit view (`U`). Filled by the command that opened the dashboard; a
/// ledger named by path or URL has no home, and the keys say so.
public struct HomeView: Sendable {
    /// The plan's name in the home, shown in the title bar.
    public var planName: String?
    /// The home's plans as last read (at start, and again each time `P` or `U` opens),
    /// this one included, by name.
    public var plans: [PlanSummary] = []
    /// Every plan's ledger as last read, for the cross-plan units; this plan's own is taken
    /// live from the state.
    public var ledgers: [(name: PlanName, ledger: Ledger)] = []
    public internal(set) var overlay: Overlay?

    public init(planName: String? = nil, plans: [PlanSummary] = [], ledgers: [(name: PlanName, ledger: Ledger)] = []) {
        self.planName = planName
        self.plans = plans
        self.ledgers = ledgers
    }

    public enum Overlay: Sendable {
        /// `P`: the plans, the cursor on one.
        case plans(cursor: Int)
        /// `U`: every unit across the plans; with `open`, the unit whose open tasks are listed.
        case units(WorkloadAcross, cursor: Int, open: UnitTasks?)
    }

    /// A unit's open tasks in every plan, each with its plan's name.
    public struct UnitTasks: Sendable {
        public var unit: String?
        public var tasks: [(plan: PlanName, task: PlanTask)]
        public var scroll: Int
    }

    public var isOpen: Bool { overlay != nil }
}

/// The plans home as read from disk when `P` or `U` opens (`Effect.readHome`), so plans
/// another coordinator imported or changed since the dashboard started are shown as they
/// are now.
public struct HomeContents: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var summary: PlanSummary
        public var ledger: Ledger

        public init(summary: PlanSummary, ledger: Ledger) {
            self.summary = summary
            self.ledger = ledger
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry]) {
        self.entries = entries
    }
}
