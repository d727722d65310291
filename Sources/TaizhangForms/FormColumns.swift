import Foundation

/// The columns of a form, in the order they are written, and the names they are found by
/// when a form comes back (a unit may move a column, add one, or retype a header the way its
/// office writes it): headers are compared without spaces and marks such as `*` or `▼`.
enum FormColumn: Int, CaseIterable {
    case number, area, text, role, deadline, status, latest
    case progress, narrative, problem, nextStep, evidence, filledBy, phone
    case key

    var header: String {
        switch self {
        case .number: "序号"
        case .area: "工作领域"
        case .text: "具体要求"
        case .role: "本单位职责"
        case .deadline: "完成时限"
        case .status: "当前状态"
        case .latest: "最新进展"
        case .progress: "完成情况"
        case .narrative: "进展情况"
        case .problem: "存在问题"
        case .nextStep: "下步计划"
        case .evidence: "佐证材料"
        case .filledBy: "填报人"
        case .phone: "联系电话"
        case .key: "识别码"
        }
    }

    /// Other headers offices write for the same column.
    private var aliases: [String] {
        switch self {
        case .number: ["编号", "任务编号"]
        case .text: ["工作任务", "任务内容", "具体任务", "工作要求"]
        case .progress: ["完成状态", "办理情况", "形象进度"]
        case .narrative: ["推进情况", "工作进展", "落实情况", "进展"]
        case .problem: ["存在的问题", "问题"]
        case .nextStep: ["下一步计划", "下一步措施", "下步措施", "下一步工作"]
        case .evidence: ["佐证", "佐证资料", "证明材料"]
        case .filledBy: ["填表人", "联系人", "具体责任人"]
        case .phone: ["联系方式", "电话"]
        default: []
        }
    }

    /// Print widths in digit widths, chosen together for A4 landscape.
    var width: Double {
        switch self {
        case .number: 5
        case .area: 12
        case .text: 36
        case .role: 6
        case .deadline: 11
        case .status: 7
        case .latest: 16
        case .progress: 9
        case .narrative: 22
        case .problem: 12
        case .nextStep: 12
        case .evidence: 12
        case .filledBy: 7
        case .phone: 11
        case .key: 12
        }
    }

    /// The columns the unit fills in: unlocked, on a light yellow ground.
    var isFilledIn: Bool { rawValue >= FormColumn.progress.rawValue && self != .key }

    /// The column a header names, if any.
    static func named(_ header: String) -> FormColumn? {
        let plain = normalized(header)
        guard !plain.isEmpty else { return nil }
        return allCases.first { column in normalized(column.header) == plain || column.aliases.contains { normalized($0) == plain } }
    }

    static func normalized(_ header: String) -> String {
        var text = header
        for mark in ["（必填）", "(必填)", "（请选择）", "（选填）", "（下拉选择）"] { text = text.replacingOccurrences(of: mark, with: "") }
        return String(text.unicodeScalars.filter { scalar in
            !scalar.properties.isWhitespace && !"*＊▼▽△※".unicodeScalars.contains(scalar)
        }.map(Character.init))
    }
}
