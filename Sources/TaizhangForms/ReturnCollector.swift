import Foundation
import TaizhangModel

/// Reads returned forms into the ledger: each form is matched to this ledger, its unit and
/// period; each filled-in row to its task, its text checked against the checksum the form
/// was made with; what the unit says becomes changes recorded with `by` set to the unit (and
/// its 填报人), one by one, so each can be undone. A row that would overwrite what the
/// coordinator changed after the form was made waits as a conflict; a row with a problem is
/// refused whole. Changes already in the ledger are not made again, so collecting the same
/// return twice changes nothing the second time.
public enum ReturnCollector {
    /// `forms` collected into `ledger` at `now` (the coordinator's stamp: it records the
    /// returns). `received`, when given, is when the returns count as received (ISO 8601);
    /// otherwise when each file was last saved, if that lies between its making and now.
    /// `accept` names tasks whose conflicting rows the coordinator has decided to take.
    public static func collect(
        _ forms: [ReturnedForm], into ledger: Ledger, now: Stamp, received: String? = nil, accept: Set<Int> = []
    ) -> Collection {
        var working = ledger
        let identity = LedgerIdentity.of(ledger)
        let today = DayDate(now.at.prefix(10)) ?? DayDate(year: 2000, month: 1, day: 1).unsafelyUnwrapped
        let units = ledger.reportingUnits(today: today)
        let naming = UnitNaming(ledger)
        var outcomes: [FormOutcome] = []
        for form in forms {
            var outcome = FormOutcome(file: form.file, unit: nil, period: nil, problem: nil, rows: [], recorded: nil)
            defer { outcomes.append(outcome) }
            if let error = form.unreadable {
                outcome.problem = .unreadable(error)
                continue
            }
            guard let key = form.key else {
                outcome.problem = .notAForm
                continue
            }
            guard key.ledger == identity else {
                outcome.problem = .otherLedger(unit: key.unit, period: key.period.label)
                continue
            }
            let unit = naming.name(key.unit)
            outcome.unit = unit
            outcome.period = key.period
            guard units.contains(unit) else {
                outcome.problem = .unknownUnit(key.unit)
                continue
            }
            let filled = form.rows.filter(\.isFilled)
            guard !filled.isEmpty else {
                outcome.problem = .nothingFilled
                continue
            }
            outcome.filledBy = filled.lazy.map(\.filledBy).first { !$0.isEmpty }
            outcome.phone = filled.lazy.map(\.phone).first { !$0.isEmpty }
            let judge = RowJudge(form: form, key: key, unit: unit, at: now.at, filledBy: outcome.filledBy, accept: accept)
            for row in filled {
                outcome.rows.append(judge.judge(row, in: &working))
            }
            let used = outcome.rows.contains { row in
                if case .applied = row.result { return true }
                if case .alreadyIn = row.result { return true }
                return false
            }
            let known = working.returns.contains { naming.name($0.unit) == unit && $0.period == key.period.label }
            if used, !known {
                let record = ReturnRecord(
                    unit: unit, period: key.period.label, received: received ?? receivedTime(form, key: key, now: now.at),
                    file: form.file, filledBy: outcome.filledBy, phone: outcome.phone)
                outcome.recorded = try? working.apply(.recordReturn(record), stamp: now)
            }
        }
        return Collection(forms: outcomes, ledger: working)
    }

    /// When the file was last saved, in the coordinator's time zone, if that lies between
    /// the form's making and now; else now.
    static func receivedTime(_ form: ReturnedForm, key: FormKey, now: String) -> String {
        guard let saved = form.saved, let seconds = StampTime.seconds(saved), let nowSeconds = StampTime.seconds(now),
            StampTime.seconds(key.made).map({ seconds >= $0 }) ?? true, seconds <= nowSeconds
        else { return now }
        // The offset `now` is written with (`+08:00`), so the day is the coordinator's.
        let offset = nowSeconds - (StampTime.seconds(String(now.prefix(19)) + "Z") ?? nowSeconds)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: Int(-offset))
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
