/// A table copied with its cells run together: `序号项目名称主要内容区政府分管领导牵头单位配合单位`
/// on one line, then each row's cells one after another with nothing between them. No reader
/// can tell where such cells end; the import says so, naming the header, instead of leaving
/// the coordinator to wonder why the tasks read wrong.
enum RunTogetherHeader {
    /// The line and text of the first header whose column names run together: three or more
    /// names a header uses (序号, 牵头单位, 完成时限…) one right after another, with no bar,
    /// tab or blank between them. Only the first lines of a text are looked at.
    static func find(in text: String) -> (line: Int, header: String)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(400).enumerated() {
            if let header = header(in: line) { return (index + 1, header) }
        }
        return nil
    }

    static func header(in line: Substring) -> String? {
        // Cheap first: a table's header names its units' or persons' column.
        guard line.contains("单位") || line.contains("部门") || line.contains("领导") || line.contains("科室"),
            !line.contains("|"), !line.contains("\t")
        else { return nil }
        let characters = Array(FieldLabel.key(line.prefix(400)))
        guard characters.count >= 12 else { return nil }
        var start = 0
        while start < characters.count {
            // The longest run of names starting here, each right after the one before.
            var end = start
            var count = 0
            while let next = nameEnd(characters, from: end) {
                end = next
                count += 1
            }
            // A header, not a sentence that happens to name columns (`各责任单位重点工作任务完成情况`):
            // the run opens with 序号, or the first row's number (or nothing) follows it.
            let opensWithNumber = characters[start...].starts(with: "序号")
            let rowFollows = end == characters.count || Fold.isDigit(characters[end])
            if count >= 3, opensWithNumber || rowFollows {
                return String(characters[start..<end])
            }
            start += 1
        }
        return nil
    }

    /// Every column name a header uses, folded as `FieldLabel.key` folds a line: looked up
    /// by hashing alone, since this runs over the first lines of every text imported.
    static let names: Set<String> = {
        var names = HeaderNames.number.union(HeaderNames.area).union(HeaderNames.section).union(HeaderNames.task).union(HeaderNames.ignored)
        names.formUnion(FieldLabel.meanings.keys)
        return names.filter { (2...8).contains($0.count) }
    }()

    /// The characters column names start with: a position that starts none is passed at once.
    static let firstCharacters: Set<Character> = Set(names.compactMap(\.first))

    /// Where a column name starting at `index` ends (the longest name that fits), or nil.
    private static func nameEnd(_ characters: [Character], from index: Int) -> Int? {
        guard index < characters.count, firstCharacters.contains(characters[index]) else { return nil }
        for length in stride(from: min(8, characters.count - index), through: 2, by: -1) {
            if names.contains(String(characters[index..<(index + length)])) { return index + length }
        }
        return nil
    }
}
