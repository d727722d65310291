import TaizhangModel
import TaizhangOffice
import TaizhangText
import TaizhangWords

/// One unit's form (台账填报表) as a workbook: the tasks that name it and are not signed off,
/// each whole, with where it stands; the columns the unit fills in open on a light yellow
/// ground and everything else protected (no password); a drop-down for 完成情况; the header
/// frozen and repeated on every printed A4 landscape page; a short 填报说明; and the form's
/// identity on a hidden sheet and in a hidden column.
public enum FormMaker {
    /// The name of the sheet the unit fills in, and of the hidden one.
    public static let sheetName = "填报表"
    public static let identitySheet = "taizhang"

    /// The tasks on `unit`'s form: those that name it (aliases applied), not signed off.
    public static func tasks(of unit: String, in ledger: Ledger) -> [PlanTask] {
        let naming = UnitNaming(ledger)
        return ledger.plan.tasks.filter { task in task.status != .done && task.units.contains { naming.name($0.name) == unit } }
    }

    /// The text of a task as the form shows it (control characters made visible): what its
    /// checksum is taken of.
    static func shown(_ text: String) -> String { TerminalSafe.sanitize(text, keepNewlines: true) }

    static func checksum(_ task: PlanTask) -> String { TaskChecksum.of(shown(task.text)) }

    /// The workbook, or nil when no open task names the unit.
    public static func workbook(ledger: Ledger, key: FormKey, today: DayDate) -> Workbook? {
        let tasks = tasks(of: key.unit, in: ledger)
        guard !tasks.isEmpty else { return nil }
        let columns = FormColumn.allCases
        let last = FormColumn.phone.rawValue
        let plan = ledger.plan
        let due = key.period.due
        var rows: [Row] = [
            Row([.text("《\(shown(plan.title))》落实情况台账填报表", CellStyle(bold: true, fontSize: 15, wrap: true, alignment: .center, verticalCenter: true))]
                + Array(repeating: nil, count: last) + [.text(key.text, CellStyle())]),
            Row([.text(
                "填报单位：\(shown(key.unit))　　报送周期：\(key.period.label)（\(key.period.start)至\(due)）　　报送时限：\(due.year)年\(due.month)月\(due.day)日前　　生成日期：\(today)",
                CellStyle(fontSize: 11, wrap: true, alignment: .center, verticalCenter: true))]),
            Row([.text(instructions(due: due), CellStyle(fontSize: 10, wrap: true, verticalCenter: true))]),
            Row(columns.map { .text($0.header, $0.isFilledIn ? CellStyle(bold: true, fill: .input, border: true, wrap: true, alignment: .center, verticalCenter: true) : .header) }),
        ]
        var identity: [Row] = [
            Row([.text("说明"), .text("本表由 taizhang 生成，用于核对回收的填报表，请勿修改。")]),
            Row([.text("form"), .text(key.text)]),
            Row([.text("task"), .text("checksum"), .text("status"), .text("part")]),
        ]
        let naming = UnitNaming(ledger)
        for task in tasks {
            let rowKey = RowKey(task: task.number, checksum: checksum(task), status: task.status, partDone: partDone(task, unit: key.unit, naming: naming))
            rows.append(Row(columns.map { cell($0, task: task, unit: key.unit, plan: plan, naming: naming, key: rowKey) }))
            identity.append(Row([.text(String(task.number)), .text(rowKey.checksum), .text(task.status.rawValue), .text(rowKey.partDone ? "1" : "0")]))
        }
        let firstTask = 4
        let lastRow = rows.count - 1
        var sheet = Worksheet(
            name: sheetName, columns: columns.map { Column(width: $0.width, hidden: $0 == .key) }, rows: rows,
            merges: (0...2).map { CellRange(rows: $0...$0, columns: 0...last) },
            frozenRows: firstTask, page: PageSetup(landscape: true, fitToWidth: true, repeatRows: 3...3),
            validations: [ListValidation(
                range: CellRange(rows: firstTask...lastRow, columns: FormColumn.progress.rawValue...FormColumn.progress.rawValue),
                options: UnitProgress.allCases.map { $0.words(.chinese) },
                prompt: "请从下拉列表选择：未开始、推进中、已完成、申请延期")],
            protected: true, autoFilter: CellRange(rows: 3...lastRow, columns: 0...last))
        sheet.fitRowHeights()
        let hidden = Worksheet(name: identitySheet, hidden: true, columns: [Column(width: 10), Column(width: 40), Column(width: 10), Column(width: 6)], rows: identity)
        let title = "\(shown(plan.title))落实情况台账填报表（\(shown(key.unit))）"
        return Workbook(title: title, day: (today.year, today.month, today.day), sheets: [sheet, hidden])
    }

    static func instructions(due: DayDate) -> String {
        "填报说明：1. 请在浅黄色各列填写本期落实情况，其余各列由台账生成，请勿修改（工作表已保护，不设密码）。"
            + "2. 完成情况请从下拉列表选择：未开始、推进中、已完成、申请延期；申请延期的，请在进展情况中写明申请延至的日期和理由。"
            + "3. 佐证材料填写网页链接或文件名，多项分行填写。"
            + "4. 可以调整行高列宽、排序和筛选，请勿删除行列或改动任务内容。请于\(due.year)年\(due.month)月\(due.day)日前报送。"
    }

    /// The unit's own part marked done (a return or `unit done` before).
    static func partDone(_ task: PlanTask, unit: String, naming: UnitNaming) -> Bool {
        let written = task.units.map(\.name).filter { naming.name($0) == unit }
        return !written.isEmpty && written.allSatisfy(task.unitsDone.contains)
    }

    private static func cell(_ column: FormColumn, task: PlanTask, unit: String, plan: Plan, naming: UnitNaming, key: RowKey) -> WorkbookCell? {
        let body = CellStyle.body
        switch column {
        case .number: return .int(task.number, CellStyle(border: true, alignment: .center))
        case .area:
            let area = plan.area(task.area)
            let lines = [area.map { "\(ChineseNumeral.string($0.number))、\($0.title)" }, area?.section(task.section).map { "（\(ChineseNumeral.string($0.number))）\($0.title)" }]
            return .text(shown(lines.compactMap { $0 }.joined(separator: "\n")), body)
        case .text: return .text(shown(task.text), body)
        case .role:
            let role = naming.units(of: task).first { $0.name == unit }?.role ?? .responsible
            return .text(role.words(.chinese), CellStyle(border: true, wrap: true, alignment: .center))
        case .deadline: return .text(shown(task.deadline?.words(.chinese) ?? ""), body)
        case .status:
            let words = key.partDone && task.status != .done ? "本单位已报完成，待销号" : task.status.words(.chinese)
            return .text(words, CellStyle(border: true, wrap: true, alignment: .center))
        case .latest:
            return .text(task.notes.last.map { shown(String($0.at.prefix(10)) + " " + $0.text) } ?? "", body)
        case .key: return .text(key.text, CellStyle())
        default: return .text("", CellStyle(fill: .input, border: true, wrap: true, unlocked: true))
        }
    }
}
