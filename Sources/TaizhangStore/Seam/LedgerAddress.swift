/// Where a ledger lives, as `--ledger` or `TAIZHANG_LEDGER` names it: a JSON file (the
/// default, see `LedgerLocation`), or a plan in a PostgreSQL database (`DatabaseAddress`).
public enum LedgerAddress: Equatable, Sendable {
    case file(LedgerLocation.Resolved)
    case database(DatabaseAddress)

    /// Why the name given is not a place for a ledger.
    public enum Problem: Error, Equatable, Sendable {
        case location(LedgerLocation.Problem)
        /// `postgresql://user:secret@…`: passwords are never taken from a command line.
        case passwordInURL
        /// The URL names no `?plan=NAME`.
        case noPlan
        /// The URL names no database (`/DB`).
        case noDatabase
        /// No user in the URL, PGUSER or USER.
        case noUser
        case badPort(String)
        case badSSLMode(String)
        case unknownParameter(String)
        case malformed(String)
    }

    /// `--ledger` (explicit), else `TAIZHANG_LEDGER`, else the default file.
    public static func locate(explicit: String?, environment: [String: String]) throws(Problem) -> LedgerAddress {
        let named = explicit ?? environment["TAIZHANG_LEDGER"].flatMap { $0.isEmpty ? nil : $0 }
        if let named, DatabaseAddress.looksLikeURL(named) {
            return .database(try DatabaseAddress.parse(named, environment: environment))
        }
        do {
            return .file(try LedgerLocation.locate(explicit: explicit, environment: environment))
        } catch {
            throw .location(error)
        }
    }

    /// The name to show: the path, or the URL without any password.
    public var name: String {
        switch self {
        case .file(let resolved): resolved.path
        case .database(let address): address.url
        }
    }
}
