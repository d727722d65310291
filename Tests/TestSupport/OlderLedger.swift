import Foundation

/// A ledger's text as an older taizhang wrote it, made from today's by leaving out what each
/// later schema added: the tests of migration and of reading old files start from it.
public enum OlderLedger {
    /// `text` (written by today's taizhang, with `"schema": current`) as schema `schema` wrote it.
    public static func text(_ text: String, schema: Int, current: Int) -> String {
        var lines = text.components(separatedBy: "\n")
        if schema < 3 {
            // Schema 3 added each task's label, people and evidence.
            lines.removeAll { $0.hasPrefix("      \"label\": ") || $0 == "      \"people\": []," || $0 == "      \"evidence\": []," }
        }
        var result = lines.joined(separator: "\n").replacingOccurrences(of: "\"schema\": \(current),", with: "\"schema\": \(schema),")
        if schema < 3, let settings = result.range(of: #"  "settings": \{[\s\S]*?\n  \},\n"#, options: .regularExpression) {
            // Schema 3 added the office's settings and the units' returns.
            result.removeSubrange(settings)
            result = result.replacingOccurrences(of: "  \"returns\": [],\n", with: "")
        }
        if schema < 2 {
            // Schema 2 added deadlines, unit progress, history, aliases and groups.
            result = result
                .replacingOccurrences(of: "      \"deadline\": null,\n      \"unitsInherited\": false,\n      \"unitsDone\": [],\n", with: "")
                .replacingOccurrences(of: "  ],\n  \"aliases\": [],\n  \"groups\": [],\n  \"history\": []\n", with: "  ]\n")
        }
        return result
    }
}
