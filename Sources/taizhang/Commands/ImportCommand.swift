import TaizhangImport
import TaizhangStore
import TaizhangText
import TaizhangWords
import ArgumentParser
import Foundation
import TaizhangModel
import TaizhangWords

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import a plan document into a new ledger.",
        discussion: """
            Reads plans as governments publish them: text (UTF-8, UTF-16, GB18030/GBK) with \
            outlines, unit clauses or tables copied from web pages, CSV/TSV, .xlsx, .ods, .docx, \
            HTML, and, when LibreOffice or pdftotext is installed, .doc, .xls, .wps, .et and PDF. \
            Every reading that applies is tried and the best kept; --check prints the report, \
            the runner-up and why it lost, without writing a ledger. Never overwrites an existing \
            ledger: --force first copies it to PATH.bak-YYYYMMDDHHMMSS.
            """)
    @Argument(help: "The plan document.") var file: String
    @Option(name: .long, help: ArgumentHelp("The new ledger file (default: a new plan in the plans home).", valueName: "path"))
    var out: String?
    @Option(name: .long, help: ArgumentHelp("The ledger location to use when --out is not given.", valueName: "path"))
    var ledger: String?
    @Option(name: .long, help: ArgumentHelp("The plan's name in the plans home (default: its year and title, made unique).", valueName: "name"))
    var name: String?
    @Option(name: .long, help: ArgumentHelp("auto, or only one form: text, cells, spaced, csv, xlsx, ods, docx or html.", valueName: "form"))
    var layout: String = "auto"
    @Option(name: .long, help: ArgumentHelp("The plan's year, for deadlines such as 年底前.", valueName: "YYYY"))
    var year: Int?
    @Option(name: .long, help: ArgumentHelp("The worksheet to read (default: the first).", valueName: "name"))
    var sheet: String?
    @Option(help: ArgumentHelp("Language of the report: en or zh (default: from LANG).", valueName: "lang"))
    var lang: String?
    @Flag(name: .long, help: "Print the import report without writing a ledger.")
    var check = false
    @Flag(name: .long, help: "Replace an existing ledger, after copying it to PATH.bak-YYYYMMDDHHMMSS.")
    var force = false

    /// Older names of the forms stay accepted.
    static let formNames: [String: SourceForm] = [
        "text": .text, "outline": .text, "pipe": .cells, "cells": .cells, "spaced": .spaced, "csv": .csv, "xlsx": .xlsx,
        "ods": .ods, "docx": .docx, "html": .html,
    ]

    func validate() throws {
        if layout != "auto", Self.formNames[layout] == nil {
            throw ValidationError("unknown layout \(layout); expected auto, \(Self.formNames.keys.sorted().joined(separator: ", "))")
        }
        if let year, !(1900...2999).contains(year) { throw ValidationError("--year \(year) is not a plausible year") }
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be en or zh, not \(lang)") }
        if name != nil, out != nil || ledger != nil { throw ValidationError("--name adds to the plans home; --out and --ledger name a file instead: give one") }
        if name != nil, force { throw ValidationError("--force does not apply to the plans home, where no plan is ever replaced") }
    }

    /// Adds to the plans home: nothing names a file.
    var addsToHome: Bool {
        if name != nil { return true }
        let environment = processEnvironment
        return out == nil && ledger == nil && (environment["TAIZHANG_LEDGER"] ?? "").isEmpty
    }

    func run() throws {
        let language = lang.flatMap(Language.init(rawValue:)) ?? Language.from(environment: processEnvironment)
        let name = (file as NSString).lastPathComponent
        let options = ImportOptions(year: year, sheet: sheet, form: Self.formNames[layout])
        let result: ImportResult
        do {
            let bytes = try SourceFile.read(file, limits: options.limits)
            result = try PlanImporter.importDocument(bytes, fileName: name, options: options)
        } catch {
            let prefix = language == .chinese ? "无法导入\(file)：" : "\(file) could not be imported as a plan: "
            throw CommandError(TerminalSafe.sanitize(prefix + error.words(language)))
        }
        let report = ImportReport.lines(result, language: language)
        if check {
            print(TerminalSafe.sanitize(language == .chinese ? "已检查\(name)（未写入台账）" : "Checked \(name) (no ledger written)"))
            report.forEach { print($0) }
            return
        }
        if addsToHome {
            try addToHome(Ledger(importing: result, source: name), fileName: name, report: report, language: language)
            return
        }
        let target: String
        do {
            target = try LedgerLocation.locate(explicit: out ?? ledger, environment: processEnvironment).path
        } catch {
            throw CommandError(error.words(Language.from(environment: processEnvironment)))
        }
        if DatabaseAddress.looksLikeURL(target) {
            throw CommandError(SharedLedgerMessage.importNeedsFile(url: target).words(Language.from(environment: processEnvironment)))
        }
        let newLedger = Ledger(importing: result, source: name)
        if force, FileManager.default.fileExists(atPath: target) {
            // The backup holds the ledger, read through any symlink (a copy of the link
            // itself would keep nothing once the import writes through it), with its history
            // in it: the journal it names may go at a later compaction.
            let backup = target + ".bak-" + Self.stamp()
            do {
                guard let old = try LedgerFile.standaloneBytes(target) else { throw LedgerError.missing(path: target) }
                let mode = LedgerFile.mode(of: target) ?? 0o600
                try AtomicFiles.write([(path: backup, bytes: old)], mode: mode)
            } catch {
                throw CommandError(TerminalSafe.sanitize(language == .chinese
                    ? "无法在 \(backup) 保留 \(target) 的备份：\(error)；未做任何改动"
                    : "cannot keep a backup of \(target) at \(backup): \(error); nothing was changed"))
            }
            try LedgerFile.save(newLedger, to: target)
            print(TerminalSafe.sanitize(language == .chinese ? "原台账已备份为 \(backup)" : "Kept the old ledger as \(backup)"))
        } else {
            if FileManager.default.fileExists(atPath: target) { throw Self.exists(target, language) }
            do {
                try LedgerFile.create(newLedger, at: target)
            } catch {
                // Created by someone else since the check above: still never overwritten.
                if case .exists = error { throw Self.exists(target, language) }
                throw error
            }
        }
        print(TerminalSafe.sanitize(language == .chinese ? "已将\(name)导入\(target)" : "Imported \(name) into \(target)"))
        report.forEach { print($0) }
    }

    /// The plan as a new ledger in the plans home, under `--name` or its made name.
    private func addToHome(_ ledger: Ledger, fileName: String, report: [String], language: Language) throws {
        let environment = processEnvironment
        do {
            let home = try PlansHome.locate(environment: environment)
            var planName: PlanName?
            if let name {
                do { planName = try PlanName(name) } catch { throw PlansHomeError.badName(name, error) }
            }
            let added = try home.add(ledger, as: planName)
            var path = home.path(of: added)
            if let user = environment["HOME"], user.count > 1, path.hasPrefix(user + "/") { path = "~" + path.dropFirst(user.count) }
            print(TerminalSafe.sanitize(language == .chinese
                ? "已将\(fileName)导入方案库，名为“\(added)”（\(path)）"
                : "Imported \(fileName) into the plans home as \(added) (\(path))"))
            report.forEach { print($0) }
        } catch let error as PlansHomeError {
            throw CommandError(TerminalSafe.sanitize(error.words(language)))
        }
    }

    static func exists(_ target: String, _ language: Language) -> CommandError {
        CommandError(TerminalSafe.sanitize(language == .chinese
            ? "\(target) 已存在，不会覆盖（要替换请加 --force，原文件会先备份）"
            : "\(target) already exists; refusing to overwrite it (use --force to replace it, keeping a backup)"))
    }

    /// Local time as YYYYMMDDHHMMSS, for backup names that sort by age.
    static func stamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMddHHmmss"
        return formatter.string(from: Date())
    }
}
