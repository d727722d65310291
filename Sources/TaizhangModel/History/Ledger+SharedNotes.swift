extension Ledger {
    /// A note is written twice in a ledger's files: in its task, and in the history entry
    /// that added it. Read back, each is a string of its own, though equal. This makes the
    /// history's notes the task's own values wherever they are equal (and the entry's time
    /// the note's), so their text is held once: a 10,000-task ledger with a year of notes
    /// held 2 MB of it twice. Only values equal byte for byte are shared, so nothing that is
    /// saved changes.
    public mutating func shareNotesWithTasks() {
        var positions: [Int: Int]?
        for index in history.indices {
            guard case .edit(.note(let number, let from, let to)) = history[index].event else { continue }
            if positions == nil {
                positions = Dictionary(plan.tasks.enumerated().map { ($0.element.number, $0.offset) }, uniquingKeysWith: { first, _ in first })
            }
            guard let position = positions?[number] else { continue }
            let notes = plan.tasks[position].notes
            func shared(_ note: Note?) -> (note: Note?, shared: Bool) {
                guard let note, let own = notes.first(where: { Self.sameBytes($0, note) }) else { return (note, false) }
                return (own, true)
            }
            let (sharedFrom, fromShared) = shared(from), (sharedTo, toShared) = shared(to)
            guard fromShared || toShared else { continue }
            history[index].event = .edit(.note(task: number, from: sharedFrom, to: sharedTo))
            if let added = sharedTo, from == nil, added.at.utf8.elementsEqual(history[index].at.utf8) { history[index].at = added.at }
        }
    }

    /// Equal byte for byte: `==` on strings also holds for different spellings of the same
    /// characters (composed or not), and a shared value must keep the bytes each was written with.
    private static func sameBytes(_ one: Note, _ other: Note) -> Bool {
        func same(_ a: String?, _ b: String?) -> Bool {
            switch (a, b) {
            case (nil, nil): true
            case (let a?, let b?): a.utf8.elementsEqual(b.utf8)
            default: false
            }
        }
        return same(one.at, other.at) && same(one.by, other.by) && same(one.text, other.text) && same(one.problem, other.problem)
            && same(one.nextStep, other.nextStep) && same(one.extensionAsked, other.extensionAsked)
    }
}
