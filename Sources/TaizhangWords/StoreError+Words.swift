import TaizhangModel
import TaizhangStore

extension StoreError {
    /// Why the ledger could not be opened, read or saved, in the interface language.
    public func words(_ language: Language) -> String {
        switch self {
        case .ledger(let error): error.words(language)
        case .server(let problem, let ledger): problem.words(language, ledger: ledger)
        case .refused(let refusal): refusal.words(language)
        case .address(let problem): problem.words(language)
        }
    }
}

extension LedgerAddress.Problem {
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        let form = "postgresql://USER@HOST[:PORT]/DB?plan=NAME"
        switch self {
        case .location(let problem):
            return problem.words(language)
        case .passwordInURL:
            return zh
                ? "数据库地址中不能写密码（命令行对本机所有用户可见，还会留在历史记录里）：请用 PGPASSWORD 环境变量或 ~/.pgpass 文件"
                : "a database URL must not hold the password (command lines are visible to every user and kept in shell history): use PGPASSWORD or ~/.pgpass"
        case .noPlan:
            return zh ? "数据库地址没有指明方案：请写成 \(form)" : "the database URL names no plan: write it as \(form)"
        case .noDatabase:
            return zh ? "数据库地址没有指明数据库：请写成 \(form)" : "the database URL names no database: write it as \(form)"
        case .noUser:
            return zh ? "数据库地址没有用户名（也没有 PGUSER 或 USER）：请写成 \(form)" : "the database URL names no user (and neither PGUSER nor USER is set): write it as \(form)"
        case .badPort(let text):
            return zh ? "数据库地址中的端口 \(text) 无效（应为 1–65535）" : "the port \(text) in the database URL is not a port (1–65535)"
        case .badSSLMode(let text):
            return zh ? "sslmode=\(text) 无效（应为 disable、prefer 或 require）" : "sslmode=\(text) is not disable, prefer or require"
        case .unknownParameter(let key):
            return zh ? "数据库地址中有未知参数 \(key)（可用：plan、sslmode、host、port、user）" : "unknown parameter \(key) in the database URL (known: plan, sslmode, host, port, user)"
        case .malformed(let text):
            return zh ? "\(text) 不是有效的数据库地址：请写成 \(form)" : "\(text) is not a database URL: write it as \(form)"
        }
    }
}

extension ServerProblem {
    /// What went wrong with the server holding `ledger` (its URL), and what to do.
    public func words(_ language: Language, ledger: String) -> String {
        let zh = language == .chinese
        switch self {
        case .unreachable(let host, let port, let reason):
            let why: String = switch reason {
            case .refused: zh ? "连接被拒绝（服务器没有运行？）" : "the connection was refused (is the server running?)"
            case .timedOut: zh ? "连接超时" : "the connection timed out"
            case .unknownHost: zh ? "找不到这个主机" : "no such host"
            case .other(let text): text
            }
            return zh ? "无法连接数据库服务器 \(host):\(port)：\(why)" : "cannot reach the database server at \(host):\(port): \(why)"
        case .noPassword(let user):
            return zh
                ? "服务器要求用户 \(user) 的密码，但 PGPASSWORD 和 ~/.pgpass 中都没有"
                : "the server asks for the password of \(user), and neither PGPASSWORD nor ~/.pgpass has one"
        case .authentication(let user, let message):
            return zh ? "服务器不接受用户 \(user) 的登录：\(message)" : "the server did not let \(user) in: \(message)"
        case .noDatabase(let name):
            return zh ? "服务器上没有数据库 \(name)（createdb \(name) 可以新建）" : "the server has no database \(name) (createdb \(name) makes one)"
        case .noAccess(let user):
            return zh
                ? "账号 \(user) 无权读取台账表：请协调人运行 taizhang ledger grant \(ledger) \(user) --unit 单位名称（或 --coordinator）"
                : "the account \(user) may not read the ledger tables: the coordinator grants it with taizhang ledger grant \(ledger) \(user) --unit NAME (or --coordinator)"
        case .notInitialized:
            return zh
                ? "数据库中还没有台账表：请先运行 taizhang ledger init \(ledger)"
                : "the database has no ledger tables yet: run taizhang ledger init \(ledger) first"
        case .schemaOlder(let found, let known):
            return zh
                ? "数据库中的台账表是第 \(found) 版，本程序需要第 \(known) 版：运行 taizhang ledger init \(ledger) 升级"
                : "the database's ledger tables are version \(found); this taizhang needs \(known): run taizhang ledger init \(ledger) to upgrade them"
        case .schemaNewer(let found, let known):
            return zh
                ? "数据库中的台账表是第 \(found) 版，比本程序支持的（第 \(known) 版）新：请升级 taizhang"
                : "the database's ledger tables are version \(found), newer than this taizhang understands (\(known)): update taizhang"
        case .noSuchPlan(let plan):
            return zh
                ? "数据库中没有方案 \(plan)：协调人可用 taizhang ledger push 文件 \(ledger) 上传"
                : "the database has no plan \(plan): the coordinator puts one there with taizhang ledger push FILE \(ledger)"
        case .planExists(let plan):
            return zh ? "数据库中已有方案 \(plan)，不会覆盖它" : "the database already has a plan \(plan); refusing to overwrite it"
        case .connectionLost:
            return zh ? "与数据库服务器 \(ledger) 的连接断开了；没有保存任何改动" : "the connection to the database server (\(ledger)) was lost; nothing was saved"
        case .outcomeUnknown:
            return zh
                ? "提交时与数据库服务器的连接断开，无法确认改动是否已保存；重新连接后会核实，未核实前不算已保存"
                : "the connection to the server was lost while committing: whether the change was kept is not known yet; it is checked once the server is back, and not counted as saved until then"
        case .permissionDenied(let message):
            return zh ? "数据库拒绝了这项改动（权限不足）：\(message)；没有作任何改动" : "the database refused the change (not permitted): \(message); nothing was changed"
        case .inconsistent(let task):
            let which = task.map { zh ? "任务 \($0) " : "task \($0) " } ?? ""
            return zh
                ? "数据库中\(which)的内容与台账记录不一致（是否被手工改过？）；没有作任何改动"
                : "what the database holds for \(which)does not match the ledger's history (changed by hand?); nothing was changed"
        case .other(let code, let message):
            return zh ? "数据库服务器报错（\(code)）：\(message)" : "the database server reported an error (\(code)): \(message)"
        case .fileOnly(let work):
            let what: (String, String) = switch work {
            case .backups: ("备份", "backups")
            case .restore: ("恢复备份", "restoring a backup")
            }
            return zh
                ? "\(what.0)只适用于台账文件；数据库中的台账由数据库自己备份（pg_dump），每项改动都在历史中，可以撤销"
                : "\(what.1) is for ledger files; a database ledger is backed up by the database (pg_dump), and every change is in its history and can be undone"
        }
    }
}

