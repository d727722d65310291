#if canImport(Glibc)
import Glibc
#endif
import NIOCore
import NIOPosix
import PostgresNIO
import TaizhangStore

/// postgres-nio's and SwiftNIO's errors as the store says them (`ServerProblem`): by the
/// server's SQLSTATE code, the client's error code, or the system's errno. The server's own
/// message is kept where nothing better can be said.
enum ServerErrors {
    /// `connecting` says the error ended an attempt to connect (no server there is
    /// `unreachable`); otherwise a failing socket is a lost connection, and `committing` says
    /// the loss came while COMMIT was on its way.
    static func problem(_ error: any Error, address: DatabaseAddress, committing: Bool, connecting: Bool = false) -> ServerProblem {
        let lost: ServerProblem = committing ? .outcomeUnknown : .connectionLost
        if let problem = error as? ServerProblem { return problem }
        if let error = error as? PSQLError {
            switch error.code {
            case .server:
                return serverProblem(code: error.serverInfo?[.sqlState] ?? "", message: error.serverInfo?[.message] ?? "", address: address, lost: lost)
            case .authMechanismRequiresPassword:
                return .noPassword(user: address.user)
            case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
                return lost
            case .connectionError:
                return connecting ? unreachable(error.underlying, address: address) ?? lost : lost
            case .sslUnsupported:
                return .other(code: "TLS", message: "the server does not offer TLS (sslmode=require)")
            default:
                return .other(code: error.code.description, message: String(describing: error.underlying ?? error))
            }
        }
        if connecting, let problem = unreachable(error, address: address) { return problem }
        if error is ChannelError || error is IOError || error is NIOConnectionError { return lost }
        return .other(code: "client", message: String(describing: error))
    }

    /// A server error by its SQLSTATE code (PostgreSQL's appendix A).
    static func serverProblem(code: String, message: String, address: DatabaseAddress, lost: ServerProblem) -> ServerProblem {
        switch code {
        case "28P01", "28000": return .authentication(user: address.user, message: message)
        case "3D000": return .noDatabase(address.database)
        case "3F000", "42P01": return .notInitialized
        case "42501": return .permissionDenied(message: message)
        case "57P01", "57P02", "57P03", "08000", "08003", "08006": return lost
        default: return .other(code: code, message: message)
        }
    }

    /// Why no connection could be made, when the error says so; nil for anything else.
    static func unreachable(_ error: (any Error)?, address: DatabaseAddress) -> ServerProblem? {
        guard let error else { return nil }
        func problem(_ reason: ServerProblem.Unreachable) -> ServerProblem {
            .unreachable(host: address.host, port: address.port, reason: reason)
        }
        if let error = error as? NIOConnectionError {
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil { return problem(.unknownHost) }
            for failure in error.connectionErrors {
                if let reason = reason(failure.error) { return problem(reason) }
            }
            return problem(.other(String(describing: error)))
        }
        if let reason = reason(error) { return problem(reason) }
        return nil
    }

    private static func reason(_ error: any Error) -> ServerProblem.Unreachable? {
        if let error = error as? IOError {
            switch error.errnoCode {
            case ECONNREFUSED, ENOENT: return .refused
            case ETIMEDOUT: return .timedOut
            default: return .other(String(describing: error))
            }
        }
        if let error = error as? ChannelError, case .connectTimeout = error { return .timedOut }
        if error is SocketAddressError { return .unknownHost }
        return nil
    }
}
