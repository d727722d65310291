import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangWords
import TaizhangText

/// `taizhang backups`: the copies kept before each save, newest first, numbered for
/// `taizhang restore`.
struct BackupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backups", abstract: "List the backups kept before each save.",
        discussion: "The ten newest are kept, and one a day before them, in a hidden folder beside the ledger.")
    @OptionGroup var options: LedgerOptions

    func run() throws {
        let store = try options.fileStore(for: .backups)
        let backups = store.backups()
        let zh = options.language == .chinese
        guard !backups.isEmpty else {
            print(zh ? "\(options.path) 还没有备份（每次保存前都会留一份）" : "no backups of \(options.path) yet (one is kept before each save)")
            return
        }
        print(zh ? " #  时间                     保存次数    完成   文件" : " #  time                     generation  done   file")
        for (index, backup) in backups.enumerated() {
            let summary: String
            if let ledger = try? store.read(backup) {
                let done = ledger.plan.tasks.filter { $0.status == .done }.count
                summary = "\(done)/\(ledger.plan.tasks.count)"
            } else {
                summary = zh ? "无法读取" : "unreadable"
            }
            let reason = backup.reason.map { "  (\($0))" } ?? ""
            let columns = [pad(String(index + 1), 2), backup.timeText, pad(String(backup.generation), 10), summary.padding(7)]
            print(columns.joined(separator: "  ") + TerminalSafe.sanitize(backup.name) + reason)
        }
    }
}

/// Right-aligns `text` in `width` columns (ASCII only).
private func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}

extension String {
    /// Left-aligns in `width` columns with at least one space after (ASCII only).
    fileprivate func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - count))
    }
}