extension AccessRefusal {
    /// Why a unit's account may not make a change, and what it may do instead.
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        let unchanged = zh ? "；没有作任何改动" : "; nothing was changed"
        switch self {
        case .notYourTask(let task, let unit):
            return (zh ? "任务 \(task) 不是 \(unit) 的任务，\(unit) 的账号不能修改它" : "task \(task) does not name \(unit); \(unit)'s account cannot change it") + unchanged
        case .status(let task, let unit):
            return (zh
                ? "任务状态由协调人设置；\(unit) 可以把自己承担的部分标为完成（taizhang unit done \(task) \(unit)）"
                : "a task's status is the coordinator's to set; \(unit) marks its own part done (taizhang unit done \(task) \(unit))") + unchanged
        case .deadline(let task, let unit):
            return (zh
                ? "任务 \(task) 的时限由协调人设置；\(unit) 可以在进展中申请延期"
                : "the deadline of task \(task) is the coordinator's to set; \(unit) may ask for an extension in a note") + unchanged
        case .otherUnitsPart(let task, let unit, let part):
            return (zh ? "任务 \(task) 中 \(part) 的部分只能由 \(part) 填报，不能由 \(unit) 填报" : "the part of \(part) in task \(task) is \(part)'s to report, not \(unit)'s") + unchanged
        case .othersEntry(let task, let unit):
            return (zh ? "任务 \(task) 上的这条记录不是 \(unit) 的账号写的，不能修改或删除" : "that entry on task \(task) was not written by \(unit)'s account, which may change only its own") + unchanged
        case .plan(let unit):
            return (zh ? "方案本身（单位别名、单位分组、恢复）只能由协调人修改，\(unit) 的账号不能修改" : "the plan itself (aliases, groups, restores) is the coordinator's to change, not \(unit)'s") + unchanged
        }
    }
}

extension LedgerAccess {
    /// What this account may change, for the dashboard's title and the command line; nil
    /// for the coordinator, who may change everything. `ownTasks` is counted only for a
    /// unit's account: counting walks every task, on the way to the dashboard's first frame.
    public func summary(_ language: Language, ownTasks count: @autoclosure () -> Int) -> String? {
        guard let unit else { return nil }
        let ownTasks = count()
        return language == .chinese
            ? "\(unit) 账号：可在本单位 \(ownTasks) 项任务上填进展、佐证材料和本单位部分"
            : "\(unit)'s account: notes, evidence and its own part, on its \(ownTasks) tasks"
    }
}
