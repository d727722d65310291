import TaizhangScreen
import TaizhangImport
import TaizhangStore
import TaizhangDashboard
import TaizhangModel
#if canImport(Glibc)
import Glibc
#endif

/// Load, save and import at one size. Load is what `taizhang` does before its first frame:
/// read the bytes, decode them, build the DashboardState (index, workload, navigator, the
/// task rows) and render the frame; each step is also timed alone so a slow total can be
/// traced to its step.
struct FileBenchmarks {
    var heavy: Stopwatch

    func load(path: String) throws -> [Samples] {
        var results: [Samples] = []
        results.append(heavy.measure("load: read + decode + index (state) + first render") { Self.openAndDraw(path) })
        guard let bytes = try LedgerFile.readBytes(path) else { throw BenchError("no ledger at \(path)") }
        results.append(heavy.measure("  read bytes") { keep(try? LedgerFile.readBytes(path)) })
        // With its journal: a ledger saved once keeps its history there (schema 5), and the
        // file alone is refused ("journal not read").
        results.append(heavy.measure("  decode (parse + check)") { keep(try? LedgerFile.decode(bytes, path: path)) })
        let ledger = try LedgerFile.decode(bytes, path: path).ledger
        results.append(heavy.measure("  index: DashboardState.init") {
            keep(DashboardState(ledger: ledger, ledgerPath: path, width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today))
        })
        let state = DashboardState(ledger: ledger, ledgerPath: path, width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today)
        results.append(heavy.measure("  first render") { keep(Renderer.render(state)) })
        return results
    }

    /// What the dashboard does before its first frame: read the ledger (with its journal),
    /// build the state, render.
    static func openAndDraw(_ path: String) {
        do {
            // As the dashboard's store opens it: in pieces from 1 MiB.
            var store = LedgerStore(path: path)
            guard let ledger = try store.loadForReading() else { return }
            let state = DashboardState(ledger: ledger, ledgerPath: path, width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today)
            keep(Renderer.render(state))
        } catch {
            preconditionFailure("cannot read \(path): \(error)")
        }
    }

    /// Load of the same ledger as a dashboard leaves it after its first save: schema 5, the
    /// file holding the present state and the history in the journal beside it (the
    /// generator's ledgers are schema 3, history inside). The journal is read on a second
    /// thread while the file is decoded.
    func loadJournaled(_ ledger: Ledger, folder: String) throws -> Samples {
        let target = folder + "/journaled-target.json"
        try? removeLedger(at: target)
        try LedgerFile.create(ledger, at: target)
        var store = LedgerStore(path: target)
        _ = try store.save(try store.load().ledger)
        let samples = heavy.measure("load as a dashboard leaves it: schema 5, file + journal") { Self.openAndDraw(target) }
        try? removeLedger(at: target)
        return samples
    }

    /// Save as the dashboard does after every change: encode, write a temporary file, fsync,
    /// rename, fsync the folder. The fsyncs make this depend on the disk and its neighbours.
    func save(_ ledger: Ledger, folder: String) throws -> [Samples] {
        let target = folder + "/save-target.json"
        var results = [heavy.measure("save: encode + atomic write (fsync)") {
            do {
                try LedgerFile.save(ledger, to: target)
            } catch {
                preconditionFailure("cannot save to \(target): \(error)")
            }
        }]
        results.append(heavy.measure("  encode only") { keep(LedgerEncoding.bytes(ledger)) })
        results.append(try storeSave(ledger, folder: folder, pace: .whenIdle))
        results.append(try storeSave(ledger, folder: folder, pace: .now))
        return results
    }

    /// What a save of one status change costs through the store, under the lock: as the
    /// dashboard saves (`.whenIdle`: the history line appended to the journal's tail and
    /// flushed; at a small ledger the file is rewritten all the same), and as a command saves
    /// or the dashboard's checkpoint writes (`.now`: also the backup of the previous version
    /// and the ledger file rewritten without its history, flushed).
    func storeSave(_ ledger: Ledger, folder: String, pace: SavePace) throws -> Samples {
        let target = folder + "/store-target.json"
        try? removeLedger(at: target)
        try LedgerFile.create(ledger, at: target)
        var store = LedgerStore(path: target)
        var current = try store.load().ledger
        // The first save moves the history out of the file into its journal.
        current = try store.save(current).ledger
        let task = current.plan.tasks[current.plan.tasks.count / 2].number
        var second = 0
        let label = pace == .whenIdle ? Self.dashboardSave : "save one status change: command or checkpoint (lock, backup, append, file rewritten)"
        let samples = heavy.measure(label) {
            second += 1
            let status: TaskStatus = current.plan.tasks.first { $0.number == task }?.status == .done ? .doing : .done
            do {
                try current.apply(.status(task: task, to: status), stamp: Stamp(at: "2026-01-05T10:\(second / 60 % 60 < 10 ? "0" : "")\(second / 60 % 60):\(second % 60 < 10 ? "0" : "")\(second % 60)+08:00", by: "bench"))
                current = try store.save(current, pace: pace).ledger
            } catch {
                preconditionFailure("cannot save \(target): \(error)")
            }
        }
        try? removeLedger(at: target)
        return samples
    }

    static let dashboardSave = "save one status change: dashboard (lock, journal tail append)"

    /// The ledger, its journals and its backups.
    private func removeLedger(at target: String) throws {
        let folder = String(target[..<(target.lastIndex(of: "/") ?? target.startIndex)])
        let name = String(target[target.index(after: target.lastIndex(of: "/") ?? target.startIndex)...])
        let stem = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
        for entry in (try? FileManagerLite.list(folder)) ?? [] where entry == name || entry.hasPrefix(stem + ".history-") {
            unlink(folder + "/" + entry)
        }
        let backups = folder + "/." + name + ".backups"
        for entry in (try? FileManagerLite.list(backups)) ?? [] { unlink(backups + "/" + entry) }
        rmdir(backups)
    }

    func importing(_ ledger: Ledger) -> [Samples] {
        var results = [heavy.measure("import: seed plan text (57 tasks)") { keep(try? PlanImporter.importText(BundledPlan.text)) }]
        let text = PlanTextWriter.text(of: ledger.plan, frontMatter: PlanTextWriter.seedFrontMatter())
        results.append(heavy.measure("import: synthetic plan text (\(ledger.plan.tasks.count) tasks)") {
            keep(try? PlanImporter.importText(text))
        })
        // The same text with its line breaks lost, as some copied pages give it: every reader
        // that looks for where a task or a field starts looks along one line. A reader that
        // looks back along the line at each step shows here first (one did: 2 minutes for a
        // 929 KB page). Up to 1,000 tasks (300 KB); larger ones take the time limit's seconds.
        if ledger.plan.tasks.count <= 1_000 {
            let oneLine = String(text.filter { $0 != "\n" })
            results.append(heavy.measure("import: synthetic plan text on one line (\(oneLine.utf8.count / 1024) KiB)") {
                keep(try? PlanImporter.importText(oneLine))
            })
        }
        return results
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A folder's names, without Foundation.
enum FileManagerLite {
    static func list(_ folder: String) throws -> [String] {
        guard let dir = opendir(folder) else { throw BenchError("cannot list \(folder)") }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
