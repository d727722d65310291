import PostgresNIO
import TaizhangModel
import TaizhangStore

/// Makes one `Edit` in a plan's rows, checking that each row holds what the edit replaces
/// (the value before, as this copy of the ledger knows it). A row that holds something else
/// means this copy missed a change: the statement changes nothing and the save stops with
/// `mismatch`, to be read again and merged, never written over. It runs inside the save's
/// transaction, under the plan's lock.
struct EditWriter {
    let link: ServerLink
    let plan: Int

    func write(_ edit: Edit, stamp: Stamp) throws(StoreFailure) {
        switch edit {
        case .status(let task, let from, let to):
            try expectOne(task, """
                UPDATE taizhang.tasks SET status = \(to.rawValue), status_at = \(stamp.at), status_by = \(stamp.by)
                WHERE plan_id = \(plan) AND number = \(task) AND status = \(from.rawValue)
                """)
        case .deadline(let task, let from, let to):
            let before = from.map { JSONWriter.compact(LedgerEncoding.deadline($0)) }
            let after = to.map { JSONWriter.compact(LedgerEncoding.deadline($0)) }
            try expectOne(task, """
                UPDATE taizhang.tasks SET deadline = \(after)::jsonb
                WHERE plan_id = \(plan) AND number = \(task) AND deadline IS NOT DISTINCT FROM \(before)::jsonb
                """)
        case .note(let task, let from, let to):
            try writeItem(
                table: "notes", task: task, from: from.map(LedgerEncoding.noteValue), to: to.map(LedgerEncoding.noteValue),
                fallback: from.map { Fallback(key: "at", value: $0.at, otherKey: "by", otherValue: $0.by) })
        case .evidence(let task, let from, let to):
            try writeItem(
                table: "evidence", task: task, from: from.map(LedgerEncoding.evidenceValue), to: to.map(LedgerEncoding.evidenceValue),
                fallback: from.map { Fallback(key: "link", value: $0.link, otherKey: "link", otherValue: $0.link) })
        case .unitDone(let task, let unit, _, let done):
            if done {
                try expectOne(task, """
                    INSERT INTO taizhang.units_done (plan_id, task, unit, position)
                    SELECT \(plan), \(task), \(unit), next.position FROM (
                        SELECT coalesce(max(position), 0) + 1 AS position FROM taizhang.units_done
                        WHERE plan_id = \(plan) AND task = \(task)) next
                    WHERE EXISTS (SELECT 1 FROM taizhang.tasks WHERE plan_id = \(plan) AND number = \(task) AND \(unit) = ANY (unit_names))
                    AND NOT EXISTS (SELECT 1 FROM taizhang.units_done WHERE plan_id = \(plan) AND task = \(task) AND unit = \(unit))
                    """)
            } else {
                try expectOne(task, "DELETE FROM taizhang.units_done WHERE plan_id = \(plan) AND task = \(task) AND unit = \(unit)")
            }
        case .alias(let name, let from, let to):
            let now = try link.sql("""
                SELECT counts_as FROM taizhang.aliases WHERE plan_id = \(plan) AND name = \(name) ORDER BY position LIMIT 1
                """).first.map { row throws(StoreFailure) in try row.columns(String.self) }
            guard now == from else { throw .mismatch(task: nil) }
            try link.sql("DELETE FROM taizhang.aliases WHERE plan_id = \(plan) AND name = \(name)")
            if let to {
                try expectOne(nil, """
                    INSERT INTO taizhang.aliases (plan_id, position, name, counts_as)
                    SELECT \(plan), coalesce(max(position), 0) + 1, \(name), \(to) FROM taizhang.aliases WHERE plan_id = \(plan)
                    """)
            }
        case .group(let name, let from, let to):
            let row = try link.sql("""
                SELECT position, members::text FROM taizhang.unit_groups WHERE plan_id = \(plan) AND name = \(name)
                ORDER BY position LIMIT 1
                """).first
            let found = try row.map { row throws(StoreFailure) in try row.columns((Int, String).self) }
            let current: [String]? = found.flatMap { Self.names($0.1) }
            guard current == from else { throw .mismatch(task: nil) }
            let members = to.map { JSONWriter.compact(.array($0.map(JSONValue.string))) }
            switch (found?.0, members) {
            case (let position?, let members?):
                try expectOne(nil, "UPDATE taizhang.unit_groups SET members = \(members)::json WHERE plan_id = \(plan) AND position = \(position)")
            case (let position?, nil):
                try expectOne(nil, "DELETE FROM taizhang.unit_groups WHERE plan_id = \(plan) AND position = \(position)")
            case (nil, let members?):
                try expectOne(nil, """
                    INSERT INTO taizhang.unit_groups (plan_id, position, name, members)
                    SELECT \(plan), coalesce(max(position), 0) + 1, \(name), \(members)::json FROM taizhang.unit_groups WHERE plan_id = \(plan)
                    """)
            case (nil, nil):
                break
            }
        case .units(let task, let from, let to):
            let before = JSONWriter.compact(LedgerEncoding.unitsValue(from.units))
            let after = JSONWriter.compact(LedgerEncoding.unitsValue(to.units))
            try expectOne(task, """
                UPDATE taizhang.tasks SET units = \(after)::json, unit_names = \(to.units.map(\.name)), units_inherited = \(to.inherited)
                WHERE plan_id = \(plan) AND number = \(task) AND units::jsonb = \(before)::jsonb AND units_inherited = \(from.inherited)
                """)
        case .planInfo(let from, let to):
            try expectOne(nil, """
                UPDATE taizhang.plans SET title = \(to.title), document_number = \(to.documentNumber), issuer = \(to.issuer), issued = \(to.date)
                WHERE id = \(plan) AND title = \(from.title) AND document_number IS NOT DISTINCT FROM \(from.documentNumber)
                  AND issuer IS NOT DISTINCT FROM \(from.issuer) AND issued IS NOT DISTINCT FROM \(from.date)
                """)
        case .settings(let from, let to):
            let before = JSONWriter.compact(LedgerEncoding.settingsValue(from))
            let after = JSONWriter.compact(LedgerEncoding.settingsValue(to))
            try expectOne(nil, "UPDATE taizhang.plans SET settings = \(after)::json WHERE id = \(plan) AND settings::jsonb = \(before)::jsonb")
        case .returnRecord(let from, let to):
            // As `Ledger.perform`: every return of that unit and period goes, the new one is added.
            guard let key = from ?? to else { return }
            let current = try link.sql("""
                SELECT body::text FROM taizhang.returns WHERE plan_id = \(plan) AND unit = \(key.unit) AND period = \(key.period)
                ORDER BY position DESC LIMIT 1
                """).first.map { row throws(StoreFailure) in try row.columns(String.self) }
            let expected = from.map { JSONWriter.compact(LedgerEncoding.returnValue($0)) }
            guard try Self.sameJSON(current, expected) else { throw .mismatch(task: nil) }
            try link.sql("DELETE FROM taizhang.returns WHERE plan_id = \(plan) AND unit = \(key.unit) AND period = \(key.period)")
            if let to {
                let body = JSONWriter.compact(LedgerEncoding.returnValue(to))
                try expectOne(nil, """
                    INSERT INTO taizhang.returns (plan_id, position, body)
                    SELECT \(plan), coalesce(max(position), 0) + 1, \(body)::jsonb FROM taizhang.returns WHERE plan_id = \(plan)
                    """)
            }
        case .restore(_, _, let to):
            guard let to else { return }
            let content = JSONWriter.compact(LedgerEncoding.contentValue(to))
            try link.sql("SELECT taizhang.put_content(\(plan), \(content)::json)")
        }
    }

