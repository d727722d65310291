import Testing
import TaizhangStore
@testable import TaizhangPostgres

/// Reading `--ledger` as a database URL, and finding its password as psql would. No server
/// is needed.
@Suite struct AddressTests {
    @Test func aFullURL() throws {
        let address = try DatabaseAddress.parse("postgresql://coord@db.example.org:6543/office?plan=zhuhai-2022", environment: [:])
        #expect(address == DatabaseAddress(user: "coord", host: "db.example.org", port: 6543, database: "office", plan: "zhuhai-2022"))
        #expect(address.url == "postgresql://coord@db.example.org:6543/office?plan=zhuhai-2022")
    }

    /// Chinese plan names, percent-encoded or not; the user from USER; IPv6; a socket folder.
    @Test func namesAndDefaults() throws {
        let plain = try DatabaseAddress.parse("postgres://localhost/taizhang?plan=政务公开", environment: ["USER": "li"])
        #expect(plain.user == "li" && plain.port == 5432 && plain.plan == "政务公开")
        let encoded = try DatabaseAddress.parse("postgresql://u@h/d?plan=%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80", environment: [:])
        #expect(encoded.plan == "政务公开")
        let six = try DatabaseAddress.parse("postgresql://u@[::1]:5433/d?plan=p", environment: [:])
        #expect(six.host == "::1" && six.port == 5433)
        #expect(six.url == "postgresql://u@[::1]:5433/d?plan=p")
        let socket = try DatabaseAddress.parse("postgresql://postgres@%2Fvar%2Frun%2Fpostgresql/d?plan=p", environment: [:])
        #expect(socket.isSocket && socket.host == "/var/run/postgresql")
        let tls = try DatabaseAddress.parse("postgresql://u@h/d?plan=p&sslmode=require", environment: [:])
        #expect(tls.tls == .require && tls.url.hasSuffix("&sslmode=require"))
    }

    @Test(arguments: [
        ("postgresql://u:secret@h/d?plan=p", LedgerAddress.Problem.passwordInURL),
        ("postgresql://u@h/d?plan=p&password=x", .passwordInURL),
        ("postgresql://u@h/d", .noPlan),
        ("postgresql://u@h/d?plan=", .noPlan),
        ("postgresql://u@h?plan=p", .noDatabase),
        ("postgresql://u@h:99999/d?plan=p", .badPort("99999")),
        ("postgresql://u@h/d?plan=p&sslmode=always", .badSSLMode("always")),
        ("postgresql://u@h/d?plan=p&colour=red", .unknownParameter("colour")),
    ])
    func refused(_ text: String, _ problem: LedgerAddress.Problem) {
        #expect(throws: problem) { try DatabaseAddress.parse(text, environment: ["USER": "u"]) }
    }

    /// TAIZHANG_LEDGER may hold a URL too; a path stays a file.
    @Test func locate() throws {
        let environment = ["TAIZHANG_LEDGER": "postgresql://u@h/d?plan=p", "HOME": "/home/u"]
        guard case .database(let address) = try LedgerAddress.locate(explicit: nil, environment: environment) else {
            Issue.record("TAIZHANG_LEDGER's URL was not read as a database")
            return
        }
        #expect(address.plan == "p")
        guard case .file(let file) = try LedgerAddress.locate(explicit: "/tmp/l.json", environment: environment) else {
            Issue.record("--ledger PATH was not read as a file")
            return
        }
        #expect(file.path == "/tmp/l.json")
    }

    /// ~/.pgpass: first match wins, `*` matches anything, `\:` is a colon, a socket is `localhost`.
    @Test func passwordFile() throws {
        let text = """
            # comment
            db.example.org:5432:office:coord:first
            *:*:office:coord:second
            localhost:5432:*:post\\:gres:with\\:colon
            """
        let address = try DatabaseAddress.parse("postgresql://coord@db.example.org/office?plan=p", environment: [:])
        #expect(Password.lookup(in: text, for: address) == "first")
        var other = address
        other.host = "10.0.0.1"
        #expect(Password.lookup(in: text, for: other) == "second")
        let socket = DatabaseAddress(user: "post:gres", host: "/var/run/postgresql", database: "x", plan: "p")
        #expect(Password.lookup(in: text, for: socket) == "with:colon")
        #expect(Password.lookup(in: text, for: DatabaseAddress(user: "nobody", host: "h", database: "d", plan: "p")) == nil)
        #expect(Password.find(for: address, environment: ["PGPASSWORD": "env", "HOME": "/nonexistent"]) == "env")
    }

    /// RFC 7677's test vector: user "user", password "pencil", the salt and 4096 rounds
    /// given there, give its StoredKey and ServerKey.
    @Test func scramVerifierMatchesTheRFC() throws {
        let salt: [UInt8] = [0x5b, 0x6d, 0x99, 0x68, 0x9d, 0x12, 0x35, 0x8e, 0xec, 0xa0, 0x4b, 0x14, 0x12, 0x36, 0xfa, 0x81]
        let verifier = try ScramVerifier.make(password: "pencil", salt: salt)
        #expect(verifier == "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU=")
    }
}
