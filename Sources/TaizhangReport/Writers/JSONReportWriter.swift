import TaizhangImport
import TaizhangStore
import TaizhangModel

/// The report's numbers for scripts, written by the ledger's own JSON writer (jq-style, keys
/// in a fixed order). Percentages are fractions (0.25), rounded to four decimals.
enum JSONReportWriter {
    static func bytes(_ report: Report, views: [ReportView]) -> [UInt8] {
        var members = [JSONMember("heading", heading(report.heading))]
        for view in views {
            switch view {
            case .overall: members.append(JSONMember("overall", counts(report.overall)))
            case .areas: members.append(JSONMember("areas", .array(report.areas.map(area))))
            case .units: members.append(JSONMember("units", .array(report.units.map(unit))))
            case .open: members.append(JSONMember("open", .array(report.open.map(task))))
            }
        }
        return JSONWriter.bytes(.object(members))
    }

    private static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    private static func fraction(_ value: Double) -> JSONValue { .double((value * 10_000).rounded() / 10_000) }

    private static func heading(_ heading: ReportHeading) -> JSONValue {
        .object([
            JSONMember("plan", .string(heading.planTitle)),
            JSONMember("documentNumber", optional(heading.documentNumber)),
            JSONMember("issuer", optional(heading.issuer)),
            JSONMember("date", .string(heading.reportDate.description)),
            JSONMember("ledger", optional(heading.ledgerPath)),
            JSONMember("unit", optional(heading.unit)),
            JSONMember("area", optional(heading.area)),
        ])
    }

    private static func counts(_ counts: StatusCounts) -> JSONValue {
        .object(countMembers(counts))
    }

    private static func countMembers(_ counts: StatusCounts) -> [JSONMember] {
        [
            JSONMember("total", .int(counts.total)),
            JSONMember("todo", .int(counts.todo)),
            JSONMember("doing", .int(counts.doing)),
            JSONMember("done", .int(counts.done)),
            JSONMember("overdue", .int(counts.overdue)),
            JSONMember("percentDone", fraction(counts.fractionDone)),
        ]
    }

    private static func area(_ row: AreaProgress) -> JSONValue {
        .object([
            JSONMember("area", .int(row.area)),
            JSONMember("section", row.section.map(JSONValue.int) ?? .null),
            JSONMember("label", .string(row.label)),
        ] + countMembers(row.counts))
    }

    private static func unit(_ row: WorkloadRow) -> JSONValue {
        .object(WorkloadJSON.members(row) + [JSONMember("percentDone", fraction(row.fractionDone))])
    }

    private static func task(_ task: OpenTask) -> JSONValue {
        .object([
            JSONMember("number", .int(task.number)),
            JSONMember("area", .int(task.area)),
            JSONMember("section", task.section.map(JSONValue.int) ?? .null),
            JSONMember("status", .string(task.status.rawValue)),
            JSONMember("text", .string(task.text)),
            JSONMember("shortText", .string(task.shortText)),
            JSONMember("units", .array(task.units.map(JSONValue.string))),
            JSONMember("deadline", task.deadline.map(LedgerEncoding.deadline) ?? .null),
            JSONMember("overdue", .bool(task.overdue)),
            JSONMember("latestNote", task.latestNote.map { note in
                .object([JSONMember("at", .string(note.at)), JSONMember("by", .string(note.by)), JSONMember("text", .string(note.text))])
            } ?? .null),
        ])
    }

}
