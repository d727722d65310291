import ArgumentParser
import TaizhangForms
import TaizhangModel
import TaizhangStore
import TaizhangWords

/// `taizhang forms --out DIR`: one form (台账填报表, .xlsx) per unit for the units to fill in
/// and send back, pre-filled with the tasks that name it.
struct FormsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forms", abstract: "Write one form (.xlsx) per unit to fill in and return (台账填报表).",
        discussion: """
            Each form lists the open tasks that name the unit, whole, with the unit's role, the \
            deadline, where the task stands and its latest note; the unit fills in 完成情况 \
            (未开始, 推进中, 已完成, 申请延期), 进展情况, 存在问题, 下步计划, 佐证材料, 填报人 and \
            联系电话. Everything else is protected (no password). The form carries the ledger's \
            identity, the unit, the period and a checksum of each task's text, so `taizhang \
            collect` can match it when it comes back, in whatever program it was saved.

            The period is the one the reporting cycle (taizhang cycle) puts today in, due on its \
            day; --cycle names another and --due sets its day. Files are named \
            台账填报表-UNIT-PERIOD.xlsx and written with the ledger's permissions.
            """)
    @OptionGroup var options: LedgerOptions
    @OptionGroup var today: TodayOption
    @Option(help: ArgumentHelp("The folder to write the forms into (it must exist).", valueName: "folder"))
    var out: String
    @Option(name: .customLong("unit"), help: ArgumentHelp("Only this unit (repeat for more).", valueName: "name"))
    var units: [String] = []
    @Option(help: ArgumentHelp("The period the forms are for (default: the current one, e.g. 2026-11).", valueName: "label"))
    var cycle: String?
    @Option(help: ArgumentHelp("The day returns are due (default: the period's).", valueName: "YYYY-MM-DD"))
    var due: String?

    func validate() throws {
        let zh = options.language == .chinese
        if let due, DayDate(due) == nil {
            throw ValidationError(zh ? "--due 应写成 YYYY-MM-DD，不是 \(due)" : "--due must be a date as YYYY-MM-DD, not \(due)")
        }
        if let cycle, cycle.isEmpty || cycle.contains("|") || cycle.contains(where: \.isNewline) {
            throw ValidationError(FormsError.badPeriod(cycle).words(options.language))
        }
    }

    func run() throws {
        let language = options.language
        let zh = language == .chinese
        let ledger = try options.openForReading()
        let day = today.day
        var period = ledger.returnPeriod(today: day)
        if let cycle, cycle != period.label { period = ReportingCycle.Period(named: cycle, start: period.start, due: period.due) }
        if let due = due.flatMap(DayDate.init) { period = ReportingCycle.Period(named: period.label, start: period.start, due: due) }
        let made = Stamp.now(environment: options.environment).at
        let written: [FormWriter.Written]
        do {
            written = try FormWriter.write(
                ledger: ledger, units: units, period: period, made: made, today: day, folder: out,
                mode: LedgerFile.mode(of: options.path) ?? 0o600)
        } catch {
            throw CommandError(error.words(language))
        }
        for form in written {
            if let path = form.path {
                print(zh ? "已写入 \(path)（\(form.tasks) 项任务）" : "wrote \(path) (\(form.tasks) task\(form.tasks == 1 ? "" : "s"))")
            } else {
                print(zh ? "\(form.unit)：没有未销号的任务，未生成表格" : "\(form.unit): no open task, no form")
            }
        }
        print(zh ? "报送周期 \(period.label)，报送时限 \(period.due)" : "period \(period.label), due \(period.due)")
    }
}
