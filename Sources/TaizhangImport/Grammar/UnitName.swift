/// What a unit's name looks like, and how a list of names is cut into names: at `、` (and `及`
/// between two names), never inside brackets and never at `和` (`自然资源和规划局`).
enum UnitName {
    /// Last characters of the names of bodies (局, 办, 委, 政府 …), folded.
    static let endings: Set<Character> = Set("局办委厅院会部处科室站所心府位门司团队组道镇乡县区市构行联关署馆台社街校园庭省州盟旗班地村企业股")

    /// Collective names that end otherwise.
    static let collectives: Set<String> = ["各地", "各级", "各有关方面", "有关方面", "各成员", "各方"]

    /// Posts are not units: 分管副省长, 协管副秘书长.
    static let postEndings = ["省长", "市长", "区长", "县长", "州长", "秘书长", "书记", "同志", "领导", "主任", "镇长", "乡长"]

    /// Whether a (folded) name ends the way names of bodies end; a bracket after the body
    /// (`各区政府(管委会)`) does not count.
    static func looksComplete(_ folded: String) -> Bool {
        var text = Substring(folded)
        while let last = text.last, Fold.closing.contains(last), let open = openingIndex(of: text) {
            text = text[..<open]
            // `省编办 (省审改办)`: a blank before the bracket belongs to neither.
            while let blank = text.last, Fold.isBlank(blank) { text = text.dropLast() }
        }
        guard let last = text.last, text.count >= 2 else { return false }
        // 全市, 全县: a scope (全市统筹 = citywide), not a body.
        if text.count == 2, text.first == "全" { return false }
        return endings.contains(last) || collectives.contains(String(text))
    }

    static func isPost(_ folded: String) -> Bool {
        postEndings.contains { folded.hasSuffix($0) }
    }

    private static func openingIndex(of text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if Fold.closing.contains(text[index]) { depth += 1 }
            if Fold.opening.contains(text[index]) {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    private static let levelCharacters: Set<Character> = ["省", "市", "县", "区", "乡", "镇", "州"]
    private static let generic: Set<String> = ["单位", "部门", "机构", "单位等", "部门等"]

    /// The names in a list, as printed (without pinyin, wrap blanks or trailing 。).
    static func names(in list: FoldedText) -> [FoldedText] {
        var items: [FoldedText] = []
        for item in list.split(on: ["、"]) {
            for part in splitAfterEtcetera(item) { items += splitAtJi(part) }
        }
        items = items.map(clean).filter { !$0.isEmpty }
        // 各县、市、区政府 is one collective body, not three.
        var joined: [FoldedText] = []
        var pending: FoldedText?
        for item in items {
            let key = item.foldedText
            let isLevel = key.count == 1 && levelCharacters.contains(key.first!)
                || (key.count == 2 && key.hasPrefix("各") && levelCharacters.contains(key.last!))
            // Only a name that goes on at a level (市、区政府) continues it: 各乡、街办、管理处
            // are three bodies.
            if let held = pending, let head = key.first, levelCharacters.contains(head) {
                pending = nil
                let merged = held + FoldedText("、") + item
                if isLevel { pending = merged } else { joined.append(merged) }
                continue
            }
            if let held = pending {
                pending = nil
                joined.append(held)
            }
            if isLevel, key.hasPrefix("各") || joined.isEmpty {
                pending = item
                continue
            }
            if generic.contains(key), let last = joined.popLast() {
                joined.append(last + FoldedText("、") + item)
                continue
            }
            joined.append(item)
        }
        if let pending { joined.append(pending) }
        return sharingPrefix(joined)
    }

    /// `市行政审批局、住建局、司法局`: the 市 of the first name belongs to the short names after it.
    /// Only where every later name without a level of its own is such a short name: a list
    /// that also names `交通运输厅` or `住房城乡建设厅` bare writes its bodies without the level,
    /// and `能源局` beside them is as printed.
    private static func sharingPrefix(_ names: [FoldedText]) -> [FoldedText] {
        guard let first = names.first, let level = first.folded.first, ["市", "区", "县", "省", "州"].contains(level),
            first.count > 3
        else { return names }
        func bare(_ key: String) -> Bool { key.first.map { !levelCharacters.contains($0) && $0 != "各" } ?? false }
        func short(_ key: String) -> Bool { key.count <= 4 && key.last.map { ["局", "委", "办"].contains($0) } == true }
        let later = names.dropFirst().map { clean($0).foldedText }.filter(bare)
        guard !later.isEmpty, later.allSatisfy(short) else { return names }
        return names.enumerated().map { index, name in
            let key = name.foldedText
            guard index > 0, bare(key), short(key) else { return name }
            return FoldedText(String(first.original[0])) + name
        }
    }

    /// `能源局等省有关部门和各地级以上市人民政府`: the 等-tail sums up the names before it, and
    /// the name after `和`/`及` is one more.
    private static func splitAfterEtcetera(_ item: FoldedText) -> [FoldedText] {
        guard let etc = item.index(of: "等"), etc >= 2, looksComplete(item[0..<etc].trimmed.foldedText) else { return [item] }
        for joiner in ["以及", "和", "及"] {
            guard let at = item.index(of: joiner, from: etc + 1) else { continue }
            let after = item[(at + joiner.count)..<item.count].trimmed
            guard after.count >= 2, looksComplete(clean(after).foldedText) else { continue }
            return [item[0..<etc].trimmed, after]
        }
        return [item]
    }

    /// `州委编办及州直相关单位` is two names; `及` inside a name stays.
    private static func splitAtJi(_ item: FoldedText) -> [FoldedText] {
        var pieces: [FoldedText] = []
        var rest = item
        while let at = rest.index(of: "及"), at > 1 {
            let left = rest[0..<at].trimmed
            let right = rest[(at + 1)..<rest.count].trimmed
            guard looksComplete(clean(left).foldedText), !right.isEmpty else { break }
            pieces.append(left)
            rest = right
        }
        return pieces + [rest]
    }

    /// Trims a name: blanks, trailing 。 and 等 (and what a 等 leads on to: `市住建局等政府各有关部门`),
    /// blanks where a line wrapped inside it.
    static func clean(_ name: FoldedText) -> FoldedText {
        var text = name.closingWrapGaps.trimmed
        if let at = text.index(of: "等"), at >= 2, looksComplete(text[0..<at].foldedText) { text = text[0..<at] }
        var changed = true
        while changed, !text.isEmpty {
            changed = false
            for tail in ["。", ".", ",", ";", ":"] where text.hasSuffix(tail) {
                text = text[0..<(text.count - 1)].trimmed
                changed = true
            }
            for tail in RolePhrase.etcetera where text.hasSuffix(tail) && text.count > tail.count {
                text = text[0..<(text.count - tail.count)].trimmed
                changed = true
                break
            }
        }
        return text
    }
}
