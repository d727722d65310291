/// A plan in a PostgreSQL database, as `--ledger` or `TAIZHANG_LEDGER` names it:
/// `postgresql://USER@HOST[:PORT]/DB?plan=NAME` (also `postgres://`). The password is never
/// part of it: a command line is seen by every user of the machine and kept in shell
/// history, so it comes from PGPASSWORD or ~/.pgpass, as for psql.
///
/// `HOST` may be a name, an address (`[::1]` for IPv6) or, percent-encoded, the folder of
/// the server's Unix socket (`%2Fvar%2Frun%2Fpostgresql`, or `?host=/var/run/postgresql`),
/// where a local server lets its own users in without a password. Other parameters:
/// `sslmode=disable|prefer|require` (default: prefer).
public struct DatabaseAddress: Equatable, Sendable {
    public var user: String
    /// A host name or address, or the folder of a Unix socket (starting with `/`).
    public var host: String
    public var port: Int
    public var database: String
    public var plan: String
    public var tls: TLSMode

    public enum TLSMode: String, Equatable, Sendable {
        case disable, prefer, require
    }

    public init(user: String, host: String, port: Int = 5432, database: String, plan: String, tls: TLSMode = .prefer) {
        self.user = user
        self.host = host
        self.port = port
        self.database = database
        self.plan = plan
        self.tls = tls
    }

    /// Whether the host is a Unix socket folder rather than a network address.
    public var isSocket: Bool { host.hasPrefix("/") }

    /// The URL as people write it, to show: the same plan, never a password.
    public var url: String {
        let hostPart = isSocket ? Self.encode(host) : (host.contains(":") ? "[\(host)]" : host)
        let portPart = port == 5432 ? "" : ":\(port)"
        var text = "postgresql://\(Self.encode(user))@\(hostPart)\(portPart)/\(Self.encode(database))?plan=\(Self.encode(plan))"
        if tls != .prefer { text += "&sslmode=\(tls.rawValue)" }
        return text
    }

    /// Whether `text` is meant as a database URL rather than a file path.
    public static func looksLikeURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Reads a URL; `environment` gives the user name when the URL has none (PGUSER, USER).
    public static func parse(_ text: String, environment: [String: String]) throws(LedgerAddress.Problem) -> DatabaseAddress {
        guard let schemeEnd = text.range(of: "://") else { throw .malformed(text) }
        var rest = Substring(text[schemeEnd.upperBound...])
        var query = Substring("")
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        guard let slash = rest.firstIndex(of: "/") else { throw .noDatabase }
        var authority = rest[..<slash]
        let database = try decode(rest[rest.index(after: slash)...])
        guard !database.isEmpty else { throw .noDatabase }
        var user: String?
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            if userInfo.contains(":") { throw .passwordInURL }
            user = try decode(userInfo)
            authority = authority[authority.index(after: at)...]
        }
        var host: String
        var port = 5432
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw .malformed(text) }
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { port = try parsePort(after.dropFirst()) } else if !after.isEmpty { throw .malformed(text) }
        } else if let colon = authority.lastIndex(of: ":") {
            host = try decode(authority[..<colon])
            port = try parsePort(authority[authority.index(after: colon)...])
        } else {
            host = try decode(authority)
        }
        var plan: String?
        var tls = TLSMode.prefer
        for pair in query.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = try decode(parts[0])
            let value = parts.count > 1 ? try decode(parts[1]) : ""
            switch key {
            case "plan": plan = value
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else { throw .badSSLMode(value) }
                tls = mode
            case "host": host = value
            case "port": port = try parsePort(Substring(value))
            case "user": user = value
            case "password": throw .passwordInURL
            default: throw .unknownParameter(key)
            }
        }
        guard let plan, !plan.isEmpty else { throw .noPlan }
        if host.isEmpty { host = "localhost" }
        let name = user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["USER"] ?? ""
        guard !name.isEmpty else { throw .noUser }
        return DatabaseAddress(user: name, host: host, port: port, database: database, plan: plan, tls: tls)
    }

    private static func parsePort(_ text: Substring) throws(LedgerAddress.Problem) -> Int {
        guard let port = Int(text), (1...65535).contains(port) else { throw .badPort(String(text)) }
        return port
    }

    /// Percent-decoding: `%E5%B8%82` → 市; text already in UTF-8 is kept as it is.
    static func decode(_ text: Substring) throws(LedgerAddress.Problem) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw .malformed(String(text))
            }
            bytes.append(high << 4 | low)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { throw .malformed(String(text)) }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Percent-encodes what a URL cannot hold as it is (`/`, `?`, `&`, `@`, `:`, `%`,
    /// spaces and controls); Chinese stays readable.
    static func encode(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: "@"), UInt8(ascii: ":"),
                 UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: "="), UInt8(ascii: "["), UInt8(ascii: "]"),
                 0...0x20, 0x7F:
                out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
