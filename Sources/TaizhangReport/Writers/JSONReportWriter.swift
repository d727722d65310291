import TaizhangModel

/// The report's numbers for scripts, written by the ledger's own JSON writer (jq-style, keys
/// in a fixed order). Percentages are fractions (0.25), rounded to four decimals; statuses,
/// lights and paces are the values `list --json` uses.
enum JSONReportWriter {
    static func bytes(_ report: Report, views: [ReportView]) -> [UInt8] {
        var members = [JSONMember("heading", heading(report.heading))]
        for view in views {
            switch view {
            case .overall: members.append(JSONMember("overall", counts(report.overall)))
            case .areas: members.append(JSONMember("areas", .array(report.areas.map(area))))
            case .units: members.append(JSONMember("units", .array(report.units.map(unit))))
            case .ranking:
                members.append(JSONMember("rankingOrder", .string(report.rankingOrder.rawValue)))
                members.append(JSONMember("ranking", .array(report.ranking.map(ranked))))
            case .returns:
                members.append(JSONMember("period", period(report.period)))
                members.append(JSONMember("returns", .array(report.returns.map(returned))))
            case .open: members.append(JSONMember("open", .array(report.open.map(task))))
            case .extensions: members.append(JSONMember("extensions", .array(report.extensions.map { extensionValue($0.change) })))
            case .evidence: members.append(JSONMember("evidence", .array(report.evidence.map { evidence($0.item, task: $0.task) })))
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
            JSONMember("reported", .int(counts.reported)),
            JSONMember("done", .int(counts.done)),
            JSONMember("overdue", .int(counts.overdue)),
            JSONMember("percentDone", fraction(counts.fractionDone)),
            JSONMember("ahead", .int(counts.ahead)),
            JSONMember("onSchedule", .int(counts.onSchedule)),
            JSONMember("behind", .int(counts.behind)),
            JSONMember("red", .int(counts.red)),
            JSONMember("yellow", .int(counts.yellow)),
            JSONMember("green", .int(counts.green)),
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

    private static func ranked(_ ranked: RankedUnit) -> JSONValue {
        let s = ranked.standing
        return .object([
            JSONMember("rank", .int(ranked.rank)),
            JSONMember("unit", .string(s.unit)),
            JSONMember("total", .int(s.total)),
            JSONMember("signedOff", .int(s.signedOff)),
            JSONMember("reported", .int(s.reported)),
            JSONMember("completion", fraction(s.completion)),
            JSONMember("ahead", .int(s.ahead)),
            JSONMember("onSchedule", .int(s.onSchedule)),
            JSONMember("behind", .int(s.behind)),
            JSONMember("overdue", .int(s.overdue)),
            JSONMember("returned", optional(ranked.returned?.rawValue)),
        ])
    }

    private static func period(_ period: ReportingCycle.Period) -> JSONValue {
        .object([
            JSONMember("label", .string(period.label)),
            JSONMember("start", .string(period.start.description)),
            JSONMember("due", .string(period.due.description)),
        ])
    }

    private static func returned(_ standing: ReturnStanding) -> JSONValue {
        .object([
            JSONMember("unit", .string(standing.unit)),
            JSONMember("period", .string(standing.period.label)),
            JSONMember("state", .string(standing.state.rawValue)),
            JSONMember("received", optional(standing.record?.received)),
            JSONMember("filledBy", optional(standing.record?.filledBy)),
            JSONMember("phone", optional(standing.record?.phone)),
            JSONMember("file", optional(standing.record?.file)),
        ])
    }

    private static func task(_ task: OpenTask) -> JSONValue {
        .object([
            JSONMember("number", .int(task.number)),
            JSONMember("area", .int(task.area)),
            JSONMember("section", task.section.map(JSONValue.int) ?? .null),
            JSONMember("status", .string(task.status.rawValue)),
            JSONMember("light", optional(task.light?.rawValue)),
            JSONMember("pace", .string(task.pace.rawValue)),
            JSONMember("text", .string(task.text)),
            JSONMember("units", .array(task.units.map(JSONValue.string))),
            JSONMember("deadline", task.deadline.map(LedgerEncoding.deadline) ?? .null),
            JSONMember("overdue", .bool(task.overdue)),
            JSONMember("latestNote", task.latestNote.map { note in
                .object([
                    JSONMember("at", .string(note.at)), JSONMember("by", .string(note.by)), JSONMember("text", .string(note.text)),
                    JSONMember("problem", optional(note.problem)), JSONMember("nextStep", optional(note.nextStep)),
                    JSONMember("extensionAsked", optional(note.extensionAsked)),
                ])
            } ?? .null),
            JSONMember("extensions", .array(task.extensions.map(extensionValue))),
            JSONMember("evidence", .array(task.evidence.map { evidence($0, task: nil) })),
        ])
    }

    private static func extensionValue(_ change: Extension) -> JSONValue {
        .object([
            JSONMember("task", .int(change.task)),
            JSONMember("at", .string(change.at)),
            JSONMember("by", .string(change.by)),
            JSONMember("from", LedgerEncoding.deadline(change.from)),
            JSONMember("to", change.to.map(LedgerEncoding.deadline) ?? .null),
            JSONMember("reason", optional(change.reason)),
        ])
    }

    private static func evidence(_ item: Evidence, task: Int?) -> JSONValue {
        .object((task.map { [JSONMember("task", .int($0))] } ?? []) + [
            JSONMember("link", .string(item.link)),
            JSONMember("label", optional(item.label)),
            JSONMember("unit", optional(item.unit)),
            JSONMember("at", .string(item.at)),
            JSONMember("by", .string(item.by)),
        ])
    }
}
