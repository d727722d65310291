import TaizhangModel
import TaizhangStore

extension PlansHomeError {
    /// What went wrong with the plans home, and what to do, in the interface language.
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .noHome:
            return zh ? "没有 HOME 也没有 XDG_DATA_HOME，不知道方案放在哪里：请用 --ledger 指定台账文件" : "neither HOME nor XDG_DATA_HOME is set, so there is no plans home: name a ledger file with --ledger"
        case .badName(let text, let problem):
            return problem.words(language, name: text)
        case .noSuchPlan(let text, let known):
            let list = known.isEmpty
                ? (zh ? "方案库中还没有方案" : "the plans home has no plans yet")
                : (zh ? "现有方案：" : "the plans are: ") + known.joined(separator: zh ? "、" : ", ")
            return zh ? "没有名为“\(text)”的方案（\(list)；taizhang plans 可列出全部）" : "no plan is named \(text) (\(list); `taizhang plans` lists them)"
        case .ambiguous(let text, let matches):
            return zh
                ? "“\(text)”可指多个方案：\(matches.joined(separator: "、"))；请写出完整名称"
                : "\(text) could be any of \(matches.joined(separator: ", ")); give the whole name"
        case .exists(let name):
            return zh ? "已有名为“\(name)”的方案，未作替换：请用 --name 另起一个名称" : "a plan named \(name) already exists and is never replaced: choose another name with --name"
        case .notArchived(let name):
            return zh ? "方案“\(name)”不在归档中" : "the plan \(name) is not archived"
        case .alreadyArchived(let name):
            return zh ? "方案“\(name)”已归档" : "the plan \(name) is archived already"
        case .planWithLedgerFile:
            return zh ? "--plan 与 --ledger 文件不能同时使用：二者各指一个台账" : "--plan and --ledger FILE cannot be used together: each names a ledger"
        case .system(let path, let error):
            return zh ? "方案库 \(path) 出错：\(error.words(language))" : "the plans home at \(path) failed: \(error.words(language))"
        case .ledger(let error):
            return error.words(language)
        }
    }
}

extension PlanName.Problem {
    public func words(_ language: Language, name: String) -> String {
        let zh = language == .chinese
        switch self {
        case .empty:
            return zh ? "方案名称不能为空" : "a plan name cannot be empty"
        case .unusable:
            return zh
                ? "“\(name)”不能作方案名称：不能含有 /、控制字符，也不能以 . 开头"
                : "\(name) cannot be a plan name: it may not hold a / or a control character, nor start with a dot"
        case .tooLong:
            return zh ? "方案名称“\(name)”太长（最多 \(PlanName.maximumBytes) 字节）" : "the plan name \(name) is too long (at most \(PlanName.maximumBytes) bytes)"
        }
    }
}
