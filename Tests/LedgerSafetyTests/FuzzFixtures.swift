import Foundation

/// Inputs that once broke reading a ledger (or nearly did), kept so they are checked on
/// every run. They live here as base64 rather than as files beside the tests because the
/// test target declares no resources. Add a failing input from a fuzz message as
/// `("what it is", "BASE64")`.
enum FuzzFixtures {
    static let encoded: [(String, String)] = [
        // A UTF-16 file with its BOM (an editor's "Unicode" save).
        ("utf16", "//57ACIAZgBvAHIAbQBhAHQAIgA6ACAAIgB0AGEAaQB6AGgAYQBuAGcALQBsAGUAZABnAGUAcgAiAH0A"),
        // A lone BOM, then nothing.
        ("bom only", "77u/"),
        // An unpaired surrogate escape inside a string.
        ("surrogate", "eyJmb3JtYXQiOiAiXHVEODAwIn0="),
        // Only whitespace and newlines.
        ("whitespace", "ICAgCgkKICA="),
        // A truncated multi-byte character at the end.
        ("cut utf-8", "eyJmb3JtYXQiOiAi5Y+w"),
    ]

    static var inputs: [(String, [UInt8])] {
        encoded.map { ($0.0, [UInt8](Data(base64Encoded: $0.1) ?? Data())) }
    }
}
