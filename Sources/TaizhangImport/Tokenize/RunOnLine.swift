import TaizhangModel

/// A page that printed the whole plan on one line, its line breaks lost to a blank or to
/// nothing: cut back into the lines it had, for the line readers.
enum RunOnLine {
    /// A line longer than this many characters may be a page's lines run together; a shorter
    /// one is a line as printed. The one bound for every reader of run-on lines.
    static let longLine = 200

    /// The dashes a page's number stands between (`— 3 —`, `-12-`).
    private static let dashes: Set<Character> = ["—", "-", "–", "─"]

    /// The lines of a long line with few table bars or tabs (`…制定本工作要点。 一、总体要求
    /// 2022年是… (一)强化… 1、数字经济…`). After a blank it is cut before each label and each
    /// field (`责任单位:`), before the notice's attachment marks (`附件1`), around its signature
    /// (an issuer, then a date alone), its remark and a page's number; without a blank, before
    /// a label where the plan's numbering goes on (`LabelSequence`). A line of `longLine`
    /// characters or fewer is a line as printed.
    static func paragraphs(_ line: String) -> [String] {
        let characters = Array(line)
        // A row of a table (cells between bars or tabs) is not a page: only a line whose bars
        // and tabs are few, as in a page's header box above the text, is cut.
        let cellMarks = characters.count { $0 == "|" || $0 == "｜" || $0 == "\t" }
        guard characters.count > longLine, cellMarks * 30 < characters.count else { return [line] }
        var cuts: [Int] = []
        var sequence = LabelSequence()
        if let first = Label.parse(FoldedText(String(characters.prefix(24)))) { sequence.met(first, at: 0) }
        var previousWord = 0
        // The starts of the last few words (text between blanks), for a title wrapped over them.
        var recentWords: [Int] = []
        // Brackets open at `index`: a clause inside one (`(牵头单位:…;责任单位:…)`) is the task's.
        // A full stop closes them all: a page's `【字体:` never closes.
        var depth = 0
        var index = 1
        while index < characters.count {
            defer { index += 1 }
            switch characters[index - 1] {
            case "(", "（", "【", "〔", "[": depth += 1
            case ")", "）", "】", "〕", "]": depth = max(0, depth - 1)
            case "。": depth = 0
            default: break
            }
            guard !Fold.isBlank(characters[index]) else { continue }
            guard Fold.isBlank(characters[index - 1]) else {
                // A page that lost its blanks too (`…各县(市)区政府2.一般公共预算…`): a label
                // not after a blank may be one; the numbering says which are (below).
                if let signature = signature(characters, at: index) {
                    // `…(见附表2)。武汉市人民政府办公厅2022年1月22日2022年市《…》…方案一、…`: the
                    // notice ends, and its attachment numbers from 一 again.
                    cuts += [signature.issuer, index, signature.end]
                    sequence.ends(at: index)
                    index = signature.end - 1
                } else if let end = remark(characters, at: index) ?? attachmentMark(characters, at: index) {
                    // `…2020年1月18日(此件公开发布)附件2020年《…》…方案1.…`: the remark and the
                    // attachment's mark, each a line of its own.
                    cuts += [index, end]
                    index = end - 1
                } else if !Self.dashes.contains(characters[index - 1]), !Fold.isDigit(characters[index - 1]),
                    let end = pageNumber(characters, at: index, tight: true)
                {
                    // Not inside a figure: `2022-10-19` is a date.
                    cuts += [index, end]
                    index = end - 1
                } else if depth == 0, let field = fieldBefore(characters, colon: index) {
                    // `牵头单位:区发改局责任单位:立山经济开发区`, `…以上。分管省领导:林克庆部门分工:…`:
                    // each field its own line.
                    cuts.append(field)
                } else {
                    sequence.consider(characters, at: index)
                }
                continue
            }
            defer {
                previousWord = index
                recentWords.append(index)
                if recentWords.count > 4 { recentWords.removeFirst() }
            }
            let rest = FoldedText(String(characters[index..<min(characters.count, index + 24)]))
            // A label (`1.`, `一、`) with words after it, or a field (`责任单位:`) that was
            // the line under a task.
            let label = Label.parse(rest).flatMap { $0.length < rest.count && opensWords(rest.folded[$0.length], after: $0) ? $0 : nil }
            if let label { sequence.met(label, at: index) }
            if label != nil || FieldLabel.split(rest) != nil || opensAttachment(rest.folded) {
                cuts.append(index)
            } else if let end = remark(characters, at: index) {
                // `(此件公开发布)` under a notice's signature, a line of its own.
                cuts.append(index)
                if end < characters.count { cuts.append(end) }
            } else if let end = pageNumber(characters, at: index) {
                // `— 3 —`, a page's number the copy kept between two lines, alone again.
                cuts.append(index)
                if end < characters.count { cuts.append(end) }
                index = end
            } else if previousWord > 0, let date = dateAlone(characters, at: index),
                FrontMatter.isIssuer(Fold.trimmed(String(characters[previousWord..<index])))
            {
                // Only under an issuer: `于 2022年6月30日 前完成` is a sentence that spaced its date.
                if cuts.last != previousWord { cuts.append(previousWord) }
                cuts.append(index)
                if date < characters.count { cuts.append(date) }
                sequence.ends(at: index)
            } else if label == nil, !sequence.hasLabels, let end = titleWord(characters, at: index) {
                // `…(此件公开发布) 立山区政府2023年重点工作 任务分解和责任分工方案 为全面贯彻…`: the
                // plan's title, a line (or two or three, wrapped) of its own, before any label.
                // Back to the last cut at most (a signature, a remark, a page's number), over
                // words of a title's wrapped lines: a few characters of Han, no stop or comma.
                let floor = cuts.filter { $0 <= index }.max() ?? 0
                cuts += [index, end]
                for start in recentWords.reversed() where start >= floor {
                    let word = characters[start..<index]
                    // 40 characters and the blank after it, as FrontMatter.title joins lines.
                    guard word.count <= 41, word.count(where: { Fold.isHan($0) }) >= 2, !word.contains(where: { "。,，;；:：".contains($0) }) else { break }
                    cuts.append(start)
                }
            }
        }
        cuts = Array(Set(cuts + sequence.cuts())).sorted()
        var pieces: [String] = []
        for (from, to) in zip([0] + cuts, cuts + [characters.count]) where from < to {
            let piece = Fold.trimmed(String(characters[from..<to]))
            if !piece.isEmpty { pieces.append(piece) }
        }
        return pieces.flatMap(headingApart)
    }

