import TaizhangModel

extension LedgerChangeError {
    /// Why a change was refused, in the interface language.
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .noSuchTask(let number): return zh ? "没有任务 \(number)" : "there is no task \(number)"
        case .noSuchUnit(let task, let unit): return zh ? "任务 \(task) 没有单位 \(unit)" : "task \(task) does not name the unit \(unit)"
        case .emptyNote: return zh ? "进展不能为空" : "a note needs some text"
        case .noSuchNote(let task): return zh ? "任务 \(task) 上已没有这条进展" : "task \(task) no longer has that note"
        case .noNoteNumbered(let task, let number, let count):
            return count == 0
                ? (zh ? "任务 \(task) 还没有进展记录" : "task \(task) has no notes")
                : (zh ? "任务 \(task) 没有第 \(number) 条进展（共 \(count) 条）" : "task \(task) has no note \(number) (it has \(count))")
        case .emptyTitle: return zh ? "方案标题不能为空" : "the plan needs a title"
        case .badDate(let text): return zh ? "\(text) 不是 YYYY-MM-DD 格式的日期" : "\(text) is not a date as YYYY-MM-DD"
        case .sameUnitTwice(let name): return zh ? "单位 \(name) 写了两次" : "the unit \(name) is named twice"
        case .emptyEvidence: return zh ? "佐证材料需要一个链接或文件名" : "evidence needs a link or a file name"
        case .noSuchEvidence(let task, let link): return zh ? "任务 \(task) 没有佐证材料 \(link)" : "task \(task) has no evidence \(link)"
        }
    }
}
