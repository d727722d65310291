import Foundation
import PostgresNIO
import TaizhangModel
import TaizhangStore

/// A plan's rows read as a ledger, and a ledger written as a plan's rows. Both go through
/// the ledger file's JSON: the server assembles a plan as the file
/// (`taizhang.ledger_document`) and the file's own strict reader checks it; a ledger is
/// written by handing the server the file (`taizhang.put_content`). So a database ledger
/// and a file always hold the same things.
enum PlanRows {
    /// The id of the plan named `name`, nil when there is none.
    static func id(of name: String, _ link: ServerLink) throws(StoreFailure) -> Int? {
        try link.sql("SELECT id FROM taizhang.plans WHERE name = \(name)").first.map { row throws(StoreFailure) in
            try row.columns(Int.self)
        }
    }

    /// The whole plan as a ledger, and the sequence number of its last change. Run it in a
    /// snapshot, or under the plan's lock, so the two agree.
    static func read(plan: Int, place: String, _ link: ServerLink) throws(StoreFailure) -> (ledger: Ledger, head: Int) {
        guard let row = try link.sql("""
            SELECT taizhang.ledger_document(\(plan))::text,
                   (SELECT coalesce(max(seq), 0) FROM taizhang.changes WHERE plan_id = \(plan))::bigint
            """).first
        else { throw .server(.other(code: "plan", message: "plan \(plan) disappeared")) }
        let (document, head) = try row.columns((String, Int).self)
        do {
            return (try LedgerDecoding.ledger(from: Array(document.utf8), path: place), head)
        } catch {
            throw .ledger(error)
        }
    }

    /// The changes recorded after `head`, oldest first, with the plan's generation as of
    /// the same moment (one statement, one snapshot).
    static func changes(
        plan: Int, after head: Int, place: String, _ link: ServerLink
    ) throws(StoreFailure) -> (entries: [HistoryEntry], head: Int, generation: Int)? {
        let rows = try link.sql("""
            SELECT c.seq, c.entry::text, p.generation FROM taizhang.changes c JOIN taizhang.plans p ON p.id = c.plan_id
            WHERE c.plan_id = \(plan) AND c.seq > \(head) ORDER BY c.seq
            """)
        guard !rows.isEmpty else { return nil }
        var entries: [HistoryEntry] = []
        var last = head
        var generation = 0
        for row in rows {
            let (seq, text, plansGeneration) = try row.columns((Int, String, Int).self)
            entries.append(try entry(text, place: place))
            last = seq
            generation = plansGeneration
        }
        return (entries, last, generation)
    }

    /// A recorded entry read back through the ledger's own reader.
    static func entry(_ text: String, place: String) throws(StoreFailure) -> HistoryEntry {
        do {
            let value = try JSONParser.parse(Array(text.utf8))
            return try LedgerDecoding.entry(from: value, place: place)
        } catch let error as LedgerError {
            throw .ledger(error)
        } catch {
            throw .ledger(.notALedger(path: place, reason: .topLevelNotObject))
        }
    }

    /// Makes a new plan named `name` holding `ledger`, its history kept as the plan's
    /// changes and its generation as the plan's. Returns the plan's id and last change.
    static func insert(_ ledger: Ledger, name: String, _ link: ServerLink) throws(StoreFailure) -> (id: Int, head: Int) {
        let document = String(decoding: LedgerEncoding.bytes(ledger), as: UTF8.self)
        let id: Int
        do throws(StoreFailure) {
            guard let row = try link.sql("""
                INSERT INTO taizhang.plans (name, source, title, areas, import_warnings, settings)
                VALUES (\(name), '', '', '[]', '[]', '{}') RETURNING id
                """).first
            else { throw StoreFailure.server(.other(code: "plan", message: "no id returned")) }
            id = try row.columns(Int.self)
        } catch .server(.other(code: "23505", message: _)) {
            throw .server(.planExists(name))
        }
        try link.sql("SELECT taizhang.put_content(\(id), \(document)::json)")
        let head = try record(ledger.history, plan: id, link)
        try link.sql("UPDATE taizhang.plans SET generation = \(ledger.generation) WHERE id = \(id)")
        return (id, head)
    }

    /// Appends `entries` to the plan's changes, in order, as one save (one statement: the
    /// plan's generation counts one more and listeners hear of it at commit). `save` names
    /// the save, so that a save whose commit went unanswered can be looked for. Returns the
    /// sequence number of the last, or 0 when there were none.
    @discardableResult
    static func record(_ entries: [HistoryEntry], plan: Int, save: UUID = UUID(), _ link: ServerLink) throws(StoreFailure) -> Int {
        guard !entries.isEmpty else { return 0 }
        let array = "[" + entries.map { JSONWriter.compact(LedgerEncoding.entryValue($0)) }.joined(separator: ",") + "]"
        let rows = try link.sql("""
            INSERT INTO taizhang.changes (plan_id, save_id, entry)
            SELECT \(plan), \(save), x.entry FROM json_array_elements(\(array)::json) WITH ORDINALITY AS x(entry, n)
            ORDER BY x.n RETURNING seq
            """)
        var last = 0
        for row in rows { last = max(last, try row.columns(Int.self)) }
        return last
    }

    /// The plan's generation now.
    static func generation(plan: Int, _ link: ServerLink) throws(StoreFailure) -> Int {
        guard let row = try link.sql("SELECT generation FROM taizhang.plans WHERE id = \(plan)").first else { return 0 }
        return try row.columns(Int.self)
    }
}
