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

    /// One unit across plans (`workload --all --json`): its totals, how many plans have its
    /// return late (null when no plan collects returns from it), and each plan's share with
    /// that plan's return for its current period (null when the plan collects none).
    public static func members(_ row: WorkloadAcross.Row) -> [JSONMember] {
        members(row.total) + [
            JSONMember("returnsLate", row.returnsTracked ? .int(row.returnsLate) : .null),
            JSONMember("plans", .array(row.shares.map { share in
                .object([JSONMember("plan", .string(share.plan.text))]
                    + members(share.row).filter { $0.key != "unit" && $0.key != "kind" && $0.key != "members" }
                    + [JSONMember("return", share.returned.map(returnMembers) ?? .null)])
            })),
        ]
    }

    private static func returnMembers(_ standing: ReturnStanding) -> JSONValue {
        .object([
            JSONMember("period", .string(standing.period.label)),
            JSONMember("due", .string(standing.period.due.description)),
            JSONMember("state", .string(standing.state.rawValue)),
            JSONMember("received", standing.receivedDay.map(JSONValue.string) ?? .null),
        ])
    }
}
