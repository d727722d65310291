import TaizhangModel

/// The Zhuhai 2022 plan, compiled into the binary: the ledger a coordinator starts from when
/// there is none yet, with no file to find at run time.
public enum BundledPlan {
    public static let name = "zhuhai-2022"

    /// The bundled plan imported; it is known to import, so failure here is a build defect.
    public static func imported() -> ImportResult {
        do {
            return try PlanImporter.importText(text)
        } catch {
            preconditionFailure("the bundled plan no longer imports: \(error)")
        }
    }
}