    /// A note or a piece of evidence added (`from` nil), changed, or removed (`to` nil). The
    /// one changed is the last that equals `from`, else the last `fallback` finds (the same
    /// note by its time and author, the same evidence by its link), as `Ledger.perform` does.
    private func writeItem(table: String, task: Int, from: JSONValue?, to: JSONValue?, fallback: Fallback?) throws(StoreFailure) {
        let after = to.map(JSONWriter.compact)
        guard let from else {
            guard let after else { return }
            try expectOne(task, """
                INSERT INTO taizhang.\(unescaped: table) (plan_id, task, position, body)
                SELECT \(plan), \(task), coalesce(max(position), 0) + 1, \(after)::jsonb FROM taizhang.\(unescaped: table)
                WHERE plan_id = \(plan) AND task = \(task)
                """)
            return
        }
        let before = JSONWriter.compact(from)
        guard let fallback else { throw .mismatch(task: task) }
        let target: PostgresQuery = """
            SELECT id FROM taizhang.\(unescaped: table)
            WHERE plan_id = \(plan) AND task = \(task) AND (body = \(before)::jsonb
                OR (body->>\(fallback.key) = \(fallback.value) AND body->>\(fallback.otherKey) = \(fallback.otherValue)))
            ORDER BY (body = \(before)::jsonb) DESC, position DESC LIMIT 1
            """
        guard let row = try link.sql(target).first else { throw .mismatch(task: task) }
        let id = try row.columns(Int.self)
        if let after {
            try expectOne(task, "UPDATE taizhang.\(unescaped: table) SET body = \(after)::jsonb WHERE id = \(id)")
        } else {
            try expectOne(task, "DELETE FROM taizhang.\(unescaped: table) WHERE id = \(id)")
        }
    }

    /// How `writeItem` knows the item when it no longer equals `from`: two members of its
    /// JSON (the same member twice when one is enough).
    private struct Fallback {
        var key: String
        var value: String
        var otherKey: String
        var otherValue: String
    }

    /// Runs a statement that must change exactly one row.
    private func expectOne(_ task: Int?, _ query: PostgresQuery) throws(StoreFailure) {
        guard try link.changed(query) == 1 else { throw .mismatch(task: task) }
    }

    /// Whether two JSON texts hold the same value (the database gives jsonb back in its own
    /// key order); both nil is the same too.
    static func sameJSON(_ left: String?, _ right: String?) throws(StoreFailure) -> Bool {
        guard let left, let right else { return left == nil && right == nil }
        return (try? JSONParser.parse(Array(left.utf8))).map(canonical) == (try? JSONParser.parse(Array(right.utf8))).map(canonical)
    }

    /// A value with every object's members in key order.
    private static func canonical(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items): .array(items.map(canonical))
        case .object(let members): .object(members.map { JSONMember($0.key, canonical($0.value)) }.sorted { $0.key < $1.key })
        default: value
        }
    }

    /// A group's members as the table keeps them (a JSON array of names).
    static func names(_ text: String) -> [String]? {
        guard case .array(let items)? = try? JSONParser.parse(Array(text.utf8)) else { return nil }
        return items.compactMap { item in
            if case .string(let name) = item { return name }
            return nil
        }
    }
}
