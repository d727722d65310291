import TaizhangImport
import TaizhangStore
import TaizhangModel

/// The unit a `--unit` report is for: a unit name (or an alias of one), or a group name.
struct UnitFocus: Sendable {
    /// The name as the workload shows it (aliases applied).
    var name: String
    var isGroup: Bool

    /// Looks `asked` up among the rows of the whole plan's workload, so a unit with no task in
    /// a chosen area is still known.
    init(_ asked: String, workload: Workload) throws(ReportError) {
        let name = workload.naming.name(asked)
        guard let row = workload.row(name) else {
            let candidates = Set(workload.rows.compactMap(\.unit)).union(workload.naming.aliases.keys)
            throw .unknownUnit(asked, closest: Closest.names(to: asked, among: candidates))
        }
        self.name = name
        self.isGroup = row.isGroup
    }
}

/// The by-unit table of a report, in the workload's order (heaviest first) with each unit
/// once: a group's members come right before the group's own row, the tasks with no unit last.
/// The numbers are the workload's own rows; only the order is the report's.
enum UnitRows {
    static func make(_ workload: Workload, focus: UnitFocus?) -> [WorkloadRow] {
        if let focus {
            guard focus.isGroup, let group = workload.row(focus.name) else { return workload.row(focus.name).map { [$0] } ?? [] }
            return members(of: group, in: workload) + [group]
        }
        var rows: [WorkloadRow] = []
        var listed: Set<String> = []
        func place(_ row: WorkloadRow) {
            guard let name = row.unit, listed.insert(name).inserted else { return }
            rows.append(row)
        }
        func placeGroup(_ group: WorkloadRow) {
            members(of: group, in: workload).forEach(place)
            place(group)
        }
        for row in workload.rows {
            guard let name = row.unit, !listed.contains(name) else { continue }
            if row.isGroup {
                placeGroup(row)
            } else if let group = workload.naming.groups(containing: name).lazy.compactMap(workload.row).first(where: { !listed.contains($0.unit ?? "") }) {
                // A member heavier than its group brings the group up with it.
                placeGroup(group)
            } else {
                place(row)
            }
        }
        return rows + (workload.row(nil).map { [$0] } ?? [])
    }

    /// A group's members in the workload's order.
    private static func members(of group: WorkloadRow, in workload: Workload) -> [WorkloadRow] {
        workload.rows.filter { row in row.unit.map(group.members.contains) ?? false }
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
