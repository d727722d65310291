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
    /// Each task's area and section number (-1 for none), by plan position: what the task
    /// list's headings are read from at every search key, 8 bytes a task instead of the
    /// task itself (a pass over 100,000 tasks read 15 MB of them for one number each).
    private(set) var areaAt: [Int32] = []
    private(set) var sectionAt: [Int32] = []
    /// Which tasks each pair of characters occurs in (`SearchIndex`), made on the first
    /// search: start-up never pays for it, and a keystroke then costs what its answer holds,
    /// not what the plan's texts hold. Nil until then, and for a plan it cannot number.
    private var searchIndex: SearchIndex?
    /// Whether the search index was made (or found impossible) already, at the first search
    /// or in the background (`SearchPreparation`).
    private(set) var searchIndexMade = false
    /// Each unit's pinyin (full and initials), made on the first pinyin-like search.
    private var unitPinyin: [UnitPinyin]?
    /// This index's number among those made in this process (`SearchPreparation`).
    let serial = PlanIndexSerial.next()

    /// Takes a search index made in the background, when it was made for this plan index and
    /// no search has made one meanwhile.
    mutating func adopt(_ prepared: PreparedSearch) {
        guard prepared.serial == serial, !searchIndexMade else { return }
        searchIndexMade = true
        searchIndex = prepared.index
    }

    struct UnitPinyin: Sendable {
        var unit: String
        var full: String
        var initials: String
        /// Both forms are ASCII, so a byte search is the same as `String.contains`.
        var isASCII: Bool
    }

    public init(plan: Plan) {
        // Tasks are read in place through the array's buffer (no copy of each task, no retain
        // of its fields), and unit names are grouped by their bytes: hashing Chinese as
        // `String` normalises it, at every task.
        var byName: [ExactName: [Int]] = [:]
        byName.reserveCapacity(min(plan.tasks.count, 2048))
        areaAt.reserveCapacity(plan.tasks.count)
        sectionAt.reserveCapacity(plan.tasks.count)
        plan.tasks.withUnsafeBufferPointer { tasks in
            for index in tasks.indices {
                let area = tasks[index].area
                areaAt.append(Int32(truncatingIfNeeded: area))
                sectionAt.append(tasks[index].section.map { Int32(truncatingIfNeeded: $0) } ?? -1)
                tasksInArea[area, default: []].append(index)
                if let section = tasks[index].section {
                    tasksInSection[.section(area: area, section: section), default: []].append(index)
                }
                let units = tasks[index].units
                if units.isEmpty {
                    unassignedTasks.append(index)
                } else {
                    for unit in units { byName[ExactName(unit.name), default: []].append(index) }
                }
            }
        }
        // One entry per name as `String` sees names, keyed by the spelling met first in the
        // plan, as appending to a `String`-keyed table task by task did. Sized first: each
        // growth hashed every name again, in its canonical form.
        tasksOfUnit.reserveCapacity(byName.count)
        for (name, tasks) in byName.sorted(by: { $0.value[0] < $1.value[0] }) {
            Self.add(tasks, to: &tasksOfUnit[name.string, default: []])
        }
    }

    /// A spelling's tasks added to its name's: in plan order, as the plan lists them.
    private static func add(_ tasks: [Int], to list: inout [Int]) {
        list = list.isEmpty ? tasks : (list + tasks).sorted()
    }

    /// UTF-8 with A–Z folded to a–z: Chinese has no case, and full Unicode case folding per
    /// keystroke is what made search slow.
    /// Copied whole, then folded in place: mapping the UTF-8 view byte by byte cost twenty
    /// instructions a byte, and the search highlight folds every row it shows.
    static func folded(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] &- 0x41 < 26 {
            bytes[index] += 0x20
        }
        return bytes
    }

    /// Whether `pattern` occurs in `text`.
    static func contains(_ text: UnsafeRawBufferPointer, _ pattern: UnsafeRawBufferPointer) -> Bool {
        pattern.isEmpty || firstOccurrence(of: pattern, in: text, from: 0) != nil
    }

    /// Where `pattern` (not empty) first occurs in `text` at or after byte `start`: memchr to
    /// the next candidate first byte, memcmp to confirm. (glibc's memmem is not visible from
    /// Swift.)
    static func firstOccurrence(of pattern: UnsafeRawBufferPointer, in text: UnsafeRawBufferPointer, from start: Int) -> Int? {
        let (length, wanted) = (text.count, pattern.count)
        guard wanted > 0, wanted <= length, let base = text.baseAddress, let needle = pattern.baseAddress else { return nil }
        let first = Int32(pattern[0])
        var start = max(0, start)
        while start <= length - wanted {
            guard let hit = memchr(base + start, first, length - wanted - start + 1) else { return nil }
            let at = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(hit, needle, wanted) == 0 { return at }
            start = at + 1
        }
        return nil
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
    /// candidates' order; nil candidates are every task, in plan order.
    public mutating func matching(_ query: String, among candidates: [Int]?, plan: Plan) -> [Int] {
        let allowed = candidates.map { TaskBits($0, count: plan.tasks.count) }
        let found = matches(query, among: allowed, plan: plan)
        return candidates.map(found.keeping) ?? found.positions()
    }

    /// `matching` as bits over plan positions, among the `allowed` ones (nil: every task).
    /// What the task rows ask for: a keystroke at 100,000 tasks then makes no list of every
    /// position, and narrowing the last matches is one pass over words of 64 tasks.
    mutating func matches(_ query: String, among allowed: TaskBits?, plan: Plan) -> TaskBits {
        if !searchIndexMade {
            searchIndexMade = true
            searchIndex = SearchIndex(plan: plan)
        }
        guard let searchIndex, searchIndex.taskCount == plan.tasks.count else {
            let among = allowed?.positions() ?? Array(plan.tasks.indices)
            let found = Self.scanMatching(query, among: among, plan: plan, unitPinyin: &unitPinyin, tasksOfUnit: tasksOfUnit)
            return TaskBits(found, count: plan.tasks.count)
        }
        var found = matchesBesideText(query, plan: plan) ?? TaskBits(count: plan.tasks.count)
        let pattern = FoldedPattern(query)
        if let ids = searchIndex.scalarIDs(of: pattern.bytes) {
            var (bits, exact) = searchIndex.candidates(ids)
            if let allowed { bits.formIntersection(allowed) }
            if exact {
                found.formUnion(bits)
            } else {
                // Three characters or more: every pair is there, perhaps apart; each task
                // is read to confirm.
                for position in bits where pattern.occurs(in: plan.tasks[position]) { found.insert(position) }
            }
        }
        if let allowed { found.formIntersection(allowed) }
        return found
    }

    /// The tasks a query finds by number, label or unit pinyin (not by text), as bits; nil
    /// when it finds none that way.
    private mutating func matchesBesideText(_ query: String, plan: Plan) -> TaskBits? {
        var bits: TaskBits?
        if let number = Int(query), query.allSatisfy(\.isASCII) {
            for position in plan.tasks.indices where plan.tasks[position].number == number || plan.tasks[position].label == query {
                if bits == nil { bits = TaskBits(count: plan.tasks.count) }
                bits?.insert(position)
            }
        }
        let needle = query.lowercased()
        if Pinyin.looksLikePinyin(needle) {
            let pattern = Array(needle.utf8)
            for entry in pinyin() {
                let found = entry.isASCII
                    ? Self.bytes(entry.full, contain: pattern) || Self.bytes(entry.initials, contain: pattern)
                    : entry.full.contains(needle) || entry.initials.contains(needle)
                guard found, let tasks = tasksOfUnit[entry.unit] else { continue }
                if bits == nil { bits = TaskBits(count: plan.tasks.count) }
                for position in tasks { bits?.insert(position) }
            }
        }
        return bits
    }

    private mutating func pinyin() -> [UnitPinyin] {
        if let unitPinyin { return unitPinyin }
        let made = Self.unitPinyin(tasksOfUnit)
        unitPinyin = made
        return made
    }

    private static func unitPinyin(_ tasksOfUnit: [String: [Int]]) -> [UnitPinyin] {
        tasksOfUnit.keys.sorted().map { unit in
            let forms = Pinyin.forms(of: unit)
            let ascii = forms.full.utf8.allSatisfy { $0 < 0x80 } && forms.initials.utf8.allSatisfy { $0 < 0x80 }
            return UnitPinyin(unit: unit, full: forms.full, initials: forms.initials, isASCII: ascii)
        }
    }

    private static func bytes(_ text: String, contain pattern: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { text in
            pattern.withUnsafeBytes { pattern in contains(UnsafeRawBufferPointer(text), pattern) }
        }
    }

    /// The search as it was before the index, every candidate's text read: what the index
    /// must agree with (tests compare them), and what a plan the index cannot number gets.
    static func scanMatching(
        _ query: String, among candidates: [Int], plan: Plan, unitPinyin: inout [UnitPinyin]?, tasksOfUnit: [String: [Int]]
    ) -> [Int] {
        let needle = query.lowercased()
        var matchedBesideText: Set<Int> = []
        if let number = Int(query), query.allSatisfy(\.isASCII) {
            for position in candidates where plan.tasks[position].number == number || plan.tasks[position].label == query {
                matchedBesideText.insert(position)
            }
        }
        if Pinyin.looksLikePinyin(needle) {
            if unitPinyin == nil { unitPinyin = Self.unitPinyin(tasksOfUnit) }
            for entry in unitPinyin ?? [] where entry.full.contains(needle) || entry.initials.contains(needle) {
                matchedBesideText.formUnion(tasksOfUnit[entry.unit] ?? [])
            }
        }
        let pattern = Self.folded(query)
        return pattern.withUnsafeBytes { pattern in
            candidates.filter { position in
                let task = plan.tasks[position]
                let text = Self.folded(([task.text] + task.units.map(\.name)).joined(separator: "\n"))
                return matchedBesideText.contains(position) || text.withUnsafeBytes { text in Self.contains(text, pattern) }
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
    var matches: TaskBits
}
