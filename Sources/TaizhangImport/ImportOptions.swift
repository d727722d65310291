import TaizhangModel

/// What the coordinator can tell the importer that the document may not say.
public struct ImportOptions: Sendable {
    /// The plan's year, for 年底前 and 6月底前; else read from the plan's date or title.
    public var year: Int?
    /// The worksheet of a spreadsheet to read; else the first.
    public var sheet: String?
    /// Read only as this form (and its readers); nil to try every reading that applies.
    public var form: SourceForm?
    public var limits: ImportLimits

    public init(year: Int? = nil, sheet: String? = nil, form: SourceForm? = nil, limits: ImportLimits = ImportLimits()) {
        self.year = year
        self.sheet = sheet
        self.form = form
        self.limits = limits
    }
}
