import Foundation
import Testing

/// Reads JSON the program wrote with Foundation's parser, independent of the product's own
/// reader, so a test checks the file as any other tool would see it.
enum LedgerJSON {
    static func parse(_ data: Data) throws -> Any {
        try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }

    /// A whole ledger file as an object.
    static func file(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: path), "no ledger at \(path)", sourceLocation: sourceLocation)
        let object = try #require(try parse(data) as? [String: Any], "\(path) is not a JSON object", sourceLocation: sourceLocation)
        return try withJournal(object, besideLedgerAt: path, sourceLocation: sourceLocation)
    }

    /// A schema-4 ledger made whole, as the `jq --slurpfile` recipe in docs/ledger-format.md
    /// does: its history read from its journal into `history`, schema 3, no `journal`; a
    /// schema-3 one as it is.
    static func withJournal(_ object: [String: Any], besideLedgerAt path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        guard let journal = object["journal"] as? [String: Any] else { return object }
        let file = try #require(journal["file"] as? String, sourceLocation: sourceLocation)
        let length = try #require(journal["bytes"] as? Int, sourceLocation: sourceLocation)
        let folder = (path as NSString).deletingLastPathComponent
        let data = try #require(FileManager.default.contents(atPath: folder + "/" + file), "no journal \(file)", sourceLocation: sourceLocation)
        let lines = data.prefix(length).split(separator: UInt8(ascii: "\n"))
        var whole = object
        whole["history"] = try lines.map { line in try #require(try parse(Data(line)) as? [String: Any], sourceLocation: sourceLocation) }
        whole["schema"] = 3
        whole["journal"] = nil
        return whole
    }

    /// Output that must be a JSON array of objects (`list --json`, `workload --json`).
    static func rows(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        try #require(try parse(data) as? [[String: Any]], "not a JSON array of objects", sourceLocation: sourceLocation)
    }

    /// The `tasks` array of a ledger file, each task an object.
    static func tasks(inLedgerAt path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let object = try file(path, sourceLocation: sourceLocation)
        return try #require(object["tasks"] as? [[String: Any]], "ledger has no tasks array", sourceLocation: sourceLocation)
    }

    /// One task of a ledger file by its number.
    static func task(_ number: Int, inLedgerAt path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let tasks = try tasks(inLedgerAt: path, sourceLocation: sourceLocation)
        return try #require(tasks.first { $0["number"] as? Int == number }, "no task \(number) in \(path)", sourceLocation: sourceLocation)
    }

    /// Task number → status for every task in the ledger.
    static func statuses(inLedgerAt path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Int: String] {
        var statuses: [Int: String] = [:]
        for task in try tasks(inLedgerAt: path, sourceLocation: sourceLocation) {
            if let number = task["number"] as? Int { statuses[number] = task["status"] as? String }
        }
        return statuses
    }

    /// The ledger's statuses with every task "todo" except those given.
    static func allTodo(except changed: [Int: String] = [:]) -> [Int: String] {
        var statuses: [Int: String] = [:]
        for number in 1...57 { statuses[number] = changed[number] ?? "todo" }
        return statuses
    }
}