    /// Where a plan's title that starts at `index` ends: a word up to the next blank, of at
    /// most 60 characters without a stop or a comma, ending as a plan's name does (`…方案`,
    /// `…工作要点`, `…分解表`) or as a notice's title (`…的通知`).
    private static func titleWord(_ characters: [Character], at index: Int) -> Int? {
        var end = index
        while end < characters.count, end - index <= 60, !Fold.isBlank(characters[end]) { end += 1 }
        guard end - index <= 60, end > index + 3 else { return nil }
        let word = String(characters[index..<end])
        guard !word.contains(where: { "。,，;；:：".contains($0) }) else { return nil }
        let folded = Fold.folded(word)
        return (FrontMatter.planWords.contains(where: folded.hasSuffix) || folded.hasSuffix("的通知")) ? end : nil
    }

    /// A notice's signature run into the text around it: a date (`2022年1月22日`) at `index`
    /// right after an issuer's name (`…办公厅`, `…人民政府`), not a deadline (`…日前`). Where
    /// the issuer's name begins (after the last stop before it) and where the date ends.
    private static func signature(_ characters: [Character], at index: Int) -> (issuer: Int, end: Int)? {
        guard index >= 3, Fold.isHan(characters[index - 1]), let end = dateEnd(characters, at: index) else { return nil }
        if end < characters.count, "前起以之至到止内".contains(characters[end]) { return nil }
        var issuer = index - 1
        while issuer > 0, index - issuer < 40, !"。;；:：)）」”|".contains(characters[issuer - 1]), !Fold.isBlank(characters[issuer - 1]) {
            issuer -= 1
        }
        let name = String(characters[issuer..<index])
        guard name.count >= 3, ["办公厅", "办公室", "政府", "委员会", "局"].contains(where: name.hasSuffix), FrontMatter.isIssuer(name) else { return nil }
        return (issuer, end)
    }

    /// Where a field's name (`责任单位`, `分管省领导`) that ends at the colon at `colon` begins,
    /// when the text before it ran into it (`…区发改局责任单位:`, `…林克庆部门分工:`) or a
    /// sentence, a field or a bracket ended right before it (`…以上。分管省领导:`,
    /// `…市发改委;责任单位:`, `…(第一责任单位为牵头单位,下同)时限要求:`).
    private static func fieldBefore(_ characters: [Character], colon: Int) -> Int? {
        guard characters[colon] == ":" || characters[colon] == "：" else { return nil }
        for length in stride(from: 9, through: 2, by: -1) where colon - length >= 1 {
            let start = colon - length
            guard FieldLabel.meaning(of: String(characters[start..<colon])) != nil else { continue }
            let before = characters[start - 1]
            return Fold.isHan(before) || "。;；)）".contains(before) ? start : nil
        }
        return nil
    }

