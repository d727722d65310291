import ArgumentParser
import TaizhangModel
import TaizhangStore

/// `--today YYYY-MM-DD` for the commands whose numbers depend on the day (overdue work):
/// the same day the dashboard and `report` take, so their numbers can be compared.
struct TodayOption: ParsableArguments {
    @Option(name: .customLong("today"), help: ArgumentHelp("Judge deadlines as of this day (default: today).", valueName: "YYYY-MM-DD"))
    var text: String?

    func validate() throws {
        if let text, DayDate(text) == nil {
            throw ValidationError("--today must be a date as YYYY-MM-DD, not \(text)")
        }
    }

    var day: DayDate { text.flatMap(DayDate.init) ?? DayDate.current() }
}
