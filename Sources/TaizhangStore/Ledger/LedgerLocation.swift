import TaizhangModel

/// Where the ledger lives: `--ledger PATH`, else `$TAIZHANG_LEDGER`, else
/// `$XDG_DATA_HOME/taizhang/ledger.json`, else `~/.local/share/taizhang/ledger.json`. With
/// none of those there is no ledger to use: nothing is written in the current folder.
public enum LedgerLocation {
    public enum Problem: Error, Equatable, Sendable {
        /// `--ledger ""`: a name that names no file.
        case emptyPath
        /// No HOME and no XDG_DATA_HOME, so no default place.
        case noHome
    }

    public struct Resolved: Equatable, Sendable {
        public var path: String
        /// The user named this path (`--ledger` or `TAIZHANG_LEDGER`), rather than it being
        /// the default: a missing folder there is a typo to report, never to create.
        public var named: Bool

        public init(path: String, named: Bool) {
            self.path = path
            self.named = named
        }
    }

    public static func locate(explicit: String?, environment: [String: String]) throws(Problem) -> Resolved {
        if let explicit {
            guard !explicit.isEmpty else { throw .emptyPath }
            return Resolved(path: expandTilde(explicit, environment: environment), named: true)
        }
        if let path = environment["TAIZHANG_LEDGER"], !path.isEmpty {
            return Resolved(path: expandTilde(path, environment: environment), named: true)
        }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return Resolved(path: data + "/taizhang/ledger.json", named: false)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { throw .noHome }
        return Resolved(path: home + "/.local/share/taizhang/ledger.json", named: false)
    }

    /// `~` and `~/…` as the shell would expand them, for a path typed where no shell does
    /// (an environment variable, the dashboard's prompt).
    public static func expandTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}
