import TaizhangModel

/// Where the ledger lives: `--ledger PATH`, else `$TAIZHANG_LEDGER`, else
/// `$XDG_DATA_HOME/taizhang/ledger.json`, else `~/.local/share/taizhang/ledger.json`.
public enum LedgerLocation {
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return expandTilde(explicit, environment: environment) }
        if let path = environment["TAIZHANG_LEDGER"], !path.isEmpty { return expandTilde(path, environment: environment) }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/taizhang/ledger.json"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return home + "/.local/share/taizhang/ledger.json"
    }

    private static func expandTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}
