import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel

#if canImport(Glibc)
import Glibc
#endif

/// `taizhang-bench generate`: one synthetic ledger that `taizhang --ledger PATH` opens.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write a deterministic synthetic ledger.")

    @Option(help: "How many tasks.") var tasks: Int
    @Option(help: "How many units (default: 15 up to 100 tasks, 200 up to 1,000, else 2,000).") var units: Int?
    @Option(help: "The seed; the same seed gives the same file.") var seed: UInt64 = 2022
    @Option(help: ArgumentHelp("Where to write the ledger.", valueName: "path")) var out: String
    @Flag(help: "Replace a file that exists.") var force = false

    func validate() throws {
        guard tasks > 0 else { throw ValidationError("--tasks must be at least 1") }
        if let units, units < 1 { throw ValidationError("--units must be at least 1") }
    }

    func run() throws {
        let ledger = LedgerGenerator(tasks: tasks, units: units ?? Sizes.defaultUnits(forTasks: tasks), seed: seed).make()
        if force { unlink(out) }
        try LedgerFile.create(ledger, at: out)
        print(Self.summary(ledger, path: out))
    }

    static func summary(_ ledger: Ledger, path: String) -> String {
        let plan = ledger.plan
        var units: Set<String> = []
        for task in plan.tasks { for unit in task.units { units.insert(unit.name) } }
        var info = stat()
        let bytes = stat(path, &info) == 0 ? Int(info.st_size) : 0
        let done = plan.tasks.filter { $0.status == .done }.count
        let doing = plan.tasks.filter { $0.status == .doing }.count
        let notes = plan.tasks.reduce(0) { $0 + $1.notes.count }
        return "\(path): \(plan.tasks.count) tasks, \(units.count) units named, \(plan.areas.count) areas, "
            + "\(plan.sectionCount) sections; \(done) done, \(doing) in progress; \(notes) notes, "
            + "\(ledger.history.count) history entries; \(bytes) bytes"
    }
}
