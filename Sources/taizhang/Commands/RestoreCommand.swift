import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangWords
import TaizhangText

/// `taizhang restore BACKUP`: brings a backup back as one change that `taizhang undo` takes
/// back. When the ledger itself no longer reads, it is kept among the backups first.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "restore", abstract: "Bring back a backup (undoable).")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The backup: its number in `taizhang backups` or its file name.") var backup: String

    func run() throws {
        var store = try options.fileStore(for: .restore)
        let backups = store.backups()
        let chosen: LedgerBackup?
        if let number = Int(backup), backups.indices.contains(number - 1) {
            chosen = backups[number - 1]
        } else {
            chosen = backups.first { $0.name == backup || $0.path == backup }
        }
        let zh = options.language == .chinese
        guard let chosen else {
            throw CommandError(zh
                ? "\(options.path) 没有备份 \(backup)；taizhang backups 可列出所有备份"
                : "no backup \(backup) of \(options.path); `taizhang backups` lists them")
        }
        let stamp = Stamp.now(environment: options.environment)
        var current: Ledger?
        do {
            current = try store.load().ledger
        } catch {
            // A ledger that cannot be opened at all (permissions) is not "broken": stop.
            if case .unreadable = error {
                throw CommandError(error.words(options.language))
            }
            // It does not read (or is gone): the restore replaces it, keeping it as a backup.
            printError("taizhang: \(error.words(options.language))")
        }
        let outcome: LedgerStore.SaveOutcome
        do {
            outcome = try store.restore(chosen, onto: current, stamp: stamp)
        } catch {
            throw CommandError(error.words(options.language))
        }
        let done = outcome.ledger.plan.tasks.filter { $0.status == .done }.count
        let total = outcome.ledger.plan.tasks.count
        print(zh
            ? "已恢复 \(chosen.name)（\(chosen.timeText)）：共 \(total) 项任务，完成 \(done) 项"
            : "restored \(chosen.name) (\(chosen.timeText)): \(done) of \(total) tasks done")
        if let kept = outcome.backup, kept.reason == "unreadable" {
            print(zh ? "无法读取的台账已另存为 \(kept.name)" : "the unreadable ledger is kept as \(kept.name)")
        } else {
            print(zh ? "taizhang undo 可撤销这次恢复" : "`taizhang undo` takes the restore back")
        }
    }
}
