import Foundation
import Testing

/// What one run of a program left behind.
struct RunResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutData: Data
}

/// Runs the built `taizhang` (or any program) the way CI does: no terminal on any standard
/// stream, a clean environment with HOME inside the scratch folder, `LANG=C.UTF-8` and a
/// known USER, so nothing real is read or written and change stamps are predictable.
enum CommandLineRun {
    /// The user name the program records in `statusChanged.by`.
    static let user = "e2e-tester"

    /// The environment every run starts from; `extra` adds to or replaces entries.
    static func environment(_ scratch: ScratchFolder, _ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": scratch.home,
            "LANG": "C.UTF-8",
            "USER": user,
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Runs `taizhang arguments…`. Output goes to files, not pipes, so a large output can
    /// never fill a pipe and deadlock; a run that takes longer than `timeout` is killed and
    /// fails the test. The bound allows for a loaded machine (the whole suite at once on two
    /// shared cores, where a first run was seen to take over 20 s); it promises nothing.
    static func taizhang(
        _ arguments: [String], scratch: ScratchFolder, environment extra: [String: String] = [:],
        executable: String? = nil, directory: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> RunResult {
        let binary = try executable ?? BuiltBinary.path(sourceLocation: sourceLocation)
        return try await run(binary, arguments, environment: environment(scratch, extra), scratch: scratch,
                             directory: directory ?? scratch.path, sourceLocation: sourceLocation)
    }

    /// Spawns with posix_spawn and polls waitpid, rather than Foundation's Process: on Linux,
    /// Process reaps children from a SIGCHLD handler that, with several tests launching
    /// short-lived programs (tmux clients) at once, was seen to miss an exit and leave
    /// `waitUntilExit` spinning forever.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], scratch: ScratchFolder,
        directory: String, timeout: Duration = .seconds(60), sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> RunResult {
        let name = UUID().uuidString
        let outPath = scratch.file("out-\(name)")
        let errPath = scratch.file("err-\(name)")
        defer {
            try? FileManager.default.removeItem(atPath: outPath)
            try? FileManager.default.removeItem(atPath: errPath)
        }
        let pid = try ChildProcess.spawn(
            executable, arguments, environment: environment, directory: directory,
            stdout: outPath, stderr: errPath)
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var status = ChildProcess.poll(pid)
        while status == nil && clock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
            status = ChildProcess.poll(pid)
        }
        if status == nil {
            Issue.record("\(executable) \(arguments) did not finish within \(timeout)", sourceLocation: sourceLocation)
            status = ChildProcess.killAndReap(pid)
        }
        let out = FileManager.default.contents(atPath: outPath) ?? Data()
        let err = FileManager.default.contents(atPath: errPath) ?? Data()
        return RunResult(
            status: status ?? -1,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self),
            stdoutData: out)
    }
}
