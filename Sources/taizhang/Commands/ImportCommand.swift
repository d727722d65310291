import TaizhangImport
import TaizhangStore
import ArgumentParser
import Foundation
import TaizhangModel
import TaizhangWords

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import a plan document into a new ledger.",
        discussion: """
            Reads tab text, pipe rows, one cell per line, outlines with inline units, CSV/TSV, \
            .xlsx, .docx and HTML tables; the layout is detected from the name and content unless \
            --layout names it. Prints what was read and every warning to check by hand. Never \
            overwrites an existing ledger: --force first copies it to PATH.bak-YYYYMMDDHHMMSS.
            """)
    @Argument(help: "The plan document.") var file: String
    @Option(name: .long, help: ArgumentHelp("The new ledger file (default: the usual ledger location).", valueName: "path"))
    var out: String?
    @Option(name: .long, help: ArgumentHelp("The ledger location to use when --out is not given.", valueName: "path"))
    var ledger: String?
    @Option(name: .long, help: ArgumentHelp("auto, text, pipe, cells, outline, csv, xlsx, docx or html.", valueName: "layout"))
    var layout: String = "auto"
    @Option(name: .long, help: ArgumentHelp("The plan's year, for deadlines such as 年底前.", valueName: "YYYY"))
    var year: Int?
    @Option(name: .long, help: ArgumentHelp("The worksheet of an .xlsx to read (default: the first).", valueName: "name"))
    var sheet: String?
    @Flag(name: .long, help: "Print the import report without writing a ledger.")
    var check = false
    @Flag(name: .long, help: "Replace an existing ledger, after copying it to PATH.bak-YYYYMMDDHHMMSS.")
    var force = false

    func validate() throws {
        if layout != "auto", PlanLayout(rawValue: layout) == nil {
            throw ValidationError("unknown layout \(layout); expected auto, \(PlanLayout.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let year, !(1900...2999).contains(year) { throw ValidationError("--year \(year) is not a plausible year") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandError("cannot read \(file): no such file or not readable")
        }
        let name = (file as NSString).lastPathComponent
        let options = ImportOptions(year: year, sheet: sheet, layout: PlanLayout(rawValue: layout))
        let result: ImportResult
        do {
            result = try PlanImporter.importDocument([UInt8](data), fileName: name, options: options)
        } catch {
            throw CommandError("\(file) could not be imported as a plan: \(error)")
        }
        if check {
            print("Checked \(name) (no ledger written)")
            ImportReport.lines(result).forEach { print($0) }
            return
        }
        let target: String
        do {
            target = try LedgerLocation.locate(explicit: out ?? ledger, environment: ProcessInfo.processInfo.environment).path
        } catch {
            throw CommandError(error.words(Language.from(environment: ProcessInfo.processInfo.environment)))
        }
        if DatabaseAddress.looksLikeURL(target) {
            throw CommandError(SharedLedgerMessage.importNeedsFile(url: target).words(Language.from(environment: ProcessInfo.processInfo.environment)))
        }
        let newLedger = Ledger(importing: result, source: name)
        if force, FileManager.default.fileExists(atPath: target) {
            // The backup holds the ledger's bytes, read through any symlink: a copy of the
            // link itself would keep nothing once the import writes through it.
            let backup = target + ".bak-" + Self.stamp()
            do {
                guard let old = try LedgerFile.readBytes(target) else { throw LedgerError.missing(path: target) }
                let mode = LedgerFile.mode(of: target) ?? 0o600
                try AtomicFiles.write([(path: backup, bytes: old)], mode: mode)
            } catch {
                throw CommandError("cannot keep a backup of \(target) at \(backup): \(error); nothing was changed")
            }
            try LedgerFile.save(newLedger, to: target)
            print("Kept the old ledger as \(backup)")
        } else {
            if FileManager.default.fileExists(atPath: target) { throw Self.exists(target) }
            do {
                try LedgerFile.create(newLedger, at: target)
            } catch {
                // Created by someone else since the check above: still never overwritten.
                if case .exists = error { throw Self.exists(target) }
                throw error
            }
        }
        print("Imported \(name) into \(target)")
        ImportReport.lines(result).forEach { print($0) }
    }

    static func exists(_ target: String) -> CommandError {
        CommandError("\(target) already exists; refusing to overwrite it (use --force to replace it, keeping a backup)")
    }

    /// Local time as YYYYMMDDHHMMSS, for backup names that sort by age.
    static func stamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMddHHmmss"
        return formatter.string(from: Date())
    }
}
