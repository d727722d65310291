import TaizhangModel

extension DashboardState {
    /// The plan picker and the cross-plan unit view.
    mutating func updateHome(_ action: Action) -> [Effect] {
        switch action {
        case .openPlanPicker:
            guard home.planName != nil else {
                message = strings.noPlansHome
                return []
            }
            let here = home.plans.firstIndex { $0.name.text == home.planName } ?? 0
            home.overlay = .plans(cursor: here)
            return [.readHome]
        case .openUnitsAcross:
            guard home.planName != nil else {
                message = strings.noPlansHome
                return []
            }
            home.overlay = .units(WorkloadAcross(ledgersNow, today: today), cursor: 0, open: nil)
            return [.readHome]
        case .homeRead(let contents):
            // The home as it is now; the cursor stays on the plan (or unit) it was on.
            let plans = contents.entries.map(\.summary)
            guard !plans.isEmpty else { return [] }
            let previous = home.plans
            home.plans = plans
            home.ledgers = contents.entries.map { ($0.summary.name, $0.ledger) }
            switch home.overlay {
            case .plans(let cursor):
                let name = previous.indices.contains(cursor) ? previous[cursor].name : nil
                home.overlay = .plans(cursor: plans.firstIndex { $0.name == name } ?? Self.clamp(cursor, count: plans.count))
            case .units(let old, let cursor, nil):
                let unit = old.rows.indices.contains(cursor) ? old.rows[cursor].unit : nil
                let across = WorkloadAcross(ledgersNow, today: today)
                let here = across.rows.firstIndex { $0.unit == unit } ?? Self.clamp(cursor, count: across.rows.count)
                home.overlay = .units(across, cursor: here, open: nil)
            default:
                break
            }
        case .homeMove(let delta):
            switch home.overlay {
            case .plans(let cursor):
                home.overlay = .plans(cursor: Self.clamp(cursor + delta, count: home.plans.count))
            case .units(let across, let cursor, let open?):
                var open = open
                open.scroll = Self.clamp(open.scroll + delta, count: open.tasks.count)
                home.overlay = .units(across, cursor: cursor, open: open)
            case .units(let across, let cursor, nil):
                home.overlay = .units(across, cursor: Self.clamp(cursor + delta, count: across.rows.count), open: nil)
            case nil: break
            }
        case .homeActivate:
            switch home.overlay {
            case .plans(let cursor):
                guard home.plans.indices.contains(cursor) else { return [] }
                let name = home.plans[cursor].name.text
                home.overlay = nil
                if name == home.planName { return [] }
                if unsavedReason != nil {
                    message = strings.unsavedQuit
                    return [.save]
                }
                return [.openPlan(name)]
            case .units(let across, let cursor, nil):
                guard across.rows.indices.contains(cursor) else { return [] }
                let unit = across.rows[cursor].unit
                var tasks: [(plan: PlanName, task: PlanTask)] = []
                for (name, ledger) in ledgersNow {
                    let workload = Workload(ledger: ledger, today: today)
                    tasks += workload.openTasks(of: unit, in: ledger.plan).map { (name, $0) }
                }
                home.overlay = .units(across, cursor: cursor, open: HomeView.UnitTasks(unit: unit, tasks: tasks, scroll: 0))
            default: break
            }
        case .homeBack:
            if case .units(let across, let cursor, .some) = home.overlay {
                home.overlay = .units(across, cursor: cursor, open: nil)
            } else {
                home.overlay = nil
            }
        default: break
        }
        return []
    }

    /// Every plan's ledger, this one as it is now.
    var ledgersNow: [(name: PlanName, ledger: Ledger)] {
        home.ledgers.map { entry in entry.name.text == home.planName ? (entry.name, ledger) : entry }
    }
}
