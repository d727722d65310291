import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import TaizhangStore

/// One connection to a PostgreSQL server, for one store: queries, notifications of other
/// writers' saves, and finding the server again after the connection is lost.
///
/// How the asynchronous client meets synchronous callers: postgres-nio runs on SwiftNIO event
/// loops and answers with `EventLoopFuture`s. The store's callers (a command, the dashboard's
/// loop between keys) are synchronous, so every call here hands its work to the event loop
/// and blocks the calling thread until the future completes (`wait()`). Nothing here awaits
/// or uses Swift's concurrency pool: a caller on any thread but an event loop's — the main
/// thread, a test's task — can never starve the work it waits for. What the event loop
/// learns on its own (a notification, the connection closing, a reconnection) it writes
/// under a lock into `state`, and the caller reads it at its next `event()`.
final class ServerLink: Sendable {
    let address: DatabaseAddress
    private let configuration: PostgresConnection.Configuration
    private let state = NIOLockedValueBox(State())
    /// The channel every save notifies, with the plan's id as payload.
    static let channel = "taizhang_changes"
    /// postgres-nio logs through swift-log; nothing of it may reach the dashboard's terminal.
    static let logger = Logger(label: "taizhang.postgres") { _ in SwiftLogNoOpLogHandler() }
    /// How long to wait for a server to answer a connection.
    static let connectTimeout = TimeAmount.seconds(5)
    /// How often to try again once the connection is lost.
    static let retryInterval = TimeAmount.milliseconds(500)

    private struct State {
        var connection: PostgresConnection?
        /// Counts connections, so the closing of an old one never marks a newer one lost.
        var serial = 0
        /// The plan whose saves to report, once `watch` asked for them.
        var watched: Int?
        var notified = false
        var lost = false
        var lostReported = false
        var restored = false
        var reconnecting = false
        var lastAttempt: NIODeadline?
        var closed = false
        /// Callers waiting for an answer, each told when the connection closes unanswered.
        var waiting: [Int: @Sendable () -> Void] = [:]
        var nextTicket = 0
    }

    /// What happened since the caller last asked.
    enum Event: Equatable {
        case quiet
        case notified
        case lost
        case restored
    }

    init(address: DatabaseAddress, password: String?) throws(ServerProblem) {
        self.address = address
        var configuration: PostgresConnection.Configuration
        if address.isSocket {
            configuration = .init(
                unixSocketPath: address.host + "/.s.PGSQL.\(address.port)", username: address.user,
                password: password, database: address.database)
        } else {
            configuration = .init(
                host: address.host, port: address.port, username: address.user, password: password,
                database: address.database, tls: try Self.tls(address.tls))
        }
        configuration.options.connectTimeout = Self.connectTimeout
        self.configuration = configuration
    }

    /// As libpq's sslmode: `prefer` uses TLS when the server offers it, `require` insists;
    /// neither checks the certificate (that is libpq's verify-ca, not offered here).
    private static func tls(_ mode: DatabaseAddress.TLSMode) throws(ServerProblem) -> PostgresConnection.Configuration.TLS {
        guard mode != .disable else { return .disable }
        var settings = TLSConfiguration.makeClientConfiguration()
        settings.certificateVerification = .none
        do {
            let context = try NIOSSLContext(configuration: settings)
            return mode == .require ? .require(context) : .prefer(context)
        } catch {
            throw .other(code: "TLS", message: "\(error)")
        }
    }

