/// A workload row as scripts read it, the same in `workload --json` and in the JSON report:
/// `unit` (null for the tasks with no unit), `kind` (`unit`, `group`, `unassigned`), a
/// group's `members`, then the counts, every role included.
public enum WorkloadJSON {
    public static func members(_ row: WorkloadRow) -> [JSONMember] {
        var members = [JSONMember("unit", row.unit.map(JSONValue.string) ?? .null)]
        if row.isUnassigned {
            members.append(JSONMember("kind", .string("unassigned")))
        } else if row.isGroup {
            members.append(JSONMember("kind", .string("group")))
            members.append(JSONMember("members", .array(row.members.map(JSONValue.string))))
        } else {
            members.append(JSONMember("kind", .string("unit")))
        }
        return members + [
            JSONMember("total", .int(row.total)),
            JSONMember("done", .int(row.done)),
            JSONMember("doing", .int(row.doing)),
            JSONMember("open", .int(row.open)),
            JSONMember("overdue", .int(row.overdue)),
            JSONMember("lead", .int(row.leads)),
            JSONMember("responsible", .int(row.responsible)),
            JSONMember("supporting", .int(row.supporting)),
            JSONMember("reference", .int(row.reference)),
        ]
    }
}
