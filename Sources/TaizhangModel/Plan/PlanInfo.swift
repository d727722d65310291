/// What identifies a plan on paper: its title, document number (文号), issuer and date of
/// issue. An import may get them wrong or miss them (未命名方案); the coordinator corrects them.
public struct PlanInfo: Hashable, Sendable {
    public var title: String
    public var documentNumber: String?
    public var issuer: String?
    /// YYYY-MM-DD.
    public var date: String?

    public init(title: String, documentNumber: String? = nil, issuer: String? = nil, date: String? = nil) {
        self.title = title
        self.documentNumber = documentNumber
        self.issuer = issuer
        self.date = date
    }
}

extension Plan {
    public var info: PlanInfo {
        get { PlanInfo(title: title, documentNumber: documentNumber, issuer: issuer, date: date) }
        set {
            title = newValue.title
            documentNumber = newValue.documentNumber
            issuer = newValue.issuer
            date = newValue.date
        }
    }
}

/// A task's units as the coordinator sets them: the units with their roles, and whether they
/// still await a check (taken from a merged cell). Setting them by hand is that check.
public struct TaskUnits: Hashable, Sendable {
    public var units: [UnitAssignment]
    public var inherited: Bool

    public init(units: [UnitAssignment], inherited: Bool) {
        self.units = units
        self.inherited = inherited
    }
}
