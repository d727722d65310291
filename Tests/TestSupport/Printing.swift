import Foundation
import Testing

/// Prints what we write the way a coordinator would: LibreOffice turns an xlsx or docx into
/// a PDF (with a profile of its own, so it never meets the user's), Chromium prints an HTML
/// page, poppler's pdfinfo counts the pages. A missing tool fails the test with the package
/// to install, never skips it (scripts/test installs them).
public enum Printing {
    public static func tool(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Runs a program to its end or for at most `seconds`; its exit status and output.
    public static func run(_ executable: String, _ arguments: [String], seconds: Double = 180) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let folder = TemporaryFolder()
        let out = folder.file("out")
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return (-1, "timed out after \(seconds) s")
        }
        try handle.close()
        return (process.terminationStatus, String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self))
    }

    /// `file` converted by LibreOffice into `format` in `folder`; the path of the result, or
    /// nil with an issue recorded.
    public static func office(_ file: String, to format: String, in folder: TemporaryFolder, sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        guard let soffice = tool(["soffice", "libreoffice"]) else {
            Issue.record("LibreOffice is not installed (apt-get install libreoffice-calc-nogui libreoffice-writer-nogui)", sourceLocation: sourceLocation)
            return nil
        }
        let result = try run(soffice, [
            "-env:UserInstallation=file://" + folder.file("profile"), "--headless", "--norestore",
            "--convert-to", format, "--outdir", folder.path, file,
        ])
        let base = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let output = folder.file(base + "." + (format.split(separator: ":").first.map(String.init) ?? format))
        guard result.status == 0, FileManager.default.fileExists(atPath: output) else {
            Issue.record("LibreOffice did not convert \(file): \(result.output)", sourceLocation: sourceLocation)
            return nil
        }
        return output
    }

    /// `html` printed by headless Chromium to `pdf`, without the browser's own header and
    /// footer (the page's title, its address and the date).
    public static func chromium(_ html: String, to pdf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool {
        guard let chromium = tool(["chromium", "chromium-browser", "google-chrome"]) else {
            Issue.record("Chromium is not installed (apt-get install chromium)", sourceLocation: sourceLocation)
            return false
        }
        let profile = TemporaryFolder()
        let result = try run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile.path, "--no-pdf-header-footer",
            "--print-to-pdf=" + pdf, "file://" + html,
        ])
        guard result.status == 0, FileManager.default.fileExists(atPath: pdf) else {
            Issue.record("Chromium did not print \(html): \(result.output)", sourceLocation: sourceLocation)
            return false
        }
        return true
    }

    /// The PDF's page count (pdfinfo), nil with an issue recorded when it cannot be read.
    public static func pages(_ pdf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int? {
        guard let pdfinfo = tool(["pdfinfo"]) else {
            Issue.record("pdfinfo is not installed (apt-get install poppler-utils)", sourceLocation: sourceLocation)
            return nil
        }
        let result = try run(pdfinfo, [pdf])
        let line = result.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        guard let count = line.flatMap({ Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }) else {
            Issue.record("pdfinfo could not read \(pdf): \(result.output)", sourceLocation: sourceLocation)
            return nil
        }
        return count
    }

    /// The text printed in the column headed `header`, page after page, top to bottom: the
    /// words (pdftotext's boxes) between the column's left edge (where most words start, left
    /// of the header) and the next column's. And how many of its lines start on top of
    /// another: a row too short for its text is drawn over the next (LibreOffice still
    /// writes the clipped text), which on paper is text lost.
    public static func column(_ pdf: String, header: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (text: String, overlaps: Int)? {
        let script = """
            import re, subprocess, sys, json, collections
            xml = subprocess.run(['pdftotext', '-bbox-layout', sys.argv[1], '-'], capture_output=True, text=True, check=True).stdout
            out, overlaps = [], 0
            for page in xml.split('<page ')[1:]:
                words = [(float(a), float(b), w) for a, b, w in re.findall(
                    r'<word xMin="([\\d.]+)" yMin="([\\d.]+)" xMax="[\\d.]+" yMax="[\\d.]+">([^<]*)</word>', page)]
                heads = [w for w in words if w[2] == sys.argv[2]]
                if not heads: continue
                counts = collections.Counter(round(w[0], 1) for w in words)
                frequent = sorted(x for x, n in counts.items() if n >= 3)
                left = max(x for x in frequent if x <= heads[0][0] + 0.5)
                right = min([x for x in frequent if x > left + 5] or [1e9])
                column = sorted((w for w in words if left - 0.6 <= w[0] < right - 0.6 and w[2] != sys.argv[2]), key=lambda w: (round(w[1]), w[0]))
                out.append(''.join(w[2] for w in column))
                starts = sorted(w[1] for w in words if abs(w[0] - left) < 0.6)
                overlaps += sum(1 for a, b in zip(starts, starts[1:]) if b - a < 3)
            print(json.dumps({'text': ''.join(out), 'overlaps': overlaps}, ensure_ascii=False))
            """
        guard tool(["pdftotext"]) != nil else {
            Issue.record("pdftotext is not installed (apt-get install poppler-utils)", sourceLocation: sourceLocation)
            return nil
        }
        guard let value = try Python.json(script, [pdf, header], sourceLocation: sourceLocation),
            let text = value["text"]?.string, let overlaps = value["overlaps"]?.int
        else { return nil }
        return (text, overlaps)
    }
}
