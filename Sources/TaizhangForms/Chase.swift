import TaizhangModel
import TaizhangText
import TaizhangWords

/// The chase (催报): for each unit whose return for the period is missing past its day, a
/// short message in Chinese naming the day, how late it is and the unit's open tasks, ready
/// to paste into mail or chat. Units still within their time get a reminder instead, when
/// asked for.
public enum Chase {
    public struct Message: Hashable, Sendable {
        public var unit: String
        public var state: ReturnStanding.State
        public var text: String
    }

    /// The messages for the units that have not returned for the period containing `today`:
    /// those past the day, and with `reminders` those still within it; only `unit` when given.
    public static func messages(ledger: Ledger, today: DayDate, unit: String? = nil, reminders: Bool = false) throws(FormsError) -> [Message] {
        let naming = UnitNaming(ledger)
        let standings = ledger.returnStandings(today: today)
        if let unit, !standings.contains(where: { $0.unit == naming.name(unit) }) {
            throw .unknownUnit(unit, known: standings.map(\.unit))
        }
        return standings.filter { standing in
            (unit.map { naming.name($0) == standing.unit } ?? true) && (standing.state == .missing || (reminders && standing.state == .awaited))
        }.map { standing in
            Message(unit: standing.unit, state: standing.state, text: text(standing, ledger: ledger, today: today))
        }
    }

    static func text(_ standing: ReturnStanding, ledger: Ledger, today: DayDate) -> String {
        let plan = TerminalSafe.sanitize(ledger.plan.title)
        let due = standing.period.due
        let dueWords = "\(due.year)年\(due.month)月\(due.day)日"
        let unit = TerminalSafe.sanitize(standing.unit)
        var lines: [String]
        if standing.state == .missing {
            lines = [
                "【催报】\(unit)：",
                "《\(plan)》\(standing.period.label)落实情况应于\(dueWords)前报送，截至\(today.year)年\(today.month)月\(today.day)日尚未收到贵单位报送，"
                    + "已逾期\(standing.daysLate(today: today))天。请尽快填写台账填报表，连同佐证材料一并报送。",
            ]
        } else {
            lines = [
                "【提醒】\(unit)：",
                "《\(plan)》\(standing.period.label)落实情况请于\(dueWords)前报送，尚有\(due.dayNumber - today.dayNumber)天。请按时填写台账填报表，连同佐证材料一并报送。",
            ]
        }
        let naming = UnitNaming(ledger)
        let open = ledger.plan.tasks.filter { task in
            task.units.contains { naming.name($0.name) == standing.unit }
                && naming.part(of: standing.unit, in: task, today: today).map { $0.status != .done } ?? false
        }
        if !open.isEmpty {
            lines.append("贵单位尚未办结的任务（\(open.count)项）：")
            for task in open {
                let due = task.deadline.map { "（时限：\(TerminalSafe.sanitize($0.words(.chinese)))）" } ?? ""
                lines.append("\(task.number). \(TerminalSafe.sanitize(task.text, keepNewlines: true))\(due)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
