import TaizhangModel

/// A list over the dashboard to choose from: a task's notes (to edit or delete one), the
/// plan's details (to correct one), the report formats (to write one).
public struct Menu: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case notes(task: Int)
        case plan
        case reports
    }

    public var kind: Kind
    public var cursor: Int

    public init(_ kind: Kind, cursor: Int = 0) {
        self.kind = kind
        self.cursor = cursor
    }
}

/// What identifies a plan on paper, each corrected on its own (`P`).
public enum PlanField: CaseIterable, Sendable {
    case title
    case documentNumber
    case issuer
    case date

    public func value(in info: PlanInfo) -> String? {
        switch self {
        case .title: info.title
        case .documentNumber: info.documentNumber
        case .issuer: info.issuer
        case .date: info.date
        }
    }

    /// `info` with this field set; an empty value leaves an optional field out.
    func setting(_ value: String, in info: PlanInfo) -> PlanInfo {
        var info = info
        let optional = value.isEmpty ? nil : value
        switch self {
        case .title: info.title = value
        case .documentNumber: info.documentNumber = optional
        case .issuer: info.issuer = optional
        case .date: info.date = optional
        }
        return info
    }
}
