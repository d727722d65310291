import TaizhangModel

/// A heading that says whose work the tasks under it are: `一、袁家军省长主抓重点工作` (a person,
/// by name and post), `一、县示范区管委会牵头工作(8项)` (a unit, with its role). Plans that
/// group their tasks by leader or by lead unit name the owner once, in the heading, and never
/// again under it.
enum HeadingOwner {
    /// What heads the owner's work: `(重点)工作`, `任务`, `事项`, perhaps after 的.
    static let works = ["重点工作", "重点任务", "工作任务", "工作", "任务", "事项"]
    /// Verbs between the owner and the work; `分管` and `联系` say whose work it is too.
    static let verbs = ["主抓", "牵头", "分管", "联系", "负责", "主管", "协管"]
    /// What may come before a post in a leader's title: `常务副市长`.
    static let postPrefixes = ["常务副", "副", "常务"]

    /// The units (with their role) or the persons a heading names as its tasks' owner.
    static func parse(_ title: FoldedText) -> UnitPhrase? {
        var text = withoutCount(title.trimmed)
        while text.hasSuffix("。") || text.hasSuffix(":") { text = text[0..<(text.count - 1)].trimmed }
        guard let work = works.first(where: { text.hasSuffix($0) && text.count > $0.count }) else { return nil }
        text = text[0..<(text.count - work.count)].trimmed
        if text.hasSuffix("的") { text = text[0..<(text.count - 1)] }
        guard let verb = verbs.first(where: { text.hasSuffix($0) && text.count > $0.count }) else { return nil }
        var owner = text[0..<(text.count - verb.count)].trimmed
        for word in ["共同", "分别"] where owner.hasSuffix(word) { owner = owner[0..<(owner.count - word.count)] }
        if owner.hasPrefix("由") { owner = owner[1..<owner.count] }
        var phrase = UnitPhrase()
        phrase.hasMarkers = true
        // `王纲市长、张三副市长共同主抓`: every owner a person.
        let persons = owner.split(on: ["、", ","]).compactMap(person)
        if !persons.isEmpty, persons.count == owner.split(on: ["、", ","]).count {
            phrase.people = persons
            return phrase
        }
        let names = UnitName.names(in: owner)
        guard !names.isEmpty, names.allSatisfy({ UnitName.looksComplete($0.foldedText) && !UnitName.isPost($0.foldedText) }) else { return nil }
        let role = RolePhrase.verbs.first { $0.0 == verb }?.1 ?? .responsible
        phrase.units = names.map { UnitAssignment(name: $0.text, role: role) }
        return phrase
    }

    /// `袁家军省长` → 袁家军: two to four Han characters before a post.
    private static func person(_ owner: FoldedText) -> String? {
        let key = owner.foldedText
        guard let post = UnitName.postEndings.filter({ key.hasSuffix($0) }).max(by: { $0.count < $1.count }) else { return nil }
        var name = owner[0..<(owner.count - post.count)]
        if let prefix = postPrefixes.first(where: { name.hasSuffix($0) }) { name = name[0..<(name.count - prefix.count)] }
        let characters = name.folded.filter { !Fold.isBlank($0) }
        guard (2...4).contains(characters.count), characters.allSatisfy(Fold.isHan) else { return nil }
        return String(name.original.filter { !Fold.isBlank($0) })
    }

    /// `…工作(8项)`: a count after the heading is no part of what it says.
    private static func withoutCount(_ text: FoldedText) -> FoldedText {
        guard text.hasSuffix(")"), let open = UnitClauses.opening(in: text, closingAt: text.count - 1) else { return text }
        let inside = text[(open + 1)..<(text.count - 1)].foldedText
        guard let last = inside.last, "项条个件".contains(last), inside.dropLast().allSatisfy(Fold.isDigit), inside.count > 1 else { return text }
        return text[0..<open].trimmed
    }
}
