import TaizhangModel

/// Lookups built once per ledger so that no keypress has to walk every task: tasks by area,
/// section and unit, and each task's text folded for search.
public struct PlanIndex: Sendable {
    public private(set) var tasksInArea: [Int: [Int]] = [:]
    public private(set) var tasksInSection: [Scope: [Int]] = [:]
    public private(set) var tasksOfUnit: [String: [Int]] = [:]
    public private(set) var unassignedTasks: [Int] = []
    /// Task text and unit names, lower-cased, one string per task, for substring search.
    public private(set) var searchText: [String] = []
    /// Each unit's pinyin (full and initials), made on the first pinyin-like search.
    private var unitPinyin: [(unit: String, full: String, initials: String)]?

    public init(plan: Plan) {
        searchText.reserveCapacity(plan.tasks.count)
        for (index, task) in plan.tasks.enumerated() {
            tasksInArea[task.area, default: []].append(index)
            if let section = task.section {
                tasksInSection[.section(area: task.area, section: section), default: []].append(index)
            }
            if task.units.isEmpty { unassignedTasks.append(index) }
            for unit in task.units { tasksOfUnit[unit.name, default: []].append(index) }
            searchText.append(([task.text] + task.units.map(\.name)).joined(separator: "\n").lowercased())
        }
    }

    /// The plan positions of the tasks in `scope`, in plan order; nil means every task.
    public func tasks(in scope: Scope) -> [Int]? {
        switch scope {
        case .all: nil
        case .area(let area): tasksInArea[area] ?? []
        case .section: tasksInSection[scope] ?? []
        }
    }

    /// The candidates whose text or unit names contain `query` (case-insensitive), or whose
    /// units' pinyin or pinyin initials contain it; in the candidates' order.
    public mutating func matching(_ query: String, among candidates: [Int]) -> [Int] {
        let needle = query.lowercased()
        var viaPinyin: Set<Int> = []
        if Pinyin.looksLikePinyin(needle) {
            if unitPinyin == nil {
                unitPinyin = tasksOfUnit.keys.sorted().map { unit in
                    let forms = Pinyin.forms(of: unit)
                    return (unit, forms.full, forms.initials)
                }
            }
            for entry in unitPinyin! where entry.full.contains(needle) || entry.initials.contains(needle) {
                viaPinyin.formUnion(tasksOfUnit[entry.unit] ?? [])
            }
        }
        return candidates.filter { viaPinyin.contains($0) || searchText[$0].contains(needle) }
    }

    public func tasks(of filter: UnitFilter) -> [Int] {
        switch filter {
        case .unit(let name): tasksOfUnit[name] ?? []
        case .unassigned: unassignedTasks
        }
    }
}
