extension LedgerDecoding {
    /// What a ledger file holds: the ledger, and for a schema-4 file the journal its history
    /// is in (then `ledger.history` is empty until the journal's entries are read into it).
    public struct Decoded: Sendable {
        public var ledger: Ledger
        public var journal: JournalReference?
        /// Schema 5: the journal's lines after the committed part are changes made after the
        /// ledger file was last written, to be made again on it (`Ledger.remake`).
        public var replaysTail: Bool

        /// The notes in the history are the tasks' own (`shareNotesWithTasks`): shared here,
        /// where the ledger just read is this value's alone, they are shared in place.
        public init(ledger: Ledger, journal: JournalReference?, replaysTail: Bool = false) {
            self.ledger = ledger
            self.ledger.shareNotesWithTasks()
            self.journal = journal
            self.replaysTail = replaysTail
        }
    }
}
