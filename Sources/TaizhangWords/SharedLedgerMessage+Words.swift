import TaizhangModel
import TaizhangStore

/// What the command line says about a shared (database) ledger: the results of
/// `taizhang ledger init | push | pull | grant`, and the work that needs a file.
public enum SharedLedgerMessage: Equatable, Sendable {
    case initialized(url: String, applied: [String], version: Int)
    case pushed(file: String, url: String, tasks: Int, changes: Int)
    case pulled(url: String, file: String, tasks: Int, changes: Int)
    case grantedUnit(role: String, unit: String, created: Bool, tasks: Int)
    case grantedCoordinator(role: String, created: Bool)
    /// A unit name no task of the plan uses: most likely a typo.
    case unitNamesNoTask(unit: String, plan: String)
    /// `--password-stdin` with nothing on standard input.
    case emptyPassword
    /// `import` writes a file; a database plan is made from one with `ledger push`.
    case importNeedsFile(url: String)
    /// `ledger push|pull|init|grant` need a database URL, not a file path.
    case notADatabaseURL(String)
    /// The first use of a plan name made the plan from the bundled plan (as for a file).
    case createdPlan(url: String)

    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .initialized(let url, let applied, let version):
            if applied.isEmpty {
                return zh ? "\(url) 的台账表已是第 \(version) 版，无需改动" : "the ledger tables of \(url) are already version \(version); nothing to do"
            }
            let steps = applied.joined(separator: zh ? "；" : "; ")
            return zh ? "已在 \(url) 建立第 \(version) 版台账表（\(steps)）" : "made the ledger tables of \(url) version \(version) (\(steps))"
        case .pushed(let file, let url, let tasks, let changes):
            return zh
                ? "已把 \(file) 上传为 \(url)：\(tasks) 项任务，\(changes) 条历史记录"
                : "pushed \(file) to \(url): \(tasks) tasks, \(changes) history entries"
        case .pulled(let url, let file, let tasks, let changes):
            return zh
                ? "已把 \(url) 下载为 \(file)：\(tasks) 项任务，\(changes) 条历史记录"
                : "pulled \(url) into \(file): \(tasks) tasks, \(changes) history entries"
        case .grantedUnit(let role, let unit, let created, let tasks):
            let made = created ? (zh ? "已新建账号 \(role)；" : "created the account \(role); ") : ""
            return made + (zh
                ? "\(role) 现为 \(unit) 的账号：可在该单位的 \(tasks) 项任务上填写进展、佐证材料，并标记本单位的部分完成"
                : "\(role) now speaks for \(unit): notes, evidence and \(unit)'s own part, on its \(tasks) tasks")
        case .grantedCoordinator(let role, let created):
            let made = created ? (zh ? "已新建账号 \(role)；" : "created the account \(role); ") : ""
            return made + (zh ? "\(role) 现为协调人账号，可以修改一切" : "\(role) is now a coordinator's account and may change everything")
        case .unitNamesNoTask(let unit, let plan):
            return zh
                ? "注意：方案 \(plan) 中没有任务写有单位 \(unit)（名称是否写错？）"
                : "note: no task of plan \(plan) names the unit \(unit) (is the name mistyped?)"
        case .emptyPassword:
            return zh ? "标准输入中没有密码" : "no password on standard input"
        case .importNeedsFile(let url):
            return zh
                ? "导入会写出一个台账文件，不能直接写入数据库 \(url)：请用 --out 文件 导入，再用 taizhang ledger push 文件 \(url) 上传"
                : "import writes a ledger file, not a database (\(url)): import with --out FILE, then taizhang ledger push FILE \(url)"
        case .notADatabaseURL(let text):
            return zh
                ? "\(text) 不是数据库地址：请写成 postgresql://用户@主机[:端口]/数据库?plan=方案名"
                : "\(text) is not a database URL: write it as postgresql://USER@HOST[:PORT]/DB?plan=NAME"
        case .createdPlan(let url):
            return zh ? "已根据内置的珠海2022方案在 \(url) 新建台账" : "created \(url) from the bundled Zhuhai 2022 plan"
        }
    }
}
