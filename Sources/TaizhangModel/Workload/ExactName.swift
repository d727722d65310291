/// A name as a dictionary key by its UTF-8 bytes. `String` hashes and compares Chinese text
/// by its canonical (NFC) form, scalar by scalar; counting a 100,000-task plan looks a unit
/// name up several times per task, and that normalisation was most of what opening cost.
/// Two spellings of one name that differ only in normalisation are two keys here, so a table
/// keyed by this must hold what a `String` lookup of either spelling gives (a cache in front
/// of a canonical lookup), never decide which names are the same.
public struct ExactName: Hashable, Sendable {
    public let string: String

    public init(_ string: String) {
        self.string = string
    }

    public static func == (lhs: ExactName, rhs: ExactName) -> Bool {
        SameBytes.equal(lhs.string, rhs.string)
    }

    public func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
