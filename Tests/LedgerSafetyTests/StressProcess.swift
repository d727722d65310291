import Foundation
import Glibc
import Testing

/// Runs the `taizhang-stress` helper built next to the tests (`swift build` builds it; CI
/// does that before `swift test`) and reads its acknowledgements.
final class StressProcess {
    let process = Process()
    private let output = Pipe()
    private var buffer: [UInt8] = []
    private(set) var acknowledged: [Int] = []
    private(set) var lines: [String] = []

    /// The helper binary: beside the test bundle, else in .build/debug of this package.
    static func binary() throws -> String {
        var candidates: [String] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append((executable as NSString).deletingLastPathComponent + "/taizhang-stress")
        }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/taizhang-stress").path)
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw StressError(message: "taizhang-stress is not built (looked in \(candidates)); run `swift build` first")
        }
        return found
    }

    /// `tail`: it saves as the dashboard does, to the journal's tail (`TAIZHANG_STRESS_TAIL`).
    init(_ arguments: [String], tail: Bool = false) throws {
        process.executableURL = URL(fileURLWithPath: try Self.binary())
        process.arguments = arguments
        if tail {
            var environment = ProcessInfo.processInfo.environment
            environment["TAIZHANG_STRESS_TAIL"] = "1"
            process.environment = environment
        }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Reads until `count` saves are acknowledged in all, or the helper exits.
    func waitForAcknowledgements(_ count: Int) {
        while acknowledged.count < count {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { return }
            take(data)
        }
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits for the exit and reads what it printed before it.
    func finish() {
        take(output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
    }

    private func take(_ data: Data) {
        buffer.append(contentsOf: data)
        while let newline = buffer.firstIndex(of: 0x0A) {
            let line = String(decoding: buffer[..<newline], as: UTF8.self)
            buffer.removeSubrange(...newline)
            lines.append(line)
            if line.hasPrefix("ack "), let number = Int(line.dropFirst(4)) { acknowledged.append(number) }
        }
    }
}

struct StressError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
