import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The throwaway PostgreSQL server the tests use. `scripts/test` starts one on loopback (as a
/// non-root user), hands its URL over in TAIZHANG_TEST_POSTGRES and removes it after. A test
/// that needs it and finds no URL fails with what to do: it never skips silently.
public enum TestPostgres {
    /// No server was handed over.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String {
            """
            TAIZHANG_TEST_POSTGRES is not set: the PostgreSQL tests need the throwaway server that \
            scripts/test starts. Run scripts/test (it installs Debian's postgresql when missing), or \
            start one with `scripts/test-postgres start` and export what `scripts/test-postgres env STATE` prints.
            """
        }
    }

    /// A failure of the control script, with what it printed.
    public struct ScriptFailed: Error, CustomStringConvertible {
        public var description: String
    }

    /// A server and how to log in to it.
    public struct Server: Sendable {
        /// `postgresql://USER@HOST:PORT/DB`, without a plan.
        public let base: String
        public let password: String

        /// The URL of plan `plan`, as the superuser (or `user`, a role made by a test).
        public func url(plan: String, user: String? = nil) -> String {
            var url = base
            if let user, let at = url.firstIndex(of: "@"), let scheme = url.range(of: "://") {
                url.replaceSubrange(scheme.upperBound..<at, with: user)
            }
            return url + "?plan=" + plan
        }

        /// What a program needs to log in as the superuser.
        public var environment: [String: String] { ["PGPASSWORD": password] }
    }

    /// The server scripts/test started; throws `Missing` when there is none.
    public static func server() throws -> Server {
        let environment = ProcessInfo.processInfo.environment
        guard let url = environment["TAIZHANG_TEST_POSTGRES"], !url.isEmpty,
            let password = environment["TAIZHANG_TEST_POSTGRES_PASSWORD"]
        else { throw Missing() }
        return Server(base: url, password: password)
    }

    /// A plan name no other test uses: tests share the server and run side by side.
    public static func planName(_ label: String) -> String {
        label + "-" + UUID().uuidString.prefix(8).lowercased()
    }

    /// The URL of a plan on a port of this machine where no server listens: what a command
    /// meets when the server is down, without stopping one.
    public static func downServerURL() throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ScriptFailed(description: "no socket for a free port") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw ScriptFailed(description: "no free port") }
        // Bound but never listening: a connection to it is refused, as to a stopped server.
        return "postgresql://taizhang@127.0.0.1:\(UInt16(bigEndian: address.sin_port))/taizhang?plan=p"
    }

    /// Runs blocking `work` (a connection waiting for the server, a script waiting for
    /// initdb) on a thread of its own, so that no thread of the concurrency pool — only as
    /// many as there are cores — is held while it waits: other tests' waits go on meanwhile.
    public static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    /// A cluster of a test's own, for tests that stop and start the server: the shared one
    /// must stay up for the tests running beside them. Made with the same script, removed
    /// when released.
    public final class OwnCluster: @unchecked Sendable {
        public let server: Server
        let script: String
        let state: String

        /// Makes and starts the cluster (initdb takes a few seconds, off the pool).
        public static func start() async throws -> OwnCluster {
            _ = try TestPostgres.server()
            guard let script = ProcessInfo.processInfo.environment["TAIZHANG_TEST_POSTGRES_SCRIPT"] else { throw Missing() }
            return try await offThePool { try OwnCluster(script: script) }
        }

        private init(script: String) throws {
            self.script = script
            state = try Self.run(script, ["start"]).trimmingCharacters(in: .whitespacesAndNewlines)
            var url = ""
            var password = ""
            for line in try Self.run(script, ["env", state]).split(separator: "\n") {
                let parts = line.replacingOccurrences(of: "export ", with: "").split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                if parts[0] == "TAIZHANG_TEST_POSTGRES" { url = parts[1] }
                if parts[0] == "TAIZHANG_TEST_POSTGRES_PASSWORD" { password = parts[1] }
            }
            server = Server(base: url, password: password)
        }

        deinit {
            _ = try? Self.run(script, ["remove", state])
        }

        /// Stops the server at once, as a crash or a pulled cable would (`-m immediate`).
        public func stopServer() async throws {
            let (script, state) = (self.script, self.state)
            _ = try await offThePool { try Self.run(script, ["stop-server", state]) }
        }

        public func startServer() async throws {
            let (script, state) = (self.script, self.state)
            _ = try await offThePool { try Self.run(script, ["start-server", state]) }
        }
        /// Runs the control script and returns what it printed; throws when it fails or
        /// takes longer than two minutes.
        static func run(_ script: String, _ arguments: [String]) throws -> String {
            let output = NSTemporaryDirectory() + "tz-pg-" + UUID().uuidString
            defer { unlink(output) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
            let argv = ([script] + arguments).map { strdup($0) } + [nil]
            let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer {
                argv.forEach { free($0) }
                envp.forEach { free($0) }
            }
            var pid: pid_t = 0
            guard posix_spawn(&pid, script, &actions, nil, argv, envp) == 0 else {
                throw ScriptFailed(description: "cannot run \(script)")
            }
            var status: Int32 = 0
            var finished = false
            for _ in 0..<12_000 {
                if waitpid(pid, &status, WNOHANG) == pid {
                    finished = true
                    break
                }
                usleep(10_000)
            }
            if !finished {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
            }
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            guard finished, (status & 0x7f) == 0, (status >> 8) & 0xff == 0 else {
                throw ScriptFailed(description: "\(script) \(arguments.joined(separator: " ")) failed: \(text)")
            }
            return text
        }
    }
}
