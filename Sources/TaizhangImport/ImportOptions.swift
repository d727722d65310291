import TaizhangModel

/// What the coordinator can tell the importer that the document may not say.
public struct ImportOptions: Sendable, Equatable {
    /// The plan's year, for 年底前 and 6月底前; else read from the plan's date or title.
    public var year: Int?
    /// The worksheet of an .xlsx to read; else the first.
    public var sheet: String?
    /// The layout to read; nil to detect it.
    public var layout: PlanLayout?

    public init(year: Int? = nil, sheet: String? = nil, layout: PlanLayout? = nil) {
        self.year = year
        self.sheet = sheet
        self.layout = layout
    }
}
