@testable import TaizhangImport
import Foundation
import Testing
import TaizhangModel

/// `TAIZHANG_DEBUG_PLAN=<folder> swift test --filter CorpusDebug` prints every reading of one
/// corpus plan with its tasks, for working on the importer (`TAIZHANG_DEBUG_FILE=<path>` does
/// the same for any file); without either it does nothing but check the corpus is there.
@Suite struct CorpusDebug {
    @Test func printReadings() throws {
        let environment = ProcessInfo.processInfo.environment
        let text: [UInt8]
        if let path = environment["TAIZHANG_DEBUG_FILE"] {
            text = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } else if let plan = environment["TAIZHANG_DEBUG_PLAN"] {
            text = try CorpusFacts.load(plan).text
        } else {
            #expect(!CorpusFacts.plans().isEmpty)
            return
        }
        if environment["TAIZHANG_DEBUG_PIECES"] != nil {
            let pieces = FlowReader.gather(TextTokenizer.lines(String(decoding: text, as: UTF8.self)))
            print("ROLES \(LevelRoles.decide(pieces).roles)")
            for piece in pieces { print("PIECE \(piece.line) \(piece.kind) \(piece.text.text.prefix(24)) +\(piece.more.count)".prefix(200)) }
        }
        if environment["TAIZHANG_DEBUG_CELLS"] != nil {
            let source = String(decoding: text, as: UTF8.self)
            let grid = source.contains("|") ? TextTokenizer.pipes(source) : TextTokenizer.stream(source)
            for cell in grid.cells { print("CELL \(cell.line) \(cell.boundary) \(cell.text.prefix(20))") }
            for entry in TableReader.read(grid, limits: ImportLimits(), headerless: true) ?? [] {
                if case .units(let phrase, _, _) = entry {
                    print("ENTRY units " + phrase.units.map { "\($0.name):\($0.role.rawValue)" }.joined(separator: " "))
                } else {
                    print("ENTRY \(entry)".prefix(160))
                }
            }
        }
        for reading in try PlanImporter.readings(text, fileName: "plan.txt", options: ImportOptions()) {
            print("== \(reading.name) score \(reading.score.value)")
            for area in reading.result.plan.areas {
                print("  AREA \(area.number) \(area.title) \(area.sections.map(\.title))")
            }
            for task in reading.result.plan.tasks {
                let units = task.units.map { "\($0.name):\($0.role.rawValue)" }.joined(separator: " ")
                print("  \(task.number) [\(task.label ?? "-")] a\(task.area) s\(task.section.map(String.init) ?? "-") \(task.text.prefix(16)) | \(units) | \(task.people) | \(task.deadline?.phrase ?? "-")\(task.unitsInherited ? " INHERITED" : reading.result.filledDown.contains(task.number) ? " FILLED" : "")")
            }
            for warning in reading.result.warnings.prefix(12) { print("  ! \(warning.line) \(warning.kind)") }
        }
    }
}
