/// How one unit stands, as the 通报 and the unit ranking count it: its tasks, how many the
/// office has signed off (销号: only these count as done in a 通报), how many it has reported
/// done and wait for sign-off, its pace (超/达/欠进度) and its overdue tasks. Each task counts
/// as the unit's part of it stands (`UnitNaming.part`), as in the workload.
public struct UnitStanding: Hashable, Sendable {
    public var unit: String
    public var total = 0
    /// Tasks signed off (销号).
    public var signedOff = 0
    /// Tasks whose part the unit reported done, not signed off yet.
    public var reported = 0
    public var ahead = 0
    public var onSchedule = 0
    public var behind = 0
    /// Not done for the unit and past their day: the workload's count.
    public var overdue = 0

    public init(unit: String) {
        self.unit = unit
    }

    /// Signed off as a share of all (0…1); 0 for a unit with no task.
    public var completion: Double { total == 0 ? 0 : Double(signedOff) / Double(total) }

    /// Adds one task as the unit's part of it stands.
    mutating func count(_ task: PlanTask, part: UnitPart, _ judgement: Judgement) {
        total += 1
        if part.overdue { overdue += 1 }
        if task.status == .done {
            signedOff += 1
            return
        }
        // The task reported done, or the unit's own part marked done, counts as reported.
        let partDone = part.status == .done
        if task.status == .reported || partDone { reported += 1 }
        switch task.pace(judgement, partDone: partDone) {
        case .ahead: ahead += 1
        case .onSchedule: onSchedule += 1
        case .behind: behind += 1
        case .finished: break
        }
    }
}

extension Ledger {
    /// The standing of every reporting unit that is not a group (a group's tasks are its
    /// members' too: ranking both would count them twice), in the workload's order.
    public func unitStandings(today: DayDate) -> [UnitStanding] {
        let workload = Workload(ledger: self, today: today)
        let naming = workload.naming
        let judgement = Judgement(self, today: today)
        let units = workload.rows.filter { $0.namedInPlan && !$0.isUnassigned && !$0.isGroup }.compactMap(\.unit)
        var standings = units.map(UnitStanding.init)
        let position = Dictionary(units.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for task in plan.tasks where !task.units.isEmpty {
            // Only the units the task counts for: a plan of many units costs its tasks' units.
            var counted: Set<Int> = []
            for assignment in task.units {
                for unit in naming.rows(counting: assignment.name) {
                    guard let index = position[unit], counted.insert(index).inserted,
                        let part = naming.part(of: unit, in: task, today: today)
                    else { continue }
                    standings[index].count(task, part: part, judgement)
                }
            }
        }
        return standings
    }
}

/// The orders units are ranked in: by completion (best first), by overdue tasks, or by tasks
/// behind (most first: the 通报 names the bottom ones). Ties share a rank (1, 1, 3).
public enum RankingOrder: String, CaseIterable, Sendable {
    case completion
    case overdue
    case behind

    /// `standings` ranked, each with its rank. Ties on the chosen count are broken by the
    /// others, then by the name, so the order is stable; the rank is shared only on a full tie
    /// of the chosen count.
    public func rank(_ standings: [UnitStanding]) -> [(rank: Int, standing: UnitStanding)] {
        let sorted = standings.sorted { a, b in
            let (x, y) = (key(a), key(b))
            return x != y ? x.lexicographicallyPrecedes(y) : a.unit < b.unit
        }
        var result: [(rank: Int, standing: UnitStanding)] = []
        for (position, standing) in sorted.enumerated() {
            let tied = result.last.map { primary($0.standing) == primary(standing) } ?? false
            result.append((tied ? result[result.count - 1].rank : position + 1, standing))
        }
        return result
    }

    /// The chosen count, larger is worse except for completion.
    private func primary(_ standing: UnitStanding) -> Double {
        switch self {
        case .completion: -standing.completion
        case .overdue: -Double(standing.overdue)
        case .behind: -Double(standing.behind)
        }
    }

    private func key(_ standing: UnitStanding) -> [Double] {
        let completion = -standing.completion
        let overdue = Double(standing.overdue)
        let behind = Double(standing.behind)
        switch self {
        case .completion: return [completion, overdue, behind]
        case .overdue: return [-overdue, -behind, completion]
        case .behind: return [-behind, -overdue, completion]
        }
    }
}
