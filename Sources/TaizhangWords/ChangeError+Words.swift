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
        case .emptyEvidence: return zh ? "佐证材料需要一个链接或文件名" : "evidence needs a link or a file name"
        case .noSuchEvidence(let task, let link): return zh ? "任务 \(task) 没有佐证材料 \(link)" : "task \(task) has no evidence \(link)"
        }
    }
}
