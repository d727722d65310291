import TaizhangModel
import TaizhangWords

/// How a report writes the model's values in a cell: in Chinese, whole.
enum CellText {
    static func status(_ status: TaskStatus) -> String { status.words(.chinese) }

    /// A deadline as the report shows it: the day, or what the plan says for work with none.
    static func deadline(_ deadline: Deadline?) -> String { deadline?.words(.chinese) ?? "" }

    /// The deadline with each extension under it: `2023-03-31` then `（原2022-12-31，理由：…）`.
    static func deadline(_ task: OpenTask) -> String {
        var lines = [deadline(task.deadline)]
        for change in task.extensions {
            let reason = change.reason.map { "，理由：\($0)" } ?? ""
            lines.append("（\(String(change.at.prefix(10)))由\(change.from.words(.chinese))延期\(reason)）")
        }
        if task.overdue { lines.append("已逾期") }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The latest note: its day, its text, and what a return adds (问题, 下步, 申请延期).
    static func note(_ note: Note?) -> String {
        guard let note else { return "" }
        var lines = [String(note.at.prefix(10)) + " " + note.text]
        if let problem = note.problem { lines.append("存在问题：" + problem) }
        if let next = note.nextStep { lines.append("下步计划：" + next) }
        if let asked = note.extensionAsked { lines.append("申请延期：" + asked) }
        return lines.joined(separator: "\n")
    }

    static func evidence(_ items: [Evidence]) -> String {
        items.map { item in (item.label.map { $0 + "：" } ?? "") + item.link }.joined(separator: "\n")
    }

    static func units(_ names: [String]) -> String {
        names.isEmpty ? WorkloadRow.noUnit(.chinese) : names.joined(separator: "、")
    }

    static func light(_ light: Light?) -> String { light?.words(.chinese) ?? "" }

    /// A unit row's name in every format (reports are in Chinese).
    static func unit(_ row: WorkloadRow) -> String { row.label(.chinese) }
}
