import Foundation

/// Old formats through the tools that read them: .doc, .xls, .wps and .et through LibreOffice
/// (`soffice --headless --convert-to`), PDF through poppler's `pdftotext -layout`. Each runs
/// with a time limit, LibreOffice with a profile of its own in a temporary folder so it never
/// touches the user's, and the temporary folder is removed afterwards.
enum Converter {
    static let seconds = 60

    /// The converted file's bytes.
    static func office(_ bytes: [UInt8], format: String, target: String) throws(ImportError) -> [UInt8] {
        guard let soffice = executable(["soffice", "libreoffice"]) else {
            throw .converterMissing(format: format, tool: "LibreOffice", package: target == "xlsx" ? "libreoffice-calc-nogui" : "libreoffice-writer-nogui")
        }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/plan" + format
        guard FileManager.default.createFile(atPath: input, contents: Data(bytes)) else {
            throw .conversionFailed(format: format, tool: "LibreOffice", reason: "cannot write \(input)")
        }
        let arguments = [
            "-env:UserInstallation=file://" + folder + "/profile", "--headless", "--norestore", "--convert-to", target,
            "--outdir", folder + "/out", input,
        ]
        try run(soffice, arguments, format: format, tool: "LibreOffice")
        let output = folder + "/out/plan." + target
        guard let data = FileManager.default.contents(atPath: output), !data.isEmpty else {
            throw .conversionFailed(format: format, tool: "LibreOffice", reason: "it wrote no .\(target) file")
        }
        return [UInt8](data)
    }

    /// The text of a PDF, its layout kept (columns of a table stay apart).
    static func pdf(_ bytes: [UInt8]) throws(ImportError) -> [UInt8] {
        guard let pdftotext = executable(["pdftotext"]) else {
            throw .converterMissing(format: "PDF", tool: "pdftotext", package: "poppler-utils")
        }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/plan.pdf"
        guard FileManager.default.createFile(atPath: input, contents: Data(bytes)) else {
            throw .conversionFailed(format: "PDF", tool: "pdftotext", reason: "cannot write \(input)")
        }
        try run(pdftotext, ["-layout", "-enc", "UTF-8", input, folder + "/plan.txt"], format: "PDF", tool: "pdftotext")
        guard let data = FileManager.default.contents(atPath: folder + "/plan.txt") else {
            throw .conversionFailed(format: "PDF", tool: "pdftotext", reason: "it wrote no text")
        }
        return [UInt8](data)
    }

    static func executable(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = String(folder) + "/" + name
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    private static func temporaryFolder() throws(ImportError) -> String {
        let folder = NSTemporaryDirectory() + "taizhang-convert-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .conversionFailed(format: "", tool: "", reason: "cannot make \(folder): \(error.localizedDescription)")
        }
        return folder
    }

    /// Runs a tool, killing it (and anything it started) once the time limit passes.
    private static func run(_ tool: String, _ arguments: [String], format: String, tool name: String) throws(ImportError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .conversionFailed(format: format, tool: name, reason: error.localizedDescription)
        }
        let deadline = Date().addingTimeInterval(TimeInterval(seconds))
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            usleep(200_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw .conversionTimedOut(format: format, tool: name, seconds: seconds)
        }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.fileHandleForReading.availableData.prefix(400), as: UTF8.self)
            throw .conversionFailed(format: format, tool: name, reason: "exit \(process.terminationStatus) \(message)")
        }
    }
}
