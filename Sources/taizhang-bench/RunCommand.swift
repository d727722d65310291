import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel

#if canImport(Glibc)
import Glibc
#endif

/// `taizhang-bench run`: generates a ledger per size, measures each in its own process and
/// prints the markdown tables of BENCHMARKS.md, then the targets met or missed.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Measure every size and print markdown tables.")

    @Option(help: "Task counts, comma-separated.") var sizes: String = "57,1000,10000,100000"
    @Option(help: "Samples for each key.") var `repeat`: Int = 200
    @Option(help: "Samples for load, save, import and the workload recount.") var heavyRepeat: Int = 7
    @Option(help: "The generator's seed.") var seed: UInt64 = 2022
    @Option(help: ArgumentHelp("Where the generated ledgers go.", valueName: "path")) var dir: String = "/tmp/taizhang-bench"

    func run() throws {
        let reports = try Self.measure(sizes: Sizes.parse(sizes), seed: seed, dir: dir, repeat: `repeat`, heavyRepeat: heavyRepeat) { report in
            print(report.markdown)
        }
        print(Targets.markdown(reports))
    }

    /// Generates and measures each size; `each` sees every report as soon as it is ready.
    static func measure(sizes: [Int], seed: UInt64, dir: String, repeat: Int, heavyRepeat: Int, each: (SizeReport) -> Void) throws -> [SizeReport] {
        mkdir(dir, 0o700)
        var reports: [SizeReport] = []
        for tasks in sizes {
            let units = Sizes.defaultUnits(forTasks: tasks)
            let path = "\(dir)/ledger-\(tasks).json"
            unlink(path)
            try LedgerFile.create(LedgerGenerator(tasks: tasks, units: units, seed: seed).make(), at: path)
            var info = stat()
            stat(path, &info)
            var report = SizeReport(tasks: tasks, units: units, fileBytes: Int(info.st_size))
            report.read(try Child.run([
                "measure", "--ledger", path, "--repeat", String(`repeat`), "--heavy-repeat", String(heavyRepeat), "--scratch", dir,
            ]))
            each(report)
            reports.append(report)
        }
        return reports
    }
}
