/// A group of real bodies behind a collective name in the plan (各区政府（管委会） → the
/// districts), so a coordinator can see the load of each.
public struct UnitGroup: Equatable, Sendable {
    public var name: String
    public var members: [String]

    public init(name: String, members: [String]) {
        self.name = name
        self.members = members
    }
}

/// One name that stands for another (市直其他单位 → 市直各有关单位): workload counts follow it.
public struct UnitAlias: Equatable, Sendable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
