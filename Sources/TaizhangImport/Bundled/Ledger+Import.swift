import TaizhangModel

extension Ledger {
    /// A fresh ledger from an import.
    public init(importing result: ImportResult, source: String) {
        self.init(source: source, plan: result.plan, importWarnings: result.warnings)
    }

    /// A fresh ledger on the plan compiled into the binary.
    public static func bundled() -> Ledger {
        Ledger(importing: BundledPlan.imported(), source: "bundled:\(BundledPlan.name)")
    }
}
