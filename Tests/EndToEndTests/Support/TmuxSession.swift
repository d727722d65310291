import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One `taizhang` running in its own tmux server, for driving the dashboard like a person
/// at a terminal. Every session has its own socket (inside its scratch folder, via
/// TMUX_TMPDIR) so tests can run side by side, and the program runs inside
/// `sh -c '…; echo EXIT=$?; sleep …'` so a test can read the exit status and see what the
/// terminal looks like after the program gave it back.
///
/// Call `kill()` in a `defer` right after creating it.
final class TmuxSession {
    let scratch: ScratchFolder
    let socket: String
    /// The ledger the program was given through TAIZHANG_LEDGER.
    let ledger: String

    /// Starts `taizhang arguments…` in a detached `width`×`height` session. The program gets a
    /// clean environment (`env -i`): PATH, HOME in the scratch folder, LANG=C.UTF-8,
    /// TERM=xterm-256color, USER and TAIZHANG_LEDGER, each overridable through `environment`
    /// (an empty value leaves the variable unset).
    convenience init(
        scratch: ScratchFolder, width: Int = 100, height: Int = 30, arguments: [String] = [],
        environment: [String: String] = [:], ledger: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let binary = try BuiltBinary.path(sourceLocation: sourceLocation)
        let script = ([binary] + arguments).map(Self.quote).joined(separator: " ")
            + "; echo EXIT=$?; sleep 60"
        try await self.init(
            scratch: scratch, width: width, height: height, command: ["sh", "-c", script],
            environment: environment, ledger: ledger, sourceLocation: sourceLocation)
    }

    /// Starts an interactive `sh` in the pane instead of the program, with the same clean
    /// environment, for tests that type a command line (`shellCommand`) as a person would.
    convenience init(
        shellIn scratch: ScratchFolder, width: Int = 100, height: Int = 30,
        environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try await self.init(
            scratch: scratch, width: width, height: height, command: ["sh"],
            environment: environment, ledger: nil, sourceLocation: sourceLocation)
    }

