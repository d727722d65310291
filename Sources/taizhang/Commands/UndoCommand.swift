import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangWords
import TaizhangText

/// `taizhang undo`: takes back the most recent change still in effect (whoever made it; the
/// message says whose), as a change of its own that `taizhang undo --redo` puts back.
struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Take back the last change (or put it back with --redo).",
        discussion: "Undo goes back one change at a time, as far as the first. A new change ends what can be redone.")
    @OptionGroup var options: LedgerOptions
    @Flag(help: "Put back the change undone last.") var redo = false

    func run() throws {
        var (store, opened) = try options.openStore()
        defer { store.close() }
        var ledger = opened.ledger
        let stamp = Stamp.now(environment: options.environment)
        let entry: HistoryEntry?
        do {
            entry = redo ? try ledger.redo(stamp: stamp) : try ledger.undo(stamp: stamp)
        } catch {
            throw CommandError(options.language == .chinese
                ? "无法\(redo ? "重做" : "撤销")：\(error.words(options.language))；未作任何改动"
                : "cannot \(redo ? "redo" : "undo"): \(error.words(options.language)); nothing was changed")
        }
        guard let entry else {
            let zh = options.language == .chinese
            print(redo ? (zh ? "没有可重做的更改" : "nothing to redo") : (zh ? "没有可撤销的更改" : "nothing to undo"))
            return
        }
        if let refusal = store.access.refusal(of: entry, in: opened.ledger) {
            throw CommandError(refusal.words(options.language))
        }
        do {
            _ = try store.save(ledger)
        } catch {
            throw CommandError(error.words(options.language))
        }
        print(TerminalSafe.sanitize(entry.words(options.language)))
    }
}
