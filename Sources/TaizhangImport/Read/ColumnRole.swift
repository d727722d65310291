import TaizhangModel

/// What a table column holds, as its header names it. Plans name the same column in many ways
/// (工作任务, 重点工作, 考核项目 …); the header's names give the columns their roles, and the
/// rows are then aligned to them by content.
enum ColumnRole: Equatable, Hashable, Sendable {
    case area
    case section
    case task
    case number
    /// Units, with the role a plain name in this column gets (牵头单位 → lead).
    case units(UnitRole)
    case people
    case deadline
    /// Progress, remarks, targets, scoring bodies: kept out of the task.
    case ignored(expects: CellKind?)

    var isUnits: Bool { if case .units = self { true } else { false } }
}

/// A table's columns as its header names them.
enum HeaderNames {
    static let area: Set<String> = [
        "工作任务", "工作要求", "工作事项", "重点工作", "工作内容", "工作领域", "重点领域", "考核项目", "考评项目", "目标名称", "任务名称",
        "类别", "工作类别", "主要任务", "目标任务", "任务类别", "项目", "重点任务", "分类", "重大任务",
    ]
    static let section: Set<String> = ["具体任务", "任务分类", "工作分类", "考核指标", "子项目", "一级要点"]
    static let task: Set<String> = [
        "具体要求", "计划措施", "工作措施", "具体措施", "主要措施", "具体内容", "任务内容", "细化分工", "考核内容", "工作标准",
        "重点工作任务", "任务要求", "考评标准", "主要内容", "具体工作", "工作目标", "具体任务内容", "主要工作", "工作举措", "推进措施",
        "二级要点",
    ]
    static let number: Set<String> = ["序号", "编号", "序"]
    static let ignored: Set<String> = [
        "完成情况", "进展情况", "备注", "工作进展", "落实情况", "单位", "年度目标", "评分部门", "目标值", "分值", "考核分值", "推进情况",
        "形象进度", "存在问题", "下一步措施", "文件依据", "佐证材料", "计量单位", "指标值", "评分标准", "考核部门",
    ]

    /// The role of a cell inside a header already found: a name plans use, or else the words
    /// any name of the kind holds (`1-10月推进情况` is progress, `责任主体与协同单位` units,
    /// `全年目标任务` the task). Only a known name starts a header: a data cell such as
    /// `常规政务公开事项` or `强化组织领导` is no column name by its words alone.
    static func role(inHeader cell: String) -> ColumnRole? {
        guard cell.utf8.count <= FieldLabel.longestName else { return nil }
        return role(of: cell) ?? roleByWords(FieldLabel.key(cell))
    }

    /// The role of one cell that names a column as plans name it most, or nil.
    static func role(of cell: String) -> ColumnRole? {
        guard cell.utf8.count <= FieldLabel.longestName else { return nil }
        let key = FieldLabel.key(cell)
        guard !key.isEmpty else { return nil }
        if number.contains(key) { return .number }
        if area.contains(key) { return .area }
        if section.contains(key) { return .section }
        if task.contains(key) { return .task }
        if let meaning = FieldLabel.meaning(of: key) {
            switch meaning {
            case .units(let role): return .units(role)
            case .people: return .people
            case .deadline: return .deadline
            }
        }
        if ignored.contains(key) {
            let expects: CellKind? = ["部门", "单位", "科室", "处室"].contains(where: key.hasSuffix) && key != "单位" ? .units
                : (["单位", "年度目标", "目标值", "分值", "考核分值", "计量单位", "指标值"].contains(key) ? .figure : nil)
            return .ignored(expects: expects)
        }
        return nil
    }

    /// A column named in words the lists above do not hold, by what the words say.
    private static func roleByWords(_ key: String) -> ColumnRole? {
        // A sentence, a date or a figure is a cell, not a column's name.
        guard (2...16).contains(key.count), key.allSatisfy(Fold.isHan) || key.contains("-") || key.contains("月"),
            !key.contains("。"), !key.contains(",")
        else { return nil }
        if ["情况", "进度", "是否", "说明", "成效", "问题", "佐证", "依据", "评分", "分值", "体系", "计划", "备注", "指标"].contains(where: key.contains) {
            return .ignored(expects: nil)
        }
        if ["领导", "责任人", "负责人", "联系人"].contains(where: key.hasSuffix) { return .people }
        if ["时限", "期限", "完成时间", "时间节点"].contains(where: key.contains) { return .deadline }
        if ["单位", "部门", "科室", "处室", "股室", "主体"].contains(where: key.hasSuffix) {
            if ["牵头", "主责", "主办"].contains(where: key.contains) { return .units(.lead) }
            if !key.contains("责任"), ["配合", "协办", "协助", "参与", "协同"].contains(where: key.contains) { return .units(.supporting) }
            return .units(.responsible)
        }
        if ["类别", "分类", "领域", "板块", "类型"].contains(where: key.hasSuffix) { return .area }
        if ["任务", "事项", "内容", "措施", "举措", "要求"].contains(where: key.hasSuffix) { return .task }
        return nil
    }

    /// Roles for a header; nil unless it names at least two columns, one of them holding
    /// tasks or units. With no task column, the last area-like column holds the tasks; with
    /// two task columns, the first holds sections.
    static func roles(_ names: [String]) -> [ColumnRole]? {
        var roles = names.map { role(inHeader: $0) ?? .ignored(expects: nil) }
        let known = names.filter { role(of: $0) != nil }.count
        guard known >= 2 else { return nil }
        // A kind read from the words (`目标类型`) after the units is an attribute of the row,
        // not the area it sits in: areas head a table from the left.
        if let units = roles.firstIndex(where: \.isUnits) {
            for index in roles.indices where index > units && (roles[index] == .area || roles[index] == .section) && role(of: names[index]) == nil {
                roles[index] = .ignored(expects: nil)
            }
        }
        if !roles.contains(.task), let last = roles.lastIndex(of: .area) { roles[last] = .task }
        let tasks = roles.indices.filter { roles[$0] == .task }
        if tasks.count >= 2, !roles.contains(.section) { roles[tasks[0]] = .section }
        guard roles.contains(.task) || roles.contains(where: \.isUnits) else { return nil }
        return roles
    }
}