    /// Starts `command` (after `env -i` and the environment) in a detached session.
    init(
        scratch: ScratchFolder, width: Int, height: Int, command: [String],
        environment: [String: String], ledger: String?, sourceLocation: SourceLocation
    ) async throws {
        self.scratch = scratch
        self.socket = "tz" + UUID().uuidString.prefix(8).lowercased()
        self.ledger = ledger ?? scratch.ledger
        var programEnvironment = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": scratch.home,
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
            "USER": CommandLineRun.user,
            "TAIZHANG_LEDGER": self.ledger,
        ]
        programEnvironment.merge(environment) { _, new in new }
        // An empty value means "unset": `env -i` then leaves the variable out altogether.
        let settings = programEnvironment.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        let paneCommand = (["env", "-i"] + settings.map { "\($0.key)=\($0.value)" } + command)
            .map(Self.quote).joined(separator: " ")
        let result = try await tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "-s", "main", paneCommand],
                                    sourceLocation: sourceLocation)
        try #require(result.status == 0, "tmux new-session failed: \(result.stderr)", sourceLocation: sourceLocation)
    }

    /// Ends the tmux server and everything running in it.
    func kill() {
        let environment = tmuxEnvironment
        guard let pid = try? ChildProcess.spawn(
            "/usr/bin/env", ["tmux", "-L", socket, "kill-server"], environment: environment,
            directory: scratch.path, stdout: "/dev/null", stderr: "/dev/null")
        else { return }
        // tmux answers at once; wait for it briefly, then give up rather than hang a test.
        for _ in 0..<500 {
            if ChildProcess.poll(pid) != nil { return }
            usleep(10_000)
        }
        _ = ChildProcess.killAndReap(pid)
    }

    /// The environment tmux itself runs with: UTF-8 so wide characters are kept, its
    /// socket folder inside the scratch folder, no config file from the machine.
    private var tmuxEnvironment: [String: String] {
        [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": scratch.home,
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
            "TMUX_TMPDIR": scratch.path,
        ]
    }

    @discardableResult
    func tmux(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) async throws -> RunResult {
        try await CommandLineRun.run(
            "/usr/bin/env", ["tmux", "-f", "/dev/null", "-L", socket] + arguments,
            environment: tmuxEnvironment, scratch: scratch, directory: scratch.path, sourceLocation: sourceLocation)
    }

    /// The visible screen, one string per row (tmux drops trailing blanks). `joined` joins
    /// rows that the terminal wrapped, so a long message reads as the one line it was.
    func capture(joined: Bool = false) async throws -> [String] {
        let result = try await tmux(["capture-pane", "-p"] + (joined ? ["-J"] : []) + ["-t", "main"])
        var lines = result.stdout.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Sends tmux key names (`j`, `Space`, `Enter`, `Escape`, `Tab`).
    func press(_ keys: String...) async throws {
        try await tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Types text literally, as pasted keystrokes.
    func type(_ text: String) async throws {
        try await tmux(["send-keys", "-t", "main", "-l", text])
    }

    func resize(width: Int, height: Int) async throws {
        try await tmux(["resize-window", "-t", "main", "-x", String(width), "-y", String(height)])
    }

    /// Sends raw bytes to the program, as a terminal would (`send-keys -H`): mouse reports,
    /// escape sequences.
    func sendBytes(_ bytes: [UInt8]) async throws {
        try await tmux(["send-keys", "-t", "main", "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// Many `resize-window` commands in one tmux client call (tmux runs a `;`-separated
    /// list in order), so a storm of resizes reaches the program as fast as tmux can make them.
    func resize(through sizes: [(width: Int, height: Int)]) async throws {
        var arguments: [String] = []
        for (index, size) in sizes.enumerated() {
            if index > 0 { arguments.append(";") }
            arguments += ["resize-window", "-t", "main", "-x", String(size.width), "-y", String(size.height)]
        }
        let result = try await tmux(arguments)
        #expect(result.status == 0, "tmux resize-window failed: \(result.stderr)")
    }

    /// A tmux format evaluated for the pane, e.g. `#{mouse_sgr_flag}`.
    func paneFormat(_ format: String) async throws -> String {
        try await tmux(["display-message", "-p", "-t", "main", format]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the pane is showing the alternate screen (a full-screen program is drawing).
    func alternateScreenOn() async throws -> Bool {
        try await tmux(["display-message", "-p", "-t", "main", "#{alternate_on}"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Polls the screen until `condition` holds, and returns that screen. On timeout the test
    /// fails showing the last screen, so a failure says what was there instead.
    ///
    /// With `settled` (the default) the screen must also read the same in two captures in a
    /// row: a capture can land while the program is still writing a frame (title updated,
    /// rows not yet), and a condition on one part must not vouch for the rest.
    ///
    /// The default bound (45 s) only keeps a broken screen from hanging the test: with the
    /// whole suite's tmux servers and builds sharing two cores, a frame that takes
    /// milliseconds alone was seen to take over 15 s. Speed is the benchmark harness's.
    @discardableResult
    func waitFor(
        _ what: String, timeout: Duration = .seconds(45), joined: Bool = false, settled: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation, _ condition: ([String]) -> Bool
    ) async throws -> [String] {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen: [String] = []
        var previous: [String]?
        // The screen is looked at twice more after the deadline (twice: a settled screen
        // needs two captures): on a loaded machine a sleep can itself outlast the bound, and
        // a frame drawn meanwhile must still count.
        var lateLooks = 0
        while lateLooks < 2 {
            if clock.now >= deadline { lateLooks += 1 }
            screen = try await capture(joined: joined)
            if condition(screen) {
                if !settled || screen == previous { return screen }
                previous = screen
                try await Task.sleep(for: .milliseconds(20))
                continue
            }
            previous = nil
            try await Task.sleep(for: .milliseconds(30))
        }
        Issue.record("timed out waiting for \(what); the screen was:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    /// Waits for the dashboard's first frame: the title bar and the tasks pane (its title
    /// bracketed while it has the focus, as it does at start). The bound allows for a
    /// loaded machine, where starting a debug build beside the whole suite was seen to take
    /// over 15 s; it only keeps a broken start from hanging the test.
    @discardableResult
    func waitForDashboard(sourceLocation: SourceLocation = #_sourceLocation) async throws -> [String] {
        try await waitFor("the dashboard", timeout: .seconds(60), sourceLocation: sourceLocation) { screen in
            screen.first?.contains("taizhang") == true && screen.contains { $0.contains("┐┌─ Tasks") || $0.contains("┐┌─[ Tasks") }
        }
    }

    /// Waits for the wrapper's `EXIT=<status>` line and returns the status.
    func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) async throws -> (status: Int, screen: [String]) {
        let screen = try await waitFor("the program to exit", joined: true, sourceLocation: sourceLocation) { screen in
            screen.contains { $0.hasPrefix("EXIT=") }
        }
        let line = screen.first { $0.hasPrefix("EXIT=") }!
        return (try #require(Int(line.dropFirst(5)), sourceLocation: sourceLocation), screen)
    }

    /// The pid of the running `taizhang`: the descendant of the pane's shell named so.
    func programPID(sourceLocation: SourceLocation = #_sourceLocation) async throws -> Int32 {
        let panePID = try #require(
            Int32(try await tmux(["list-panes", "-t", "main", "-F", "#{pane_pid}"]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)),
            sourceLocation: sourceLocation)
        var frontier: Set<Int32> = [panePID]
        var seen: Set<Int32> = []
        while !frontier.isEmpty {
            let processes = Self.processTable()
            let children = processes.filter { frontier.contains($0.parent) && !seen.contains($0.pid) }
            if let program = children.first(where: { $0.name == "taizhang" }) { return program.pid }
            seen.formUnion(frontier)
            frontier = Set(children.map(\.pid))
        }
        Issue.record("no taizhang process under pane pid \(panePID)", sourceLocation: sourceLocation)
        throw TmuxTimeout()
    }

    /// Every process's pid, parent pid and name, from /proc (Linux).
    private static func processTable() -> [(pid: Int32, parent: Int32, name: String)] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> (Int32, Int32, String)? in
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
            else { return nil }
            // pid (comm) state ppid …; comm may itself hold spaces or parentheses.
            let name = String(stat[stat.index(after: open)..<close])
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, let parent = Int32(fields[1]) else { return nil }
            return (pid, parent, name)
        }
    }

    /// Single-quotes a word for sh.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

struct TmuxTimeout: Error {}
