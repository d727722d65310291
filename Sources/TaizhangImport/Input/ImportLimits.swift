import Foundation

/// The bounds every reader keeps, so a small hostile file cannot take the machine: bytes read,
/// cells, columns, merged ranges and the area they cover, nesting, and wall-clock time. Each
/// bound breaks with its own message. Plans are small (the largest real one is a few thousand
/// cells); the bounds are far above that and far below what hurts.
public struct ImportLimits: Sendable {
    public var bytes = 64 << 20
    /// An unpacked part of an Office file.
    public var partBytes = 10 << 20
    public var cells = 200_000
    public var columns = 256
    public var merges = 20_000
    /// Cells that merged ranges may cover together.
    public var mergedArea = 400_000
    public var depth = 256
    /// XML elements in one part of an Office file.
    public var xmlElements = 250_000
    public var seconds = 20.0
    /// When reading started, for the time bound.
    let started = ContinuousClock.now

    public init() {}

    /// Throws once the time bound has passed; readers call it in their loops.
    func checkTime() throws(ImportError) {
        if timeIsUp { throw .timeLimit(seconds: Int(seconds)) }
    }

    /// The time bound has passed. Readers that cannot throw stop their loops on it and
    /// return what they have; the importer then throws (`checkTime`) and drops it.
    var timeIsUp: Bool {
        ContinuousClock.now - started > .milliseconds(Int(seconds * 1000))
    }
}
