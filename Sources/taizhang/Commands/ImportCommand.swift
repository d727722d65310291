import ArgumentParser
import Foundation
import TaizhangModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import a plan document into a new ledger.",
        discussion: "Never overwrites an existing ledger. Prints what was read and every warning to check by hand.")
    @Argument(help: "The plan document (UTF-8 text).") var file: String
    @Option(name: .long, help: ArgumentHelp("The new ledger file (default: the usual ledger location).", valueName: "path"))
    var out: String?
    @Option(name: .long, help: ArgumentHelp("The ledger location to use when --out is not given.", valueName: "path"))
    var ledger: String?

    func run() throws {
        let target = LedgerLocation.resolve(explicit: out ?? ledger, environment: ProcessInfo.processInfo.environment)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandError("cannot read \(file): no such file or not readable")
        }
        let result: ImportResult
        do {
            result = try PlanImporter.importData([UInt8](data))
        } catch {
            throw CommandError("\(file) could not be imported as a plan: \(error)")
        }
        let name = (file as NSString).lastPathComponent
        try LedgerFile.create(Ledger(importing: result, source: name), at: target)
        let plan = result.plan
        let units = Set(plan.tasks.flatMap { $0.units.map(\.name) })
        print("Imported \(name) into \(target)")
        print("  \(plan.areas.count) work areas, \(plan.sectionCount) sections, \(plan.tasks.count) tasks, \(units.count) units")
        if result.warnings.isEmpty {
            print("  no warnings")
        } else {
            print("  \(result.warnings.count) warning\(result.warnings.count == 1 ? "" : "s") to check by hand:")
            for warning in result.warnings {
                print("    line \(warning.line): \(warning.message)")
            }
        }
    }
}
