import TaizhangModel

extension UIStrings {
    public static let english = UIStrings(
        areasTitle: "Work areas", tasksTitle: "Tasks", detailTitle: "Task", workloadTitle: "Unit workload",
        allTasks: "All tasks", unassigned: "(no unit)",
        statusNames: [.todo: "to do", .doing: "in progress", .done: "done"],
        unitColumn: "Unit", totalColumn: "All", doneColumn: "Done", openColumn: "Open",
        area: "Area", labelSeparator: ": ", section: "Section", units: "Units",
        roleNames: [.lead: "lead", .responsible: "responsible", .supporting: "supporting"],
        changed: "changed", neverChanged: "not changed since import", notes: "Notes",
        noTasks: "No tasks match.", filterUnit: "unit", filterSearch: "search",
        searchPrompt: "Search: ",
        hints: "? help  / search  Space done  s status  Tab pane  q quit",
        unsaved: "NOT SAVED", progress: "done",
        tooSmall: "Terminal too small (need {need}, have {have})",
        helpTitle: "Keys",
        helpLines: [
            HelpLine("j k ↓ ↑", "move"), HelpLine("g G Home End", "first / last"), HelpLine("PgUp PgDn", "page"),
            HelpLine("Tab S-Tab h l", "next / previous pane"), HelpLine("Enter", "open area, filter by unit"),
            HelpLine("Space", "mark done / not done"), HelpLine("s", "cycle to do → in progress → done"),
            HelpLine("/", "search task text and units"), HelpLine("Esc", "clear filter and search"),
            HelpLine("?", "this help"), HelpLine("q", "quit"),
        ],
        helpFooter: "Every change is saved at once.  Press any key.")

    public static let chinese = UIStrings(
        areasTitle: "工作要求", tasksTitle: "具体要求", detailTitle: "任务", workloadTitle: "单位工作量",
        allTasks: "全部任务", unassigned: "（未指定单位）",
        statusNames: [.todo: "未开始", .doing: "进行中", .done: "已完成"],
        unitColumn: "单位", totalColumn: "总数", doneColumn: "完成", openColumn: "未完",
        area: "工作要求", labelSeparator: "：", section: "具体任务", units: "牵头落实单位",
        roleNames: [.lead: "牵头", .responsible: "负责", .supporting: "按职能分工落实"],
        changed: "更新于", neverChanged: "导入后未更改", notes: "进展",
        noTasks: "没有符合条件的任务。", filterUnit: "单位", filterSearch: "搜索",
        searchPrompt: "搜索：",
        hints: "? 帮助  / 搜索  空格 完成  s 状态  Tab 切换  q 退出",
        unsaved: "未保存", progress: "已完成",
        tooSmall: "终端太小（需要 {need}，当前 {have}）",
        helpTitle: "按键",
        helpLines: [
            HelpLine("j k ↓ ↑", "上下移动"), HelpLine("g G Home End", "首项 / 末项"), HelpLine("PgUp PgDn", "翻页"),
            HelpLine("Tab S-Tab h l", "切换窗格"), HelpLine("Enter", "打开工作要求，按单位筛选"),
            HelpLine("空格", "标记完成 / 未完成"), HelpLine("s", "未开始 → 进行中 → 已完成"),
            HelpLine("/", "搜索任务内容和单位"), HelpLine("Esc", "清除筛选和搜索"),
            HelpLine("?", "本帮助"), HelpLine("q", "退出"),
        ],
        helpFooter: "每次更改都会立即保存。按任意键返回。")
}
