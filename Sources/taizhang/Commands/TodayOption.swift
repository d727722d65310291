import ArgumentParser
import TaizhangModel
import TaizhangStore
import TaizhangWords
import Foundation

/// `--today YYYY-MM-DD` for the commands whose numbers depend on the day (overdue work):
/// the same day the dashboard and `report` take, so their numbers can be compared.
struct TodayOption: ParsableArguments {
    @Option(name: .customLong("today"), help: ArgumentHelp("Judge deadlines as of this day (default: today).", valueName: "YYYY-MM-DD"))
    var text: String?

    func validate() throws {
        if let text, DayDate(text) == nil {
            throw Self.notADay(text)
        }
    }

    var day: DayDate { text.flatMap(DayDate.init) ?? DayDate.current() }

    /// The refusal of a `--today` that is no day, in the language the environment asks for
    /// (the dashboard's `--today` says the same).
    static func notADay(_ text: String) -> ValidationError {
        let zh = Language.from(environment: processEnvironment) == .chinese
        return ValidationError(zh ? "--today 须是 YYYY-MM-DD 格式的日期，而不是 \(text)" : "--today must be a date as YYYY-MM-DD, not \(text)")
    }
}
