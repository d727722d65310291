/// How a unit is named in a task's unit cell. Plans say who leads (牵头), who carries the task
/// (a plain name) and who supports it by function (按职能分工落实, 等单位).
public enum UnitRole: String, CaseIterable, Sendable, Codable {
    case lead
    case responsible
    case supporting
}

/// One responsible unit of a task, its name kept verbatim from the plan.
public struct UnitAssignment: Hashable, Sendable {
    public var name: String
    public var role: UnitRole

    public init(name: String, role: UnitRole) {
        self.name = name
        self.role = role
    }
}