    /// Where an attachment's mark run into the text (`附件`, `附件1`, `附件:`) that starts at
    /// `index` ends: its number is one or two digits, so `附件12025年…` is attachment 1 over a
    /// title of 2025 and `附件2020年…` a mark with no number.
    private static func attachmentMark(_ characters: [Character], at index: Int) -> Int? {
        guard index + 2 < characters.count, characters[index] == "附", characters[index + 1] == "件" else { return nil }
        var end = index + 2
        var digits = end
        while digits < characters.count, digits < end + 8, Fold.isDigit(characters[digits]) { digits += 1 }
        let run = digits - end
        let yearFollows = digits < characters.count && characters[digits] == "年"
        if run >= 4, yearFollows {
            end += run - 4
        } else if run <= 2 {
            end = digits
        } else {
            return nil
        }
        guard end - index <= 4 else { return nil }
        if end < characters.count, characters[end] == ":" || characters[end] == "：" { end += 1 }
        // A mark with words right after it that are no title (`附件材料`, `附件中`) is text.
        guard end > index + 2 || end == characters.count || Fold.isDigit(characters[end]) || "《“".contains(characters[end]) else { return nil }
        return end
    }

    /// Where a notice's remark (`(此件公开发布)`, `（此件主动公开）`) that starts at `index` ends.
    private static func remark(_ characters: [Character], at index: Int) -> Int? {
        guard index + 4 < characters.count, characters[index] == "(" || characters[index] == "（",
            characters[index + 1] == "此", characters[index + 2] == "件"
        else { return nil }
        let limit = min(characters.count, index + 16)
        return (index + 3..<limit).first { characters[$0] == ")" || characters[$0] == "）" }.map { $0 + 1 }
    }

    /// Where a page's number (`— 3 —`, `-12-`) that starts at `index` ends: dashes, then at
    /// most three digits, then dashes, blanks between them allowed, a blank or the end after.
    /// On a page that lost its line breaks (`tight`), the number stands between words
    /// (`各街道党工委— — — 3 —2.以区域化…`): anything but a dash may follow it.
    private static func pageNumber(_ characters: [Character], at index: Int, tight: Bool = false) -> Int? {
        guard dashes.contains(characters[index]) else { return nil }
        var end = index
        var digits = 0
        // Dashes before the number, the number, dashes after it.
        var part = 0
        while end < characters.count, end < index + 16 {
            let character = characters[end]
            if Fold.isBlank(character) {
                end += 1
                continue
            }
            if dashes.contains(character) {
                if part == 1 { part = 2 }
            } else if Fold.isDigit(character), part < 2 {
                part = 1
                digits += 1
            } else {
                break
            }
            end += 1
            guard part == 2 else { continue }
            let ended = tight
                ? end == characters.count || !dashes.contains(characters[end])
                : end == characters.count || Fold.isBlank(characters[end])
            if ended { return digits <= 3 ? end : nil }
        }
        return nil
    }

    /// `附件1`, `附件:`, `附件 2`: where a notice's attachment, or their list, began.
    private static func opensAttachment(_ folded: [Character]) -> Bool {
        guard folded.count > 2, folded[0] == "附", folded[1] == "件" else { return false }
        var next = 2
        while next < folded.count, Fold.isBlank(folded[next]) { next += 1 }
        return next < folded.count && (Fold.isDigit(folded[next]) || folded[next] == ":")
    }

    /// Where a date that stood alone on its line (`2020年5月22日`, a notice's signature)
    /// ends, when one starts at `index` and a blank or the end follows it.
    private static func dateAlone(_ characters: [Character], at index: Int) -> Int? {
        guard let end = dateEnd(characters, at: index), end == characters.count || Fold.isBlank(characters[end]) else { return nil }
        return end
    }

    /// Where a date (`2020年5月22日`, `2022年 1 月 5 日`) that starts at `index` ends.
    private static func dateEnd(_ characters: [Character], at index: Int) -> Int? {
        guard Fold.isDigit(characters[index]) else { return nil }
        var end = index
        while end < min(characters.count, index + 12), characters[end] != "日" { end += 1 }
        guard end < characters.count, characters[end] == "日", FrontMatter.isoDate(String(characters[index...end])) != nil else { return nil }
        return end + 1
    }

