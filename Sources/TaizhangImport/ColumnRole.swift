import TaizhangModel

/// What a table column holds, as its header names it. Plans name the same column in many
/// ways (牵头落实单位, 责任单位, 责任科室 …); mapping by name is what lets a spreadsheet's cells
/// be read by position once its header is known.
enum ColumnRole: Equatable, Hashable {
    case area
    case section
    case task
    case number
    /// Units, with the role a plain name in this column gets (牵头单位 → lead).
    case units(UnitRole)
    case deadline
    /// Progress, remarks and anything unrecognised: kept out of the task text.
    case ignored
}

/// A header row's columns mapped to roles.
struct HeaderMap: Equatable {
    var roles: [ColumnRole]
    /// Header texts no role was found for, with their column index.
    var unknown: [(index: Int, name: String)]

    static func == (lhs: HeaderMap, rhs: HeaderMap) -> Bool {
        lhs.roles == rhs.roles && lhs.unknown.map(\.index) == rhs.unknown.map(\.index)
    }

    static let areaNames: Set<String> = ["工作要求", "工作任务", "工作事项", "重点工作", "工作内容", "工作领域", "重点领域"]
    static let sectionNames: Set<String> = ["具体任务", "任务分类", "工作分类"]
    static let taskNames: Set<String> = ["具体要求", "计划措施", "工作措施", "具体措施", "主要措施", "具体内容", "任务内容"]
    static let numberNames: Set<String> = ["序号", "编号", "序"]
    static let combinedUnitNames: Set<String> = [
        "牵头落实单位", "责任单位", "责任科室", "责任部门", "牵头及责任单位", "落实单位", "责任主体", "牵头单位及责任单位",
        "责任单位（部门）", "责任单位(部门)",
    ]
    static let leadNames: Set<String> = ["牵头单位", "牵头部门", "牵头科室"]
    static let supportingNames: Set<String> = ["配合单位", "协办单位", "配合部门", "协助单位", "参与单位"]
    static let deadlineNames: Set<String> = ["时限要求", "完成时限", "完成时间", "时间节点", "时限", "完成期限"]
    static let ignoredNames: Set<String> = ["完成情况", "进展情况", "备注", "工作进展", "落实情况"]

    static var allNames: Set<String> {
        areaNames.union(sectionNames).union(taskNames).union(numberNames).union(combinedUnitNames)
            .union(leadNames).union(supportingNames).union(deadlineNames).union(ignoredNames)
    }

    /// A header cell as compared: spaces and line breaks inside (序  号) do not count.
    static func normalized(_ text: String) -> String {
        String(text.filter { !PlanText.isBlank($0) && $0 != "\n" && $0 != "*" && $0 != "＊" })
    }

    /// The map for a row, or nil when the row is not a header: it must name at least two
    /// known columns, one of them holding tasks or units.
    init?(_ cells: [String]) {
        let names = cells.map(Self.normalized)
        let known = names.filter { Self.allNames.contains($0) }
        guard known.count >= 2, known.count * 2 >= names.filter({ !$0.isEmpty }).count else { return nil }
        var roles: [ColumnRole] = []
        var unknown: [(Int, String)] = []
        for (index, name) in names.enumerated() {
            let role: ColumnRole
            if Self.areaNames.contains(name) { role = .area }
            else if Self.sectionNames.contains(name) { role = .section }
            else if Self.taskNames.contains(name) { role = .task }
            else if Self.numberNames.contains(name) { role = .number }
            else if Self.leadNames.contains(name) { role = .units(.lead) }
            else if Self.supportingNames.contains(name) { role = .units(.supporting) }
            // Beside a 牵头单位 column, 责任单位 names the units that carry the work.
            else if Self.combinedUnitNames.contains(name) { role = .units(.responsible) }
            else if Self.deadlineNames.contains(name) { role = .deadline }
            else {
                role = .ignored
                if !name.isEmpty, !Self.ignoredNames.contains(name) { unknown.append((index, cells[index])) }
            }
            roles.append(role)
        }
        // 工作要求 heads the area column beside 具体要求, but is the task column on its own.
        if !roles.contains(.task), let last = roles.lastIndex(of: .area) { roles[last] = .task }
        guard roles.contains(.task) || roles.contains(where: { if case .units = $0 { true } else { false } }) else { return nil }
        self.roles = roles
        self.unknown = unknown
    }
}
