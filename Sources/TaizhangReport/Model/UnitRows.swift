import TaizhangImport
import TaizhangStore
import TaizhangModel

/// The unit a `--unit` report is for: a unit name (or an alias of one), a group name, or a
/// collective name that is both (各区政府（管委会） and the district bodies behind it).
struct UnitFocus: Sendable {
    var name: String
    /// The unit names (aliases applied) whose tasks the report covers.
    var members: Set<String>
    var group: UnitGroup?

    init(_ asked: String, plan: Plan, aliases: [String: String], groups: [UnitGroup]) throws(ReportError) {
        let name = aliases[asked] ?? asked
        let known = Set(plan.tasks.flatMap { task in task.units.map { aliases[$0.name] ?? $0.name } })
        let group = groups.first { $0.name == asked || $0.name == name }
        guard known.contains(name) || group != nil else {
            let candidates = known.union(groups.map(\.name)).union(aliases.keys)
            throw .unknownUnit(asked, closest: Closest.names(to: asked, among: candidates))
        }
        self.name = group?.name ?? name
        self.group = group
        var members: Set<String> = known.contains(name) ? [name] : []
        for member in group?.members ?? [] { members.insert(aliases[member] ?? member) }
        self.members = members
    }

    func covers(_ units: [UnitAssignment]) -> Bool {
        units.contains { members.contains($0.name) }
    }
}

/// Builds the by-unit table from the workload (aliases applied there), placing each group's
/// row right after its members.
enum UnitRows {
    static let unassignedName = "（未明确单位）"

    static func make(plan: Plan, aliases: [UnitAlias], groups: [UnitGroup], today: DayDate, focus: UnitFocus?) -> [UnitProgress] {
        let aliasMap = Dictionary(aliases.map { ($0.from, $0.to) }, uniquingKeysWith: { _, last in last })
        let workload = Workload(plan: plan, aliases: aliases, today: today).rows
        var byName: [String: UnitProgress] = [:]
        for row in workload {
            guard let name = row.unit else { continue }
            byName[name] = UnitProgress(
                name: name, kind: .unit, total: row.total, leads: row.leads, responsible: row.responsible,
                supporting: row.supporting, done: row.done, doing: row.doing, overdue: row.overdue)
        }
        func unitRow(_ name: String) -> UnitProgress {
            byName[name] ?? UnitProgress(name: name, kind: .unit)
        }
        func members(of group: UnitGroup) -> [String] {
            var seen: Set<String> = []
            return group.members.map { aliasMap[$0] ?? $0 }.filter { seen.insert($0).inserted }
        }
        func groupRow(_ group: UnitGroup) -> UnitProgress {
            groupProgress(group.name, members: members(of: group), plan: plan, aliases: aliasMap, today: today)
        }

        if let focus {
            guard let group = focus.group else { return [unitRow(focus.name)] }
            var rows = byName[group.name].map { [$0] } ?? []
            rows += members(of: group).filter { $0 != group.name }.map(unitRow)
            return rows + [groupRow(group)]
        }

        var rows: [UnitProgress] = []
        var listed: Set<String> = []
        var placed: Set<String> = []
        func place(_ group: UnitGroup) {
            placed.insert(group.name)
            // Members in workload order (heaviest first), then those no task names.
            let names = members(of: group)
            let ordered = workload.compactMap(\.unit).filter(names.contains) + names.filter { byName[$0] == nil }
            for name in ordered where listed.insert(name).inserted { rows.append(unitRow(name)) }
            rows.append(groupRow(group))
        }
        for row in workload {
            guard let name = row.unit, !listed.contains(name) else { continue }
            if let group = groups.first(where: { !placed.contains($0.name) && members(of: $0).contains(name) }) {
                place(group)
            } else {
                listed.insert(name)
                rows.append(unitRow(name))
            }
        }
        for group in groups where !placed.contains(group.name) { place(group) }
        if let none = workload.first(where: { $0.unit == nil }) {
            rows.append(UnitProgress(
                name: unassignedName, kind: .unassigned, total: none.total, done: none.done, doing: none.doing,
                overdue: none.overdue))
        }
        return rows
    }

    /// A group's tasks are those naming any member, each counted once: adding the members'
    /// rows would count a task shared by two members twice and report more tasks than there
    /// are. Its role in a task is the strongest of its members': lead, then responsible, then
    /// supporting.
    static func groupProgress(_ name: String, members: [String], plan: Plan, aliases: [String: String], today: DayDate) -> UnitProgress {
        var row = UnitProgress(name: name, kind: .group(members: members))
        let memberSet = Set(members)
        for task in plan.tasks {
            let roles = Workload.units(of: task, aliases: aliases).filter { memberSet.contains($0.name) }.map(\.role)
            guard !roles.isEmpty else { continue }
            row.total += 1
            if task.status == .done { row.done += 1 }
            if task.status == .doing { row.doing += 1 }
            if task.isOverdue(today: today) { row.overdue += 1 }
            if roles.contains(.lead) {
                row.leads += 1
            } else if roles.contains(.responsible) {
                row.responsible += 1
            } else if roles.contains(.supporting) {
                row.supporting += 1
            }
        }
        return row
    }
}

/// Names close to a mistyped one, for the "no such unit" message.
enum Closest {
    /// Up to `limit` names: those containing the query (or contained in it) first, then by
    /// edit distance over characters; far-off names are left out.
    static func names(to query: String, among candidates: Set<String>, limit: Int = 5) -> [String] {
        let wanted = Array(query)
        let scored = candidates.map { name -> (name: String, contains: Bool, distance: Int) in
            (name, !query.isEmpty && (name.contains(query) || query.contains(name)), distance(wanted, Array(name)))
        }
        let close = scored.filter { $0.contains || $0.distance <= max(2, wanted.count / 2) }
        return close.sorted { a, b in
            if a.contains != b.contains { return a.contains }
            if a.distance != b.distance { return a.distance < b.distance }
            return a.name < b.name
        }.prefix(limit).map(\.name)
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
