import ArgumentParser
import TaizhangModel
import TaizhangWords

/// `taizhang evidence N LINK`: keeps a piece of evidence (佐证材料) on a task — a link to the
/// published page or a document's file name — or, with `--remove`, takes one off.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence", abstract: "Keep a link or file name as evidence (佐证材料) on a task.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The task number.") var number: Int
    @Argument(help: ArgumentHelp("A URL or a file name.", valueName: "link")) var link: String
    @Option(help: ArgumentHelp("What it is, in a few words.", valueName: "text")) var label: String?
    @Option(help: ArgumentHelp("The unit it came from.", valueName: "name")) var unit: String?
    @Flag(help: "Take the evidence with this link off the task.") var remove = false

    func run() throws {
        let change: LedgerChange = remove
            ? .removeEvidence(task: number, link: link)
            : .addEvidence(task: number, link: link, label: label, unit: unit)
        _ = try ChangeCommand.run([change], options: options)
        let zh = options.language == .chinese
        if remove {
            print(zh ? "任务 \(number)：已删除佐证材料 \(link)" : "task \(number): evidence \(link) removed")
        } else {
            print(zh ? "任务 \(number)：已添加佐证材料 \(link)" : "task \(number): evidence \(link) kept")
        }
    }
}
