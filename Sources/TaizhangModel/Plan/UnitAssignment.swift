/// How a unit is named in a task's unit cell. Plans say who leads (牵头), who carries the task
/// (a plain name, 负责, 负责落实), who supports it (按职能分工落实, 等单位, 配合) and who is
/// to act on it for reference only (参照落实).
public enum UnitRole: String, CaseIterable, Sendable, Codable {
    case lead
    case responsible
    case supporting
    case reference
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
