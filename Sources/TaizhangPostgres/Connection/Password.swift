import TaizhangModel
import TaizhangStore

/// Where the password comes from, as for psql: PGPASSWORD, else the password file
/// (PGPASSFILE, else ~/.pgpass), never the command line. A password file that others may
/// read is ignored, as libpq ignores it: a password must not be readable by other users.
public enum Password {
    /// The password for `address`, or nil when there is none (the server may not ask).
    public static func find(for address: DatabaseAddress, environment: [String: String]) -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        guard let path = passwordFilePath(environment: environment),
            let mode = LedgerFile.mode(of: path), mode & 0o077 == 0,
            let bytes = try? LedgerFile.readBytes(path)
        else { return nil }
        return lookup(in: String(decoding: bytes, as: UTF8.self), for: address)
    }

    static func passwordFilePath(environment: [String: String]) -> String? {
        if let file = environment["PGPASSFILE"], !file.isEmpty { return file }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.pgpass"
    }

    /// The first line of a password file that matches: `host:port:database:user:password`,
    /// each field `*` for any, `\:` and `\\` for a colon and a backslash in a field. A Unix
    /// socket connection matches the host `localhost`, as in libpq.
    public static func lookup(in text: String, for address: DatabaseAddress) -> String? {
        let host = address.isSocket ? "localhost" : address.host
        let wanted = [host, String(address.port), address.database, address.user]
        for line in text.split(whereSeparator: \.isNewline) {
            guard !line.hasPrefix("#") else { continue }
            let fields = split(line)
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// Splits at unescaped colons, undoing `\:` and `\\`.
    private static func split(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