    /// Connects, waiting for the server's answer: the first connection of a command or a
    /// dashboard, whose failure is the command's error.
    func connect() throws(ServerProblem) {
        let future = PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
            id: Int.random(in: 1...Int(Int32.max)), logger: Self.logger)
        do {
            install(try future.wait())
        } catch {
            throw ServerErrors.problem(error, address: address, committing: false, connecting: true)
        }
    }

    /// Runs one statement and returns its rows. `committing` says the statement is COMMIT,
    /// whose loss leaves it unknown whether the server kept the change.
    @discardableResult
    func run(_ query: PostgresQuery, committing: Bool = false) throws(ServerProblem) -> PostgresQueryResult {
        guard let connection = state.withLockedValue({ $0.connection }) else {
            throw committing ? .outcomeUnknown : .connectionLost
        }
        do {
            return try answer(to: connection.query(query, logger: Self.logger), on: connection).wait()
        } catch {
            throw ServerErrors.problem(error, address: address, committing: committing)
        }
    }

    /// How long a statement may go unanswered before the connection is given up as lost: far
    /// beyond any save (milliseconds) or a push of a large plan, short of a hung terminal.
    static let answerTimeout = TimeAmount.seconds(60)

    /// The query's answer, or a failure when the connection closes first or the server stays
    /// silent past `answerTimeout`. A query written just as the connection closes is never
    /// answered by postgres-nio (its write fails with no one to tell), and a blocked caller
    /// must never wait for ever; whichever comes first completes the wait, once.
    private func answer(to query: EventLoopFuture<PostgresQueryResult>, on connection: PostgresConnection) -> EventLoopFuture<PostgresQueryResult> {
        let promise = connection.eventLoop.makePromise(of: PostgresQueryResult.self)
        let settled = NIOLockedValueBox(false)
        let settle: @Sendable (Result<PostgresQueryResult, any Error>) -> Void = { result in
            guard settled.withLockedValue({ done in defer { done = true }; return !done }) else { return }
            promise.completeWith(result)
        }
        // Told when the connection closes (see `install`); forgotten once answered.
        let ticket = state.withLockedValue { state -> Int in
            state.nextTicket += 1
            state.waiting[state.nextTicket] = { settle(.failure(ChannelError.ioOnClosedChannel)) }
            return state.nextTicket
        }
        let timeout = connection.eventLoop.scheduleTask(in: Self.answerTimeout) {
            settle(.failure(ChannelError.ioOnClosedChannel))
            let _: EventLoopFuture<Void> = connection.close()
        }
        query.whenComplete { [state] result in
            timeout.cancel()
            state.withLockedValue { _ = $0.waiting.removeValue(forKey: ticket) }
            settle(result)
        }
        if connection.isClosed { settle(.failure(ChannelError.ioOnClosedChannel)) }
        return promise.futureResult
    }

    /// Asks the server to report every save of `plan` (LISTEN), now and after reconnecting.
    func watch(plan: Int) throws(ServerProblem) {
        state.withLockedValue { $0.watched = plan }
        try run(PostgresQuery(unsafeSQL: "LISTEN \(Self.channel)"))
    }

    /// What happened since the last call; while the connection is lost, also starts the
    /// next attempt to reconnect when one is due (in the background: this never blocks).
    func event() -> Event {
        let (event, retry) = state.withLockedValue { state -> (Event, Bool) in
            if state.lost {
                let due = !state.reconnecting && !state.closed
                    && state.lastAttempt.map { NIODeadline.now() - $0 >= Self.retryInterval } ?? true
                if due {
                    state.reconnecting = true
                    state.lastAttempt = .now()
                }
                if !state.lostReported {
                    state.lostReported = true
                    return (.lost, due)
                }
                return (.quiet, due)
            }
            if state.restored {
                state.restored = false
                state.notified = false
                return (.restored, false)
            }
            if state.notified {
                state.notified = false
                return (.notified, false)
            }
            return (.quiet, false)
        }
        if retry { reconnect() }
        return event
    }

    /// Whether the connection is up now.
    var isConnected: Bool { state.withLockedValue { $0.connection != nil } }

    /// Closes the connection; the link is not used again.
    func close() {
        let connection = state.withLockedValue { state -> PostgresConnection? in
            state.closed = true
            defer { state.connection = nil }
            return state.connection
        }
        _ = try? connection?.close().wait()
    }

    /// Makes `connection` the one queries use, and watches it: its closing marks the link
    /// lost, its notifications for the watched plan mark it notified.
    private func install(_ connection: PostgresConnection) {
        let serial = state.withLockedValue { state -> Int in
            state.serial += 1
            state.connection = connection
            state.lost = false
            return state.serial
        }
        connection.closeFuture.whenComplete { [state] _ in
            let unanswered = state.withLockedValue { state -> [@Sendable () -> Void] in
                guard state.serial == serial else { return [] }
                defer { state.waiting = [:] }
                if !state.closed {
                    state.connection = nil
                    state.lost = true
                    state.lostReported = false
                    state.restored = false
                }
                return Array(state.waiting.values)
            }
            unanswered.forEach { $0() }
        }
        connection.addListener(channel: Self.channel) { [state] _, notification in
            state.withLockedValue { state in
                if let plan = state.watched, notification.payload == String(plan) { state.notified = true }
            }
        }
    }

    /// One attempt to connect again, entirely on the event loop; on success the link is
    /// restored (with LISTEN again when a plan is watched), on failure the next `event()`
    /// after the retry interval tries again.
    private func reconnect() {
        let loop = MultiThreadedEventLoopGroup.singleton.any()
        let watched = state.withLockedValue { $0.watched }
        PostgresConnection.connect(
            on: loop, configuration: configuration, id: Int.random(in: 1...Int(Int32.max)), logger: Self.logger
        ).flatMap { connection -> EventLoopFuture<PostgresConnection> in
            guard watched != nil else { return loop.makeSucceededFuture(connection) }
            return connection.query(PostgresQuery(unsafeSQL: "LISTEN \(Self.channel)"), logger: Self.logger).map { _ in connection }
        }.whenComplete { [self] result in
            switch result {
            case .success(let connection):
                let closed = state.withLockedValue { $0.closed }
                guard !closed else {
                    let _: EventLoopFuture<Void> = connection.close()
                    return
                }
                install(connection)
                state.withLockedValue { state in
                    state.reconnecting = false
                    state.restored = true
                }
            case .failure:
                state.withLockedValue { $0.reconnecting = false }
            }
        }
    }
}
