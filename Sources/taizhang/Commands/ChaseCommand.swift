import ArgumentParser
import TaizhangForms
import TaizhangModel
import TaizhangWords

/// `taizhang chase`: a 催报 message per unit that has not returned for the period past its
/// day, ready to paste into mail or chat.
struct ChaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chase", abstract: "A chasing message (催报) for each unit late with its return.",
        discussion: """
            The period is the one the reporting cycle (taizhang cycle) puts today in; a unit is \
            late when it has no return recorded for it and the due day has passed. Each message \
            names the day, how late the return is and the unit's open tasks. --remind also \
            writes to units whose day has not come yet.
            """)
    @OptionGroup var options: LedgerOptions
    @OptionGroup var today: TodayOption
    @Option(help: ArgumentHelp("Only this unit.", valueName: "name")) var unit: String?
    @Flag(help: "Also remind the units whose due day has not passed.") var remind = false

    func run() throws {
        let language = options.language
        let zh = language == .chinese
        let ledger = try options.openForReading()
        let day = today.day
        let messages: [Chase.Message]
        do {
            messages = try Chase.messages(ledger: ledger, today: day, unit: unit, reminders: remind)
        } catch {
            throw CommandError(error.words(language))
        }
        let period = ledger.returnPeriod(today: day)
        if ledger.settings.cycle == nil {
            printError(zh
                ? "taizhang：尚未设定报送周期，按每月月底报送计；设定请运行 taizhang cycle monthly --day 25"
                : "taizhang: no reporting cycle is set, so returns are due at each month's end; set one with taizhang cycle monthly --day 25")
        }
        guard !messages.isEmpty else {
            let late = day > period.due
            print(zh
                ? (late ? "\(period.label) 各单位均已报送" : "\(period.label) 报送时限为 \(period.due)，尚无逾期未报的单位")
                : (late ? "every unit has returned for \(period.label)" : "returns for \(period.label) are due \(period.due); no unit is late yet"))
            return
        }
        print(messages.map(\.text).joined(separator: "\n\n"))
    }
}
