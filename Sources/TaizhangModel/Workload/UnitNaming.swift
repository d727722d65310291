/// How the ledger's aliases and groups turn the unit names a plan writes into the units the
/// workload counts. Every view (dashboard, command line, reports) resolves names here, so an
/// alias or a group is applied the same way everywhere.
///
/// - An alias (市直其他单位 → 市直各有关单位) makes one written name count as another; it
///   applies everywhere a name appears: in tasks, in groups, in their members. One step only:
///   the target of an alias is never looked up again.
/// - A group (各区政府（管委会） = 香洲区 金湾区 斗门区) names the bodies behind a collective
///   name. The group's row counts the tasks that name the group or any member; a member's row
///   counts the tasks that name the member or a group it belongs to (the collective name speaks
///   for each member). Each task counts once in a row. Groups are one level deep.
/// - A unit's part in a task (`UnitPart`) is its own where the task names it, its group's
///   where the task names only the group; a group's part is all of those together.
public struct UnitNaming: Equatable, Sendable {
    /// Written name → the name it counts as.
    public let aliases: [String: String]
    /// Groups with aliases applied: each member once, never the group itself, in ledger order;
    /// a group left with no members is no group.
    public let groups: [UnitGroup]
    private let membersOfGroup: [String: [String]]
    private let groupsOfMember: [String: [String]]

    public init(aliases: [UnitAlias] = [], groups: [UnitGroup] = []) {
        let aliasMap = Dictionary(aliases.map { ($0.from, $0.to) }, uniquingKeysWith: { _, last in last })
        self.aliases = aliasMap
        var resolved: [UnitGroup] = []
        for group in groups {
            let name = aliasMap[group.name] ?? group.name
            var members: [String] = []
            for member in group.members.map({ aliasMap[$0] ?? $0 }) where member != name && !members.contains(member) {
                members.append(member)
            }
            guard !members.isEmpty else { continue }
            // A name defined twice keeps its last definition, as the ledger's change did.
            resolved.removeAll { $0.name == name }
            resolved.append(UnitGroup(name: name, members: members))
        }
        self.groups = resolved
        membersOfGroup = Dictionary(uniqueKeysWithValues: resolved.map { ($0.name, $0.members) })
        var groupsOfMember: [String: [String]] = [:]
        for group in resolved {
            for member in group.members { groupsOfMember[member, default: []].append(group.name) }
        }
        self.groupsOfMember = groupsOfMember
    }

    /// The naming a ledger's aliases and groups make.
    public init(_ ledger: Ledger) {
        self.init(aliases: ledger.aliases, groups: ledger.groups)
    }

    /// The unit a written name counts as.
    public func name(_ written: String) -> String {
        aliases[written] ?? written
    }

    /// A group's members (aliases applied), or nil when `name` names no group.
    public func members(ofGroup name: String) -> [String]? {
        membersOfGroup[name]
    }

    /// The groups `name` is a member of, in ledger order.
    public func groups(containing name: String) -> [String] {
        groupsOfMember[name] ?? []
    }

    /// The names (aliases applied) whose tasks the row of `unit` counts: itself, its members
    /// when it is a group, and the groups it belongs to. The same relation as
    /// `rows(counting:)`, seen from the row.
    public func namesCounted(by unit: String) -> [String] {
        Self.once([unit] + (membersOfGroup[unit] ?? []) + (groupsOfMember[unit] ?? []))
    }

    /// The rows a written name counts in: the unit it stands for, its members when it names a
    /// group, and the groups that unit belongs to.
    public func rows(counting written: String) -> [String] {
        namesCounted(by: name(written))
    }

    private static func once(_ names: [String]) -> [String] {
        var result: [String] = []
        for name in names where !result.contains(name) { result.append(name) }
        return result
    }

    /// The names as a plan may write them that count in the row of `unit`: the names it counts
    /// and every alias of those. What a filter by that row looks up in the plan.
    public func writtenNames(countedBy unit: String) -> [String] {
        let counted = namesCounted(by: unit)
        let wanted = Set(counted)
        return counted + aliases.filter { wanted.contains($0.value) && !wanted.contains($0.key) }.map(\.key).sorted()
    }

    /// A task's units under the names they count as, each once, with its strongest role.
    public func units(of task: PlanTask) -> [UnitAssignment] {
        guard !aliases.isEmpty else { return task.units }
        // A task names a handful of units: comparing is cheaper than hashing Chinese names
        // (each hash normalises the string first).
        var result: [UnitAssignment] = []
        for unit in task.units {
            let name = name(unit.name)
            if let index = result.firstIndex(where: { $0.name == name }) {
                result[index].role = result[index].role.stronger(unit.role)
            } else {
                result.append(UnitAssignment(name: name, role: unit.role))
            }
        }
        return result
    }
}

extension UnitRole {
    /// The role that says more about a unit's load: lead, then responsible, supporting,
    /// reference. A row that stands for several names in one task takes the strongest.
    public func stronger(_ other: UnitRole) -> UnitRole {
        rank <= other.rank ? self : other
    }

    private var rank: Int {
        switch self {
        case .lead: 0
        case .responsible: 1
        case .supporting: 2
        case .reference: 3
        }
    }
}
