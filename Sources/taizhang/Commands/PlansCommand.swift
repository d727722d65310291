import Foundation
import ArgumentParser
import TaizhangModel
import TaizhangStore
import TaizhangText
import TaizhangWords

/// `taizhang plans`: the plans in the home, and archiving the finished ones.
struct PlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans", abstract: "The plans in the plans home: list them, archive a finished one.",
        discussion: """
            Every plan the office carries is one ledger file in $XDG_DATA_HOME/taizhang/plans/ \
            (~/.local/share/taizhang/plans/), named as `taizhang import` named it (its year and \
            title, or --name). --plan NAME selects one for any command; without it, commands \
            use the plan the dashboard opened last.
            """,
        subcommands: [PlansListCommand.self, PlansArchiveCommand.self, PlansUnarchiveCommand.self],
        defaultSubcommand: PlansListCommand.self)
}

struct PlansListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Name, title, year, tasks, done, overdue and last change of every plan; * marks the current one.")
    @OptionGroup var options: LedgerOptions
    @OptionGroup var today: TodayOption
    @Flag(help: "Print a JSON array for scripts.") var json = false
    @Flag(help: "List the archived plans too.") var archived = false

    func run() throws {
        let home = try options.home()
        let language = options.language
        let (plans, unreadable): ([PlanSummary], [(PlanName, LedgerError)])
        do {
            (plans, unreadable) = try home.summaries(archived: archived, today: today.day)
        } catch {
            throw CommandError(error.words(language))
        }
        for (name, error) in unreadable {
            printError(TerminalSafe.sanitize("taizhang: \(name): " + error.words(language)))
        }
        if json {
            printBytes(JSONWriter.bytes(.array(plans.map(\.json))))
            return
        }
        guard !plans.isEmpty else {
            print(language == .chinese
                ? "方案库 \(options.shown(home.folder)) 中还没有方案：运行 taizhang 可新建内置方案，taizhang import 文件 可导入方案"
                : "No plans in \(options.shown(home.folder)) yet: `taizhang` starts the bundled plan, `taizhang import FILE` adds one")
            return
        }
        let current = try? home.currentPlan()
        let zh = language == .chinese
        let headings = zh
            ? ["", "名称", "标题", "年份", "任务", "完成", "逾期", "最近修改"]
            : ["", "Name", "Title", "Year", "Tasks", "Done", "Late", "Last change"]
        let rows = plans.map { plan in
            [
                plan.name == current && !plan.archived ? "*" : plan.archived ? (zh ? "档" : "A") : "",
                TerminalSafe.sanitize(plan.name.text),
                TextFit.truncate(TerminalSafe.sanitize(plan.title), toWidth: 40),
                plan.year.map(String.init) ?? "—",
                String(plan.tasks), String(plan.done), String(plan.overdue),
                plan.lastChange.map { String($0.prefix(16)).replacingOccurrences(of: "T", with: " ") } ?? "—",
            ]
        }
        for line in TextColumns.lines([headings] + rows, rightAligned: [3, 4, 5, 6]) { print(line) }
    }
}

struct PlansArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive", abstract: "Move a finished plan out of the daily list (still readable with --plan, and in --all with --archived).")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The plan's name.") var name: String

    func run() throws {
        let language = options.language
        do {
            let home = try options.home()
            let (found, _) = try home.find(name)
            try home.archive(found)
            print(language == .chinese ? "已归档方案“\(found)”" : "Archived the plan \(found)")
        } catch let error as PlansHomeError {
            throw CommandError(error.words(language))
        }
    }
}

struct PlansUnarchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unarchive", abstract: "Bring an archived plan back into the daily list.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The plan's name.") var name: String

    func run() throws {
        let language = options.language
        do {
            let home = try options.home()
            let planName: PlanName
            do { planName = try PlanName(name) } catch { throw PlansHomeError.badName(name, error) }
            try home.unarchive(planName)
            print(language == .chinese ? "已将方案“\(planName)”移回日常列表" : "Brought the plan \(planName) back into the daily list")
        } catch let error as PlansHomeError {
            throw CommandError(error.words(language))
        }
    }
}
