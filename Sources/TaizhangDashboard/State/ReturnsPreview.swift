import TaizhangModel

/// What collecting the units' returned forms would do, read by the runtime (`Effect.readReturns`)
/// and shown before anything is recorded: `C`, a path, this preview, then `y` records it,
/// exactly as `taizhang collect --apply` would. The preview is of the ledger as it was read
/// against (`base`): if another change lands meanwhile, `y` asks for the forms to be read again
/// rather than record over it.
public struct ReturnsPreview: Equatable, Sendable {
    /// The file or folder the coordinator named.
    public var path: String
    /// The collect report, line by line, as the CLI prints it.
    public var lines: [String]
    /// The ledger the forms were read against.
    public var base: Ledger
    /// The ledger with every change the forms make; nil when they make none.
    public var result: Ledger?
    /// How many changes (history entries) recording it adds.
    public var changes: Int
    public var scroll: Int = 0

    public init(path: String, lines: [String], base: Ledger, result: Ledger?, changes: Int) {
        self.path = path
        self.lines = lines
        self.base = base
        self.result = result
        self.changes = changes
    }
}
