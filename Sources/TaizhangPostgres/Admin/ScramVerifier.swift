import Crypto
import Foundation
import _CryptoExtras

/// A password as PostgreSQL keeps it (SCRAM-SHA-256, RFC 5802/7677), made here so that the
/// password itself never travels to the server nor lands in its logs: `ALTER ROLE … PASSWORD`
/// is given this verifier, as psql's `\password` does.
enum ScramVerifier {
    /// PostgreSQL's own default number of rounds.
    static let rounds = 4096

    static func make(password: String, salt: [UInt8] = randomSalt()) throws -> String {
        let salted = try KDF.Insecure.PBKDF2.deriveKey(
            from: Array(password.utf8), salt: salt, using: .sha256, outputByteCount: 32, unsafeUncheckedRounds: rounds)
        let clientKey = HMAC<SHA256>.authenticationCode(for: Array("Client Key".utf8), using: salted)
        let storedKey = SHA256.hash(data: Data(clientKey))
        let serverKey = HMAC<SHA256>.authenticationCode(for: Array("Server Key".utf8), using: salted)
        return "SCRAM-SHA-256$\(rounds):\(Data(salt).base64EncodedString())$"
            + "\(Data(storedKey).base64EncodedString()):\(Data(serverKey).base64EncodedString())"
    }

    static func randomSalt() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}
