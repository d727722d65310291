import TaizhangModel

/// The history in words, for `taizhang log`, `undo`'s answer and the dashboard's detail pane:
/// `task 4 status: to do → done`, `任务 4 状态：未开始 → 已完成`. Text from the ledger is
/// returned as it is; whoever prints to a terminal passes it through `TerminalSafe`.
extension HistoryEntry {
    /// What happened, without when and who. `namingTask` false leaves out "task N" where the
    /// task is already named (the detail pane of that task).
    public func words(_ language: Language, namingTask: Bool = true) -> String {
        let zh = language == .chinese
        switch event {
        case .edit(let edit):
            let words = edit.words(language, namingTask: namingTask)
            guard let reason else { return words }
            return words + (zh ? "（理由：\(reason)）" : " (reason: \(reason))")
        case .undo(let target):
            let change = target.edit.map { $0.reversed.words(language, namingTask: namingTask) } ?? target.words(language, namingTask: namingTask)
            return (zh ? "已撤销：" : "Undone: ") + change
        case .redo(let target):
            return (zh ? "已重做：" : "Redone: ") + target.words(language, namingTask: namingTask)
        case .superseded(let target):
            return (zh ? "未生效（同一事项已由他人更改）：" : "Not applied, another writer changed the same thing: ")
                + target.words(language, namingTask: namingTask)
        case .unknown(let field, let task, _, _):
            let subject = namingTask ? task.map { zh ? "任务 \($0) " : "task \($0) " } ?? "" : ""
            return subject + (zh ? "（本版本不认识的记录：\(field)）" : "(a kind of entry this taizhang does not know: \(field))")
        }
    }
}

extension Edit {
    public func words(_ language: Language, namingTask: Bool = true) -> String {
        let zh = language == .chinese
        let colon = zh ? "：" : ": "
        let subject = namingTask ? task.map { zh ? "任务 \($0) " : "task \($0) " } ?? "" : ""
        func none() -> String { zh ? "无" : "none" }
        switch self {
        case .status(_, let from, let to):
            return subject + (zh ? "状态" : "status") + colon + from.words(language) + " → " + to.words(language)
        case .note(_, let from, let to):
            switch (from, to) {
            case (nil, let note?): return subject + (zh ? "进展" : "note") + colon + note.text
            case (let note?, nil): return subject + (zh ? "删除进展" : "note deleted") + colon + note.text
            case (let old?, let new?): return subject + (zh ? "修改进展" : "note edited") + colon + old.text + " → " + new.text
            case (nil, nil): return subject
            }
        case .deadline(_, let from, let to):
            let before = from.map { $0.words(language) } ?? none()
            let after = to.map { $0.words(language) } ?? none()
            return subject + (zh ? "时限" : "deadline") + colon + before + " → " + after
        case .evidence(_, let from, let to):
            switch (from, to) {
            case (nil, let item?): return subject + (zh ? "添加佐证材料" : "evidence added") + colon + (item.label.map { "\($0) " } ?? "") + item.link
            case (let item?, nil): return subject + (zh ? "删除佐证材料" : "evidence removed") + colon + item.link
            case (let old?, let new?): return subject + (zh ? "修改佐证材料" : "evidence changed") + colon + old.link + " → " + new.link
            case (nil, nil): return subject
            }
        case .unitDone(_, let unit, _, let to):
            return subject + unit + " " + (to ? TaskStatus.done.words(language) : (zh ? "未完成" : "not done"))
        case .alias(let name, let from, let to):
            return (zh ? "单位别名 " : "alias ") + name + colon + (from ?? none()) + " → " + (to ?? none())
        case .group(let name, let from, let to):
            let list = { (names: [String]?) in names.map { $0.joined(separator: "、") } ?? none() }
            return (zh ? "单位分组 " : "group ") + name + colon + list(from) + " → " + list(to)
        case .units(_, let from, let to):
            func list(_ units: TaskUnits) -> String {
                units.units.isEmpty ? none() : units.units.map { $0.name + "（" + $0.role.words(language) + "）" }.joined(separator: "、")
            }
            return subject + (zh ? "责任单位" : "units") + colon + list(from) + " → " + list(to)
        case .planInfo(let from, let to):
            var parts: [String] = []
            if from.title != to.title { parts.append((zh ? "方案标题" : "plan title") + colon + to.title) }
            if from.documentNumber != to.documentNumber { parts.append((zh ? "文号" : "document number") + colon + (to.documentNumber ?? none())) }
            if from.issuer != to.issuer { parts.append((zh ? "发文单位" : "issuer") + colon + (to.issuer ?? none())) }
            if from.date != to.date { parts.append((zh ? "日期" : "date") + colon + (to.date ?? none())) }
            return parts.joined(separator: zh ? "；" : "; ")
        case .returnRecord(let from, let to):
            guard let record = to ?? from else { return "" }
            let what = to == nil ? (zh ? "撤回报送记录" : "return record removed") : (zh ? "收到报送" : "return received")
            return what + colon + record.unit + " " + record.period + " " + record.file
        case .settings(let from, let to):
            var parts: [String] = []
            if from.lights != to.lights {
                parts.append(zh
                    ? "亮灯规则：临近 \(to.lights.dueSoonDays) 天、过半未启动 \(Int(to.lights.unstartedShare * 100))%"
                    : "light rules: due within \(to.lights.dueSoonDays) days, unstarted past \(Int(to.lights.unstartedShare * 100))%")
            }
            if from.cycle != to.cycle {
                parts.append((zh ? "报送周期：" : "reporting cycle: ") + (to.cycle.map { $0.words(language) } ?? none()))
            }
            return parts.joined(separator: zh ? "；" : "; ")
        case .restore(let label, _, _):
            return zh ? "恢复备份 \(label)" : "restored \(label)"
        }
    }
}
