extension Ledger {
    /// A note is written twice in a ledger's files: in its task, and in the history entry
    /// that added it. Read back, each is a string of its own, though equal. This makes the
    /// history's notes the task's own values wherever they are equal (and the entry's time
    /// the note's), so their text is held once: a 10,000-task ledger with a year of notes
    /// held 2 MB of it twice. Only values equal byte for byte are shared, so nothing that is
    /// saved changes.
    public mutating func shareNotesWithTasks() {
        var positions: [Int: Int]?
        // Notes added to each task so far: the next one added is nearly always the task's
        // note of that number, so that one is looked at first (searching the task's notes
        // from the first, for every entry, was a fifth of this at 10,000 tasks).
        var addedSoFar: [Int] = []
        for index in history.indices {
            guard case .edit(.note(let number, let from, let to)) = history[index].event else { continue }
            // Tasks are numbered from 1 in order as a rule; any other plan is looked up.
            let position: Int
            if number >= 1, number <= plan.tasks.count, plan.tasks[number - 1].number == number {
                position = number - 1
            } else {
                if positions == nil {
                    positions = Dictionary(plan.tasks.enumerated().map { ($0.element.number, $0.offset) }, uniquingKeysWith: { first, _ in first })
                }
                guard let found = positions?[number] else { continue }
                position = found
            }
            let notes = plan.tasks[position].notes
            if notes.isEmpty { continue }
            var hint: Int?
            if from == nil {
                if addedSoFar.isEmpty { addedSoFar = Array(repeating: 0, count: plan.tasks.count) }
                hint = addedSoFar[position]
                addedSoFar[position] += 1
            }
            func shared(_ note: Note?, hint: Int? = nil) -> (note: Note?, shared: Bool) {
                guard let note else { return (nil, false) }
                if let hint, hint < notes.count, Self.sameBytes(notes[hint], note) { return (notes[hint], true) }
                guard let own = notes.first(where: { Self.sameBytes($0, note) }) else { return (note, false) }
                return (own, true)
            }
            let (sharedFrom, fromShared) = shared(from), (sharedTo, toShared) = shared(to, hint: hint)
            guard fromShared || toShared else { continue }
            history[index].event = .edit(.note(task: number, from: sharedFrom, to: sharedTo))
            if let added = sharedTo, from == nil, SameBytes.equal(added.at, history[index].at) { history[index].at = added.at }
        }
    }

    /// Equal byte for byte (`SameBytes`): a shared value must keep the bytes each was written with.
    private static func sameBytes(_ one: Note, _ other: Note) -> Bool {
        func same(_ a: String?, _ b: String?) -> Bool {
            switch (a, b) {
            case (nil, nil): true
            case (let a?, let b?): SameBytes.equal(a, b)
            default: false
            }
        }
        return SameBytes.equal(one.at, other.at) && SameBytes.equal(one.by, other.by) && SameBytes.equal(one.text, other.text) && same(one.problem, other.problem)
            && same(one.nextStep, other.nextStep) && same(one.extensionAsked, other.extensionAsked)
    }
}
