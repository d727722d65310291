/// The words of the plan picker and the cross-plan unit view.
extension UIStrings {
    var zh: Bool { language == .chinese }
    public var noPlansHome: String {
        zh ? "此台账不在方案库中（用 --ledger 打开）：没有其他方案可选" : "this ledger is not in the plans home (opened with --ledger): no other plans to choose"
    }
    var plansTitle: String { zh ? "方案" : "Plans" }
    var plansFooter: String { zh ? "Enter 打开  Esc 关闭" : "Enter open  Esc close" }
    var unitsAcrossTitle: String { zh ? "各单位（全部方案）" : "Units across all plans" }
    var unitsAcrossFooter: String { zh ? "Enter 列出未完任务  Esc 关闭" : "Enter its open tasks  Esc close" }
    var unitTasksFooter: String { zh ? "Esc 返回" : "Esc back" }
    var openTasksOf: String { zh ? "未完任务：" : "Open tasks: " }
    var noOpenTasks: String { zh ? "没有未完任务" : "no open tasks" }
    var overdueShort: String { zh ? "逾期" : "late" }
    var unitColumn: String { zh ? "单位" : "Unit" }
    /// 迟报 / Return: in how many plans the unit's return this period is late or missing.
    var unitsAcrossHeadings: [String] { zh ? ["总数", "未完", "逾期", "迟报", "方案数"] : ["All", "Open", "Late", "Return", "Plans"] }
}
