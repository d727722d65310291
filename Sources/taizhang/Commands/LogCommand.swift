import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangWords
import TaizhangText

/// `taizhang log [N]`: the history, oldest first, of the whole ledger or of task N.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Print the history of changes (of one task).")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "Only this task's history.") var number: Int?
    @Option(help: ArgumentHelp("Only the last N entries.", valueName: "N")) var last: Int?

    func run() throws {
        let ledger = try options.openForReading()
        if let number, ledger.taskIndex(number) == nil {
            throw CommandError(options.language == .chinese ? "\(options.path) 中没有任务 \(number)" : "no task \(number) in \(options.path)")
        }
        var entries = ledger.history.filter { number == nil || $0.task == number }
        if let last { entries = Array(entries.suffix(max(0, last))) }
        if entries.isEmpty {
            let zh = options.language == .chinese
            print(number.map { zh ? "任务 \($0) 没有变更记录" : "task \($0) has no recorded changes" } ?? (zh ? "没有变更记录" : "no recorded changes"))
            return
        }
        for entry in entries {
            print("\(TerminalSafe.sanitize(entry.at))  \(TerminalSafe.sanitize(entry.by))  \(TerminalSafe.sanitize(entry.words(options.language)))")
        }
    }
}
