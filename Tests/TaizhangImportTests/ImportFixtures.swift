@testable import TaizhangImport
import TaizhangStore
import Foundation
import TaizhangModel

/// The fixture plans under Tests/Fixtures/import, and a compact exact form of an import's
/// outcome so each test states every task, unit, role, flag and deadline it expects.
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/import")

    static func bytes(_ name: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))) ?? []
    }

    static func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    static func load(_ name: String, options: ImportOptions = ImportOptions()) throws -> ImportResult {
        try PlanImporter.importDocument(bytes(name), fileName: name, options: options)
    }
}

extension ImportResult {
    /// `一、title` with its sections, one string per area.
    var outline: [String] {
        plan.areas.map { area in
            ([ "\(area.number) \(area.title)" ] + area.sections.map { "  (\($0.number)) \($0.title)" }).joined(separator: "\n")
        }
    }

    /// One line per task: number, area/section, units with roles, inherited mark, deadline,
    /// source line.
    var taskLines: [String] {
        plan.tasks.map { task in
            let units = task.units.map { "\($0.name):\($0.role.rawValue)" }.joined(separator: " ")
            var deadline = "-"
            if let due = task.deadline {
                switch due.kind {
                case .date(let day): deadline = day
                case .recurring(let period): deadline = period.rawValue
                case .ongoing: deadline = "ongoing"
                case .asWritten: deadline = "asWritten"
                }
                deadline += "(\(due.phrase ?? ""))"
            }
            let place = "\(task.area)/\(task.section.map(String.init) ?? "-")"
            let label = task.label.map { "(\($0))" } ?? ""
            return "\(task.number)\(label) \(place) [\(units)]\(task.unitsInherited ? " inherited" : "") \(deadline) @\(task.sourceLine ?? 0)"
        }
    }
}
