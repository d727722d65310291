import TaizhangModel

/// A task laid out as field names over their values, one a line (`具体任务` / its text /
/// `责任单位` / units / `完成时限` / when): a column name standing alone, not in a run of names
/// as a header row is, names the one value after it.
extension FlowEmitter {
    /// The value pieces of names standing alone, with what each name says its value is.
    static func fieldValues(_ pieces: [Piece]) -> [Int: ColumnRole] {
        var values: [Int: ColumnRole] = [:]
        func isName(_ index: Int) -> Bool {
            guard pieces.indices.contains(index), case .header = pieces[index].kind else { return false }
            return true
        }
        for index in pieces.indices where isName(index) && !isName(index - 1) && !isName(index + 1) && index + 1 < pieces.count {
            guard case .header(let key) = pieces[index].kind, let role = HeaderNames.role(of: key) else { continue }
            values[index + 1] = role
        }
        return values
    }

    /// The value of a field name standing alone, read as the name says; false when the name
    /// says nothing this reading keeps (a 序号, a remark), and the piece is read as any other.
    mutating func fieldValue(_ piece: Piece, role: ColumnRole, isLast: Bool) -> Bool {
        let text = piece.joined
        switch (role, piece.kind) {
        case (.area, .plain), (.section, .plain), (.task, .plain):
            task(text: text, label: nil, line: piece.line, isLast: isLast)
        case (.area, .item(let label)), (.section, .item(let label)), (.task, .item(let label)):
            task(text: text, label: label, line: piece.line, isLast: isLast)
        case (.deadline, .plain), (.deadline, .deadline), (.deadline, .field):
            entries.append(.deadline(text.text, line: piece.line, inherited: false))
        case (.people, _):
            entries.append(.people(People.names(in: text), line: piece.line, inherited: false))
        case (.units(let unitRole), .plain):
            fields(UnitPhrase.parse(text, defaultRole: unitRole), line: piece.line)
        default:
            return false
        }
        return true
    }
}
