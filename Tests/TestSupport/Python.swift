import Foundation
import Testing
import TaizhangModel

/// Runs a Python script on files we wrote (reports, forms), so each format is checked by a real
/// reader (openpyxl, csv, html.parser) and not only by our own idea of the format. A
/// missing python3 or openpyxl fails the test with the fix, never skips it.
public enum Python {
    public struct Result {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    public static func run(_ script: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONIOENCODING"] = "utf-8"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting: a full pipe would otherwise block the script forever.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    /// The script's standard output parsed as JSON; records an issue and returns nil when the
    /// script fails (the message says how to install what is missing).
    public static func json(_ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue? {
        let result = try run(script, arguments)
        guard result.status == 0 else {
            var hint = ""
            if result.errors.contains("No module named 'openpyxl'") { hint = " (install it: python3 -m pip install openpyxl)" }
            if result.status == 127 { hint = " (python3 is not installed)" }
            Issue.record("python3 failed\(hint): \(result.errors)", sourceLocation: sourceLocation)
            return nil
        }
        do {
            return try JSONParser.parse(Array(result.output.utf8))
        } catch {
            Issue.record("python3 printed no JSON: \(result.output)", sourceLocation: sourceLocation)
            return nil
        }
    }
}

extension JSONValue {
    public var string: String? { if case .string(let text) = self { text } else { nil } }
    public var int: Int? { if case .int(let number) = self { number } else { nil } }
    public var double: Double? {
        switch self {
        case .double(let number): number
        case .int(let number): Double(number)
        default: nil
        }
    }
    public var bool: Bool? { if case .bool(let flag) = self { flag } else { nil } }
    public var array: [JSONValue]? { if case .array(let items) = self { items } else { nil } }
    public subscript(index: Int) -> JSONValue? {
        guard let items = array, items.indices.contains(index) else { return nil }
        return items[index]
    }
    public var strings: [String]? { array?.compactMap(\.string) }
}

