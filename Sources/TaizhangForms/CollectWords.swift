import TaizhangModel
import TaizhangWords

/// What `collect` prints, in Chinese or English: per unit, what its return changes (the
/// history's own words for each change), the rows that wait for a decision or were refused
/// and why, then who has and has not returned for the period.
extension Collection {
    /// - Parameter commandLine: a preview says how to record it with `--apply`; the
    ///   dashboard's preview names its own key instead.
    public func words(_ language: Language, today: DayDate, applied: Bool, commandLine: Bool = true) -> String {
        let zh = language == .chinese
        var lines: [String] = []
        // Forms nobody filled in are not returns: named once below, among those not returned.
        for form in forms {
            if case .nothingFilled? = form.problem { continue }
            lines.append(form.heading(language))
            if let problem = form.problem {
                lines.append("  " + problem.words(language))
                continue
            }
            for row in form.rows { lines += row.words(language).map { "  " + $0 } }
            if let recorded = form.recorded, case .edit(.returnRecord(_, let record?)) = recorded.event {
                let day = String(record.received.prefix(10))
                let state = form.period.map { record.onTime(due: $0.due) ? ReturnStanding.State.onTime : .late }?.words(language) ?? ""
                lines.append("  " + (zh ? "记录报送：\(day)，\(state)" : "return recorded: \(day), \(state)"))
            }
        }
        let changes = entries.count
        let conflicts = forms.flatMap(\.rows).filter { if case .conflict = $0.result { true } else { false } }.count
        let refused = forms.flatMap(\.rows).filter { if case .refused = $0.result { true } else { false } }.count
        lines.append("")
        if zh {
            lines.append("共读取 \(forms.count) 个文件：\(changes) 项改动\(applied ? "已记入台账" : commandLine ? "待记入（加 --apply 记入台账）" : "待记入")，\(conflicts) 行冲突待定，\(refused) 行未采用。")
        } else {
            lines.append("\(forms.count) files read: \(changes) changes \(applied ? "recorded in the ledger" : commandLine ? "to record (add --apply to record them)" : "to record"), \(conflicts) rows in conflict, \(refused) rows refused.")
        }
        let periods = forms.compactMap(\.period)
        var seen: Set<String> = []
        for period in periods where seen.insert(period.label).inserted {
            let standings = ledger.returnStandings(today: today, period: period)
            let missing = standings.filter { $0.record == nil }.map(\.unit)
            let returned = standings.filter { $0.record != nil }.map { zh ? "\($0.unit)（\($0.receivedDay ?? "")）" : "\($0.unit) (\($0.receivedDay ?? ""))" }
            if zh {
                lines.append("\(period.label) 已报送（\(returned.count)）：" + (returned.isEmpty ? "无" : returned.joined(separator: "、")))
                lines.append("\(period.label) 未报送（\(missing.count)）：" + (missing.isEmpty ? "无" : missing.joined(separator: "、")))
            } else {
                lines.append("\(period.label) returned (\(returned.count)): " + (returned.isEmpty ? "none" : returned.joined(separator: ", ")))
                lines.append("\(period.label) not returned (\(missing.count)): " + (missing.isEmpty ? "none" : missing.joined(separator: ", ")))
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension FormOutcome {
    func heading(_ language: Language) -> String {
        var parts: [String] = []
        if let unit { parts.append(unit) }
        if let period { parts.append(period.label) }
        let who = [filledBy, phone].compactMap { $0 }.joined(separator: " ")
        let head = parts.isEmpty ? file : parts.joined(separator: " ") + (language == .chinese ? "（\(file)）" : " (\(file))")
        return head + (who.isEmpty ? "" : (language == .chinese ? "　填报人：" : "  filled in by ") + who)
    }
}

extension FormProblem {
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .unreadable(let error):
            return (zh ? "无法读取，未采用：" : "cannot be read, nothing used: ") + error.words(language)
        case .notAForm:
            return zh
                ? "不是 taizhang 生成的填报表（找不到识别码），未采用；请让单位用 taizhang forms 生成的表格填报"
                : "not a form taizhang made (no identity found), nothing used; have the unit fill in a form from taizhang forms"
        case .otherLedger(let unit, let period):
            return zh
                ? "这份表（\(unit)，\(period)）是根据另一份台账生成的，与本台账的任务不符，未采用"
                : "this form (\(unit), \(period)) was made from another ledger and does not match this one's tasks; nothing used"
        case .unknownUnit(let unit):
            return zh ? "本台账中已没有需要报送的单位 \(unit)，未采用" : "\(unit) no longer reports in this ledger; nothing used"
        case .nothingFilled:
            return zh ? "没有填写任何内容，不算报送" : "nothing filled in: not counted as a return"
        }
    }
}

extension RowOutcome {
    func words(_ language: Language) -> [String] {
        let zh = language == .chinese
        let task = self.task.map { zh ? "任务 \($0)" : "task \($0)" } ?? (zh ? "第 \(line) 行" : "row \(line)")
        switch result {
        case .applied:
            return entries.map { $0.words(language) }
        case .alreadyIn:
            return [zh ? "\(task)：已记入台账，无新内容" : "\(task): already in the ledger, nothing new"]
        case .conflict(let entry, let said):
            let what = entry.words(language, namingTask: false)
            let day = String(entry.at.prefix(10))
            return [zh
                ? "\(task)：冲突，未采用。表格生成后，\(entry.by) 于 \(day) 已作改动（\(what)），本表填报为「\(said)」。如确认采用本表，请加 --accept \(self.task ?? 0) 重新收集"
                : "\(task): conflict, not used. After the form was made, \(entry.by) changed it on \(day) (\(what)); the return says \u{201C}\(said)\u{201D}. To take the return's word, collect again with --accept \(self.task ?? 0)"]
        case .refused(let problem):
            return [task + (zh ? "：" : ": ") + problem.words(language)]
        }
    }
}

extension RowProblem {
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .noSuchTask(let number):
            return zh ? "台账中没有任务 \(number)，本行未采用" : "there is no task \(number) in the ledger; row not used"
        case .noKey:
            return zh ? "识别码缺失，无法核对任务内容，本行未采用" : "its identity is missing, so its task cannot be checked; row not used"
        case .unitNotNamed(_, let unit):
            return zh ? "责任单位中没有 \(unit)，本行未采用" : "its units do not include \(unit); row not used"
        case .unknownProgress(_, let text):
            let choices = UnitProgress.allCases.map { $0.words(.chinese) }.joined(separator: "、")
            return zh
                ? "完成情况「\(text)」无法识别，请从 \(choices) 中选择；本行未采用"
                : "完成情况 \"\(text)\" is not one of \(choices); row not used"
        case .textEdited:
            return zh ? "表格中的任务内容被改动过，与生成时不符，本行未采用" : "the task's text was edited in the form; row not used"
        case .textChanged:
            return zh ? "台账中该任务的内容在表格生成后已更改，本行未采用；请重新生成填报表" : "the task's text changed in the ledger after the form was made; row not used: make new forms"
        }
    }
}