    /// What may follow a label that opens a paragraph of a run-on line: words (`1.地区…`), a
    /// quotation or a title mark (`(三)“放管服”…`), or, after a Chinese or bracketed label, a
    /// figure (`一、2021年经济社会发展主要预期目标`); `3、4月` after a blank stays a figure.
    fileprivate static func opensWords(_ next: Character, after label: Label) -> Bool {
        if Fold.isHan(next) || "“‘《〈【".contains(next) { return true }
        return Fold.isDigit(next) && label.style != .arabic
    }

    /// `一、总体要求 2022年是…`: a labelled short title (no punctuation) and the paragraph after
    /// it on the same run-on line are two lines.
    private static func headingApart(_ piece: String) -> [String] {
        let text = FoldedText(piece)
        guard let label = Label.parse(text) else { return [piece] }
        let characters = Array(piece)
        let limit = min(characters.count, label.length + 26)
        guard let blank = (label.length..<limit).first(where: { Fold.isBlank(characters[$0]) }) else { return [piece] }
        let title = characters[label.length..<blank]
        guard title.count >= 2, !title.contains(where: { "。，,；;：:".contains($0) }) else { return [piece] }
        let rest = Fold.trimmed(String(characters[blank...]))
        return rest.isEmpty ? [piece] : [String(characters[..<blank]), rest]
    }
}

/// The labels of a run-on line, for telling a label the page ran into the text before it
/// (`…区政府2.一般…`) from a figure or a list inside a sentence (`第一、交通提升、城市跨越`,
/// `包括:1.…;2.…` under task 5). Labels after a blank are taken as they are; one without a
/// blank counts only as the next number of its style, or as a `1.` under a heading of another
/// style or opening the line's numbering right after a word or a stop (`…分解方案1.`,
/// `…工作要点。一、`), not after a comma or an opening mark.
private struct LabelSequence {
    private struct Met {
        var index: Int
        var style: Label.Style
        var value: Int
        /// After a blank: a line's start the page kept.
        var certain: Bool
        /// A notice's end, not a label.
        var ends = false
        /// Right after a word or a stop, where a line of its own may have begun; not after a
        /// comma or an opening mark, where a list inside a sentence goes on.
        var afterWordOrStop: Bool = false
    }

    private var labels: [Met] = []

    /// A label was met: the line's front (notice, title) is behind.
    var hasLabels: Bool { labels.contains { !$0.ends } }

    /// A notice ended at `index` (its signature): the attachment after it numbers afresh.
    mutating func ends(at index: Int) {
        labels.append(Met(index: index, style: .dash, value: 0, certain: true, ends: true))
    }

    mutating func met(_ label: Label, at index: Int) {
        guard let value = label.value else { return }
        labels.append(Met(index: index, style: label.style, value: value, certain: true))
    }

    /// Notes the label at `index` as one that may be a cut, if one can start there.
    mutating func consider(_ characters: [Character], at index: Int) {
        let character = characters[index]
        // Only where a label can start, so a long line is not parsed at every character;
        // never inside a figure (`12.`), after a mark of its own (`(1)`, `一、二、`) or an
        // ordinal's 第.
        guard Fold.isDigit(character) || ChineseNumeral.isNumeralCharacter(character) || character == "(" || character == "（"
        else { return }
        let before = characters[index - 1]
        guard !Fold.isDigit(before), !ChineseNumeral.isNumeralCharacter(before), !"、.．(（第".contains(before) else { return }
        let rest = FoldedText(String(characters[index..<min(characters.count, index + 24)]))
        guard let label = Label.parse(rest), let value = label.value, label.length < rest.count,
            [.chinese, .bracketedChinese, .arabic].contains(label.style),
            RunOnLine.opensWords(rest.folded[label.length], after: label)
        else { return }
        let afterWordOrStop = Fold.isHan(before) || "。:;)”".contains(Fold.folded(String(before)))
        labels.append(Met(index: index, style: label.style, value: value, certain: false, afterWordOrStop: afterWordOrStop))
    }

    /// Where the labels without a blank before them cut the line.
    func cuts() -> [Int] {
        guard labels.contains(where: { !$0.certain }) else { return [] }
        var cuts: [Int] = []
        var last: [Label.Style: Int] = [:]
        var lastStyle: Label.Style?
        for label in labels {
            if label.ends {
                last = [:]
                lastStyle = nil
                continue
            }
            var taken = label.certain
            if !taken {
                if let previous = last[label.style], label.value == previous + 1 {
                    taken = true
                } else if label.value == 1 {
                    taken = lastStyle.map { $0 != label.style } ?? label.afterWordOrStop
                }
                if taken { cuts.append(label.index) }
            }
            if taken {
                last[label.style] = label.value
                lastStyle = label.style
            }
        }
        return cuts
    }
}
