import ArgumentParser
import Foundation
import TaizhangImport
import TaizhangModel
import TaizhangPostgres
import TaizhangStore

/// `taizhang-bench writers URL`: changes per second on a shared ledger in PostgreSQL, with
/// several writers saving at once (BENCHMARKS.md). Each writer is a connection of its own on
/// a thread of its own, saving every change at once as the command line does: even changes
/// add a note (on tasks every writer writes on), odd ones step the status of a task no other
/// writer touches. Afterwards the plan is read back and checked: every note there once, and
/// the rows equal to the history followed from the start.
struct WritersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "writers", abstract: "Changes per second for concurrent writers on a PostgreSQL ledger.",
        discussion: "The plan named in URL must not exist yet: it is made from the bundled plan. Password from PGPASSWORD or ~/.pgpass.")

    @Argument(help: ArgumentHelp("postgresql://USER@HOST[:PORT]/DB?plan=NAME (a new plan name).", valueName: "url")) var url: String
    @Option(help: "Writers saving at once.") var writers = 8
    @Option(help: "Changes each writer saves.") var changes = 250

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let address = try DatabaseAddress.parse(url, environment: environment)
        _ = try LedgerAdmin.initialize(address, environment: environment)
        _ = try LedgerAdmin.push(.bundled(), to: address, environment: environment)
        let version = try LedgerAdmin.serverVersion(address, environment: environment)
        let results = Results(writers: writers)
        let group = DispatchGroup()
        let started = ContinuousClock.now
        for writer in 0..<writers {
            group.enter()
            let changes = self.changes
            Thread {
                results.finish(writer, Result { try Self.write(writer, changes: changes, address: address, environment: environment) })
                group.leave()
            }.start()
        }
        group.wait()
        let elapsed = ContinuousClock.now - started
        let latencies = try results.latencies().sorted()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let total = writers * changes
        var store = try PostgresStore.connect(address, environment: environment)
        defer { store.close() }
        guard let final = try store.read() else { throw ValidationError("the plan is gone") }
        var replayed = Ledger.bundled()
        try replayed.follow(final.history)
        let notes = final.plan.tasks.flatMap(\.notes).count
        let consistent = replayed.plan == final.plan && final.history.count == total && notes == total / 2 + (writers * (changes % 2))
        func millis(_ quantile: Double) -> String {
            guard !latencies.isEmpty else { return "-" }
            return String(format: "%.1f", latencies[min(latencies.count - 1, Int(Double(latencies.count) * quantile))] * 1000)
        }
        print("| writers | changes | seconds | changes/s | save p50 ms | save p95 ms | checked |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        print("| \(writers) | \(total) | \(String(format: "%.2f", seconds)) | \(String(format: "%.0f", Double(total) / seconds)) | \(millis(0.5)) | \(millis(0.95)) | \(consistent ? "all kept once, rows = history" : "MISMATCH") |")
        print("")
        print("server: PostgreSQL \(version) at \(address.host):\(address.port); machine: \(Self.machine())")
        if !consistent { throw ExitCode.failure }
    }

    /// One writer's changes, each saved at once; the seconds each save took.
    static func write(_ writer: Int, changes: Int, address: DatabaseAddress, environment: [String: String]) throws -> [Double] {
        var store = try PostgresStore.connect(address, environment: environment)
        defer { store.close() }
        var ledger = try store.open(creatingWith: nil).ledger
        var latencies: [Double] = []
        let tasks = ledger.plan.tasks.count
        for change in 0..<changes {
            let stamp = Stamp(at: "2026-11-27T10:00:00+08:00", by: "w\(writer)")
            if change.isMultiple(of: 2) {
                try ledger.apply(.addNote(task: change % tasks + 1, text: "w\(writer)-\(change)"), stamp: stamp)
            } else {
                let index = (tasks - 1 - writer % tasks)
                try ledger.apply(.status(task: ledger.plan.tasks[index].number, to: ledger.plan.tasks[index].status.next), stamp: stamp)
            }
            let start = ContinuousClock.now
            ledger = try store.save(ledger).ledger
            let took = ContinuousClock.now - start
            latencies.append(Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18)
        }
        return latencies
    }

    /// `uname -m`, the CPU model and how many cores this process may use.
    static func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        var names = utsname()
        uname(&names)
        let architecture = withUnsafeBytes(of: names.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return "\(architecture), \(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores"
    }

    /// What the writer threads report, under a lock.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [Int: Result<[Double], any Error>] = [:]
        let writers: Int

        init(writers: Int) { self.writers = writers }

        func finish(_ writer: Int, _ outcome: Result<[Double], any Error>) {
            lock.withLock { outcomes[writer] = outcome }
        }

        /// Every save's time; the first writer's failure, if one failed.
        func latencies() throws -> [Double] {
            try lock.withLock { try (0..<writers).flatMap { try outcomes[$0]?.get() ?? [] } }
        }
    }
}
