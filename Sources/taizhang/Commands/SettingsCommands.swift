import ArgumentParser
import TaizhangModel
import TaizhangWords

/// `taizhang cycle monthly --day 25`: when units send their returns (每月25日前). Weekly,
/// quarterly, once on a day, or none. Kept in the ledger's settings, as an undoable change.
struct CycleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cycle", abstract: "Set when units report: monthly, weekly, quarterly, once DATE, or none.")
    @OptionGroup var options: LedgerOptions
    @Argument(help: ArgumentHelp("monthly, weekly, quarterly, once or none.", valueName: "kind")) var kind: String
    @Argument(help: ArgumentHelp("For once: the day returns are due.", valueName: "YYYY-MM-DD")) var date: String?
    @Option(help: ArgumentHelp("Monthly or quarterly: the day of the month returns are due (default 25).", valueName: "N")) var day: Int?
    @Option(help: ArgumentHelp("Weekly: the day of the week, 1 = Monday … 7 = Sunday (default 5).", valueName: "N")) var weekday: Int?

    func validate() throws {
        let zh = options.language == .chinese
        if let day, !(1...31).contains(day) { throw ValidationError(zh ? "--day 应在 1 到 31 之间，不是 \(day)" : "--day must be 1 to 31, not \(day)") }
        if let weekday, !(1...7).contains(weekday) { throw ValidationError(zh ? "--weekday 应在 1 到 7 之间，不是 \(weekday)" : "--weekday must be 1 to 7, not \(weekday)") }
        if kind == "once", date.flatMap(DayDate.init) == nil {
            throw ValidationError(zh ? "once 后面要写日期，如 2026-12-25" : "once needs a date as YYYY-MM-DD, e.g. 2026-12-25")
        }
        guard ["monthly", "weekly", "quarterly", "once", "none"].contains(kind) else {
            throw ValidationError(zh ? "不认识的周期 \(kind)：可用 monthly、weekly、quarterly、once、none" : "unknown cycle \(kind): use monthly, weekly, quarterly, once or none")
        }
    }

    func run() throws {
        let cycle: ReportingCycle? = switch kind {
        case "monthly": .monthly(day: day ?? 25)
        case "weekly": .weekly(weekday: weekday ?? 5)
        case "quarterly": .quarterly(day: day ?? 25)
        case "once": date.flatMap(DayDate.init).map { .once($0) }
        default: nil
        }
        var settings = try options.existingLedger()?.settings ?? .standard
        settings.cycle = cycle
        let entries = try ChangeCommand.run([.settings(settings)], options: options)
        let zh = options.language == .chinese
        let words = cycle.map { $0.words(options.language) } ?? (zh ? "无" : "none")
        print((zh ? "报送周期：" : "reporting cycle: ") + words + (entries.isEmpty ? (zh ? "（未变）" : " (unchanged)") : ""))
    }
}

/// `taizhang lights --due-soon-days 15 --unstarted-share 0.5`: how this office judges lights.
struct LightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lights", abstract: "Show or set how lights are judged (days before a deadline, share of time gone).")
    @OptionGroup var options: LedgerOptions
    @Option(help: ArgumentHelp("Yellow when the deadline is this many days away or fewer (default 15).", valueName: "N")) var dueSoonDays: Int?
    @Option(help: ArgumentHelp("Yellow when more than this share of the time is gone and nothing started (default 0.5).", valueName: "0…1")) var unstartedShare: Double?

    func validate() throws {
        if let dueSoonDays, !(0...366).contains(dueSoonDays) { throw ValidationError("--due-soon-days must be 0 to 366") }
        if let unstartedShare, !(0...1).contains(unstartedShare) { throw ValidationError("--unstarted-share must be between 0 and 1") }
    }

    func run() throws {
        let zh = options.language == .chinese
        var settings = try options.existingLedger()?.settings ?? .standard
        if dueSoonDays != nil || unstartedShare != nil {
            settings.lights.dueSoonDays = dueSoonDays ?? settings.lights.dueSoonDays
            settings.lights.unstartedShare = unstartedShare ?? settings.lights.unstartedShare
            _ = try ChangeCommand.run([.settings(settings)], options: options)
        }
        let rules = settings.lights
        print(zh
            ? "红灯：过了时限仍未销号\n黄灯：距时限 \(rules.dueSoonDays) 天以内，或时间已过 \(Int(rules.unstartedShare * 100))% 仍未开始，或单位报告存在问题、申请延期\n绿灯：其余未销号的任务"
            : "red: past its deadline and not signed off\nyellow: due within \(rules.dueSoonDays) days, or over \(Int(rules.unstartedShare * 100))% of its time gone and not started, or a unit reports a problem or asks for more time\ngreen: every other task not signed off")
    }
}
