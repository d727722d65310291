#if canImport(Glibc)
import TaizhangScreen
import Glibc
#endif
import TaizhangModel

/// Lookups built once per ledger so that no keypress has to walk every task: tasks by area,
/// section and unit, and each task's text folded for search.
public struct PlanIndex: Sendable {
    public private(set) var tasksInArea: [Int: [Int]] = [:]
    public private(set) var tasksInSection: [Scope: [Int]] = [:]
    public private(set) var tasksOfUnit: [String: [Int]] = [:]
    public private(set) var unassignedTasks: [Int] = []
    /// Task text and unit names as UTF-8 with ASCII letters lower-cased, one per task, made
    /// on the first search: start-up never pays for it, and byte search is what makes a
    /// keystroke cheap at 100,000 tasks.
    private var searchBytes: [[UInt8]]?
    /// Each unit's pinyin (full and initials), made on the first pinyin-like search.
    private var unitPinyin: [(unit: String, full: String, initials: String)]?

    public init(plan: Plan) {
        for (index, task) in plan.tasks.enumerated() {
            tasksInArea[task.area, default: []].append(index)
            if let section = task.section {
                tasksInSection[.section(area: task.area, section: section), default: []].append(index)
            }
            if task.units.isEmpty { unassignedTasks.append(index) }
            for unit in task.units { tasksOfUnit[unit.name, default: []].append(index) }
        }
    }

    /// UTF-8 with A–Z folded to a–z: Chinese has no case, and full Unicode case folding per
    /// keystroke is what made search slow.
    static func folded(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }

    /// Whether `pattern` occurs in `text`: memchr to the next candidate first byte, memcmp
    /// to confirm. (glibc's memmem is not visible from Swift.)
    static func contains(_ text: UnsafeRawBufferPointer, _ pattern: UnsafeRawBufferPointer) -> Bool {
        let (length, wanted) = (text.count, pattern.count)
        guard wanted > 0 else { return true }
        guard wanted <= length, let base = text.baseAddress, let needle = pattern.baseAddress else { return false }
        let first = Int32(pattern[0])
        var start = 0
        while start <= length - wanted {
            guard let hit = memchr(base + start, first, length - wanted - start + 1) else { return false }
            if memcmp(hit, needle, wanted) == 0 { return true }
            start = base.distance(to: UnsafeRawPointer(hit)) + 1
        }
        return false
    }

    private mutating func searchableBytes(_ plan: Plan) -> [[UInt8]] {
        if let searchBytes { return searchBytes }
        let built = plan.tasks.map { task in
            Self.folded(([task.text] + task.units.map(\.name)).joined(separator: "\n"))
        }
        searchBytes = built
        return built
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
    /// units' pinyin or pinyin initials contain it, or (digits) whose number or the plan's own
    /// label is the query: `/35` finds task 35, as every warning and command names it. In the
    /// candidates' order.
    public mutating func matching(_ query: String, among candidates: [Int], plan: Plan) -> [Int] {
        let needle = query.lowercased()
        var matchedBesideText: Set<Int> = []
        if let number = Int(query), query.allSatisfy(\.isASCII) {
            for position in candidates where plan.tasks[position].number == number || plan.tasks[position].label == query {
                matchedBesideText.insert(position)
            }
        }
        if Pinyin.looksLikePinyin(needle) {
            if unitPinyin == nil {
                unitPinyin = tasksOfUnit.keys.sorted().map { unit in
                    let forms = Pinyin.forms(of: unit)
                    return (unit, forms.full, forms.initials)
                }
            }
            for entry in unitPinyin ?? [] where entry.full.contains(needle) || entry.initials.contains(needle) {
                matchedBesideText.formUnion(tasksOfUnit[entry.unit] ?? [])
            }
        }
        let texts = searchableBytes(plan)
        let pattern = Self.folded(query)
        return pattern.withUnsafeBytes { pattern in
            candidates.filter { position in
                matchedBesideText.contains(position) || texts[position].withUnsafeBytes { text in
                    Self.contains(text, pattern)
                }
            }
        }
    }

    public func tasks(of filter: UnitFilter) -> [Int] {
        switch filter {
        case .unit(let name): tasksOfUnit[name] ?? []
        case .unassigned: unassignedTasks
        }
    }
}

/// What the last search matched, under which filters. Valid until the ledger changes.
struct SearchCache: Sendable {
    struct Key: Equatable, Sendable {
        var scope: Scope
        var unit: UnitFilter?
        var filters: StatusFilters
        var sort: TaskSort
    }

    var key: Key
    var query: String
    var matches: [Int]
}
