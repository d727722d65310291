import TaizhangScreen
import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangDashboard
import TaizhangModel

#if canImport(Glibc)
import Glibc
#endif

/// `taizhang-bench measure`: every measure at one size, in a process of its own so its peak
/// memory is the ledger's alone. `run` starts one per size and reads its lines:
/// `sample<TAB>name<TAB>median ns<TAB>p95 ns<TAB>count` and `fact<TAB>name<TAB>value`.
struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure", abstract: "Measure one ledger (used by run; prints tab-separated lines).")

    @Option(help: ArgumentHelp("The ledger to measure.", valueName: "path")) var ledger: String
    @Option(help: "Samples for each key.") var `repeat`: Int = 200
    @Option(help: "Samples for load, save, import and the workload recount.") var heavyRepeat: Int = 7
    @Option(help: ArgumentHelp("A folder for the save target.", valueName: "path")) var scratch: String = "/tmp"

    func run() throws {
        // Peak memory first, before any benchmark has held two ledgers at once: what
        // opening the dashboard on this ledger costs, read as its store reads it (in pieces
        // from 1 MiB), without the migration a schema-3 file would get.
        var store = LedgerStore(path: ledger)
        guard let opened = try store.loadForReading() else { throw BenchError("no ledger at \(ledger)") }
        let state = DashboardState(ledger: opened, ledgerPath: ledger, width: KeyBenchmarks.width, height: KeyBenchmarks.height, today: KeyBenchmarks.today)
        keep(Renderer.render(state))
        emitFact("peak RSS after open + first frame (KiB)", Self.peakKiB())
        // Then what the dashboard makes next on a large plan: the search index, on a second
        // thread after the first frame. The dashboard's peak is this one.
        if let preparation = state.searchToPrepare {
            keep(preparation.make())
        }
        emitFact("peak RSS with the search index made (KiB)", Self.peakKiB())
        emitFact("tasks", opened.plan.tasks.count)

        let heavy = Stopwatch(warmUp: 1, samples: heavyRepeat)
        let keys = Stopwatch(warmUp: min(20, max(1, `repeat` / 10)), samples: `repeat`)
        let files = FileBenchmarks(heavy: heavy)
        var all: [Samples] = []
        all += try files.load(path: ledger)
        all.append(try files.loadJournaled(opened, folder: scratch))
        all += try files.save(opened, folder: scratch)
        all += files.importing(opened)
        let keyBench = KeyBenchmarks(stopwatch: keys)
        all += keyBench.run(opened)
        all.append(keyBench.firstSearch(opened, heavy: heavy))
        all += keyBench.workload(opened, heavy: heavy)
        for samples in all {
            print("sample\t\(samples.name)\t\(samples.median)\t\(samples.p95)\t\(samples.nanoseconds.count)")
        }
        emitFact("peak RSS of the whole measure run (KiB)", Self.peakKiB())
    }

    private func emitFact(_ name: String, _ value: Int) {
        print("fact\t\(name)\t\(value)")
    }

    /// ru_maxrss: the resident-set high-water mark, in KiB on Linux.
    /// The peak resident memory of this program image (VmHWM). Not `getrusage`'s maxrss:
    /// Linux carries that across exec, so a `measure` started by `run` reported the peak of
    /// `run` itself, which had just generated the ledger (76 MiB at 10,000 tasks, when the
    /// open took 49).
    static func peakKiB() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        {
            return kib
        }
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss)
    }
}
