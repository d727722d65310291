import ArgumentParser
import Foundation
import TaizhangForms
import TaizhangModel
import TaizhangStore
import TaizhangWords

/// `taizhang collect PATH…`: the units' returned forms read back into the ledger.
struct CollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect", abstract: "Read the units' returned forms; with --apply, record what they say.",
        discussion: """
            Reads forms made by `taizhang forms` (files, or every .xlsx, .xls, .et, .ods and .csv \
            in a folder), also after Excel, WPS or LibreOffice saved them again. Each row is \
            matched to its task and the unit, and the task's text checked against the checksum \
            the form was made with. It prints, per unit, what the return would change: the \
            unit's part (已完成 reports it done; the task is reported once every part is), a note \
            with 存在问题 and 下步计划, evidence, a request for more time. --apply records each as \
            a change whose author is the unit (and its 填报人); `taizhang undo` takes them back.

            A row is not used when its task or unit does not match, its 完成情况 is not one of \
            the four, or the task's text was edited. A row that would overwrite what the \
            coordinator changed after the form was made is a conflict: it waits, and --accept N \
            takes the return's word for task N. Collecting the same return twice changes nothing.
            """)
    @OptionGroup var options: LedgerOptions
    @OptionGroup var today: TodayOption
    @Argument(help: ArgumentHelp("Returned forms, or folders of them.", valueName: "path")) var paths: [String]
    @Flag(help: "Record the changes in the ledger (without it, only show them).") var apply = false
    @Option(parsing: .upToNextOption, help: ArgumentHelp("Take the return's word for these tasks despite a conflict.", valueName: "N"))
    var accept: [Int] = []
    @Option(help: ArgumentHelp("When the returns were received (default: when each file was last saved).", valueName: "YYYY-MM-DD"))
    var received: String?

    func validate() throws {
        if let received, DayDate(received) == nil {
            throw ValidationError(options.language == .chinese ? "--received 应写成 YYYY-MM-DD" : "--received must be a date as YYYY-MM-DD")
        }
    }

    func run() throws {
        let language = options.language
        let files = try self.files()
        let forms = files.map(ReturnedForm.read)
        let now = Stamp.now(environment: options.environment)
        // A day given alone counts from the start of that day, in the coordinator's time zone.
        let receivedAt = received.map { $0 + "T00:00:00" + String(now.at.dropFirst(19)) }
        if apply {
            // Any ledger the store seam opens: a file, or a plan on a PostgreSQL server.
            var (store, opened) = try options.openStore()
            defer { store.close() }
            let collection = ReturnCollector.collect(forms, into: opened.ledger, now: now, received: receivedAt, accept: Set(accept))
            // Recording returns is the coordinator's work: a unit's account is refused before
            // anything is sent, as for any change it may not make.
            if let refusal = collection.entries.lazy.compactMap({ store.access.refusal(of: $0, in: opened.ledger) }).first {
                throw CommandError(refusal.words(language))
            }
            if !collection.entries.isEmpty {
                do {
                    _ = try store.save(collection.ledger)
                } catch {
                    throw CommandError(error.words(language))
                }
            }
            print(collection.words(language, today: today.day, applied: true))
        } else {
            let ledger = try options.openForReading()
            let collection = ReturnCollector.collect(forms, into: ledger, now: now, received: receivedAt, accept: Set(accept))
            print(collection.words(language, today: today.day, applied: false))
        }
    }

    /// The files named, folders opened (`ReturnFiles`, the rule the dashboard uses too).
    private func files() throws -> [String] {
        do {
            return try ReturnFiles.expand(paths)
        } catch {
            throw CommandError(error.words(options.language))
        }
    }
}
