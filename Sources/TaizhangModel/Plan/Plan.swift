/// A section (具体任务, "（一）…") of a work area.
public struct Section: Hashable, Sendable {
    public var number: Int
    public var title: String

    public init(number: Int, title: String) {
        self.number = number
        self.title = title
    }
}

/// A work area (工作要求, "一、…"); some areas have no sections.
public struct Area: Hashable, Sendable {
    public var number: Int
    public var title: String
    public var sections: [Section]

    public init(number: Int, title: String, sections: [Section] = []) {
        self.number = number
        self.title = title
        self.sections = sections
    }

    public func section(_ number: Int?) -> Section? {
        guard let number else { return nil }
        return sections.first { $0.number == number }
    }
}

/// The general requirements (总体要求) that precede the table, with their units.
public struct Preamble: Hashable, Sendable {
    public var text: String
    public var units: [UnitAssignment]

    public init(text: String, units: [UnitAssignment]) {
        self.text = text
        self.units = units
    }
}

/// A division-of-labour plan (分工方案) and the tasks it assigns, with their progress.
public struct Plan: Hashable, Sendable {
    public var title: String
    /// The document number, e.g. 珠府办〔2022〕6号.
    public var documentNumber: String?
    public var issuer: String?
    /// The date of issue as YYYY-MM-DD.
    public var date: String?
    public var preamble: Preamble?
    public var areas: [Area]
    /// In plan order.
    public var tasks: [PlanTask]

    public init(
        title: String, documentNumber: String? = nil, issuer: String? = nil, date: String? = nil,
        preamble: Preamble? = nil, areas: [Area], tasks: [PlanTask]
    ) {
        self.title = title
        self.documentNumber = documentNumber
        self.issuer = issuer
        self.date = date
        self.preamble = preamble
        self.areas = areas
        self.tasks = tasks
    }

    public func area(_ number: Int) -> Area? {
        areas.first { $0.number == number }
    }

    public var sectionCount: Int { areas.reduce(0) { $0 + $1.sections.count } }
}
