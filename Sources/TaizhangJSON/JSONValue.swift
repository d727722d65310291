/// A JSON document as a value with its object keys in order. The ledger is read and written
/// through this rather than Codable so that key order, formatting and error positions are
/// ours: the file must stay byte-stable across toolchains, and a broken file must be
/// reported with its line and column.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// One key and value of an object, kept in document order.
public struct JSONMember: Equatable, Sendable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}
