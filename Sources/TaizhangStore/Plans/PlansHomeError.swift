import TaizhangModel

/// Why the plans home could not find, add, adopt or move a plan. Nothing was changed. The
/// words are TaizhangWords'.
public enum PlansHomeError: Error, Equatable, Sendable {
    /// No HOME and no XDG_DATA_HOME: no place for the home.
    case noHome
    case badName(String, PlanName.Problem)
    /// `--plan NAME` names no plan in the home (nor the start of just one).
    case noSuchPlan(String, known: [String])
    /// `--plan TEXT` is the start of several names.
    case ambiguous(String, matches: [String])
    /// `import --name NAME` or `plans archive` where that name is taken.
    case exists(String)
    case notArchived(String)
    case alreadyArchived(String)
    /// `--plan` with `--ledger FILE`: two ledgers named at once.
    case planWithLedgerFile
    /// The home's folder could not be listed, made or changed.
    case system(path: String, SystemError)
    case ledger(LedgerError)
}
