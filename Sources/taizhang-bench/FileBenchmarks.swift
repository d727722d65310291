import TaizhangScreen
import TaizhangImport
import TaizhangStore
import TaizhangDashboard
import TaizhangModel

/// Load, save and import at one size. Load is what `taizhang` does before its first frame:
/// read the bytes, decode them, build the DashboardState (index, workload, navigator, the
/// task rows) and render the frame; each step is also timed alone so a slow total can be
/// traced to its step.
struct FileBenchmarks {
    var heavy: Stopwatch

    func load(path: String) throws -> [Samples] {
        var results: [Samples] = []
        results.append(heavy.measure("load: read + decode + index (state) + first render") {
            do {
                guard let ledger = try LedgerFile.read(path) else { return }
                let state = DashboardState(ledger: ledger, ledgerPath: path, width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today)
                keep(Renderer.render(state))
            } catch {
                preconditionFailure("cannot read \(path): \(error)")
            }
        })
        guard let bytes = try LedgerFile.readBytes(path) else { throw BenchError("no ledger at \(path)") }
        results.append(heavy.measure("  read bytes") { keep(try? LedgerFile.readBytes(path)) })
        results.append(heavy.measure("  decode (parse + check)") { keep(try? LedgerDecoding.ledger(from: bytes, path: path)) })
        let ledger = try LedgerDecoding.ledger(from: bytes, path: path)
        results.append(heavy.measure("  index: DashboardState.init") {
            keep(DashboardState(ledger: ledger, ledgerPath: path, width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today))
        })
        let state = DashboardState(ledger: ledger, ledgerPath: path, width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today)
        results.append(heavy.measure("  first render") { keep(Renderer.render(state)) })
        return results
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
        return results
    }

    func importing(_ ledger: Ledger) -> [Samples] {
        var results = [heavy.measure("import: seed plan text (57 tasks)") { keep(try? PlanImporter.importText(BundledPlan.text)) }]
        let text = PlanTextWriter.text(of: ledger.plan, frontMatter: PlanTextWriter.seedFrontMatter())
        results.append(heavy.measure("import: synthetic plan text (\(ledger.plan.tasks.count) tasks)") {
            keep(try? PlanImporter.importText(text))
        })
        return results
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
