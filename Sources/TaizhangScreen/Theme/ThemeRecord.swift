import TaizhangJSON

/// Where a theme file's JSON has the wrong shape (a string where `true` belongs): the dotted
/// path of the value and what belongs there.
struct ThemeShapeError: Error, Equatable {
    var path: String
    var expected: String

    /// The detail of `ThemeError.malformedJSON`.
    var detail: String { path.isEmpty ? expected : "at \(path): \(expected)" }
}

/// The shapes of a theme file, read loosely from its JSON value (names and numbers as
/// written, unknown keys collected) and checked afterwards in `definition(file:)`. Checking
/// after reading lets each problem become its own `ThemeError` case that names the role and
/// key. A `null` reads as a key left out.
struct ThemeRecord {
    var name: String?
    var description: String?
    var styles: [String: StyleRecord] = [:]
    var unknownKeys: [String] = []

    init(_ value: JSONValue) throws(ThemeShapeError) {
        guard case .object(let members) = value else {
            throw ThemeShapeError(path: "", expected: "a theme is an object: {\"name\": …, \"styles\": {…}}")
        }
        for member in members {
            switch member.key {
            case "name": name = try string(member.value, at: "name")
            case "description": description = try string(member.value, at: "description")
            case "styles":
                switch member.value {
                case .null: break
                case .object(let roles):
                    for role in roles {
                        styles[role.key] = try StyleRecord(role.value, at: "styles." + role.key)
                    }
                default: throw ThemeShapeError(path: "styles", expected: "expected an object of roles")
                }
            default: unknownKeys.append(member.key)
            }
        }
    }

    /// Problems are reported in a fixed order (keys, name, then roles alphabetically) so the
    /// same file always gives the same message.
    func definition(file: String) throws(ThemeError) -> ThemeDefinition {
        if let key = unknownKeys.min() {
            throw .unknownKey(file: file, path: key)
        }
        guard let name, !name.allSatisfy(\.isWhitespace) else {
            throw .missingName(file: file)
        }
        var resolved: [StyleRole: Style] = [:]
        for (roleName, record) in styles.sorted(by: { $0.key < $1.key }) {
            guard let role = StyleRole(rawValue: roleName) else {
                throw .unknownRole(file: file, role: roleName)
            }
            resolved[role] = try record.style(file: file, role: roleName)
        }
        return ThemeDefinition(theme: Theme(name: name, styles: resolved), description: description ?? "")
    }
}

struct StyleRecord {
    var foreground: ColorRecord?
    var background: ColorRecord?
    var bold: Bool?
    var underline: Bool?
    var reverse: Bool?
    var dim: Bool?
    var unknownKeys: [String] = []

    init(_ value: JSONValue, at path: String) throws(ThemeShapeError) {
        guard case .object(let members) = value else {
            throw ThemeShapeError(path: path, expected: "expected an object such as {\"fg\": \"red\", \"bold\": true}")
        }
        for member in members {
            let at = path + "." + member.key
            switch member.key {
            case "fg": foreground = try ColorRecord.read(member.value, at: at)
            case "bg": background = try ColorRecord.read(member.value, at: at)
            case "bold": bold = try flag(member.value, at: at)
            case "underline": underline = try flag(member.value, at: at)
            case "reverse": reverse = try flag(member.value, at: at)
            case "dim": dim = try flag(member.value, at: at)
            default: unknownKeys.append(member.key)
            }
        }
    }

    func style(file: String, role: String) throws(ThemeError) -> Style {
        if let key = unknownKeys.min() {
            throw .unknownKey(file: file, path: "styles.\(role).\(key)")
        }
        return Style(
            foreground: try foreground?.color(file: file, role: role, key: "fg") ?? .terminalDefault,
            background: try background?.color(file: file, role: role, key: "bg") ?? .terminalDefault,
            bold: bold ?? false, underline: underline ?? false,
            reverse: reverse ?? false, dim: dim ?? false
        )
    }
}

/// A colour as written: a word or a whole number. Anything else (a fraction, `true`) is a
/// shape error that `ThemeDefinition.decode` reports as malformed JSON with its path.
enum ColorRecord {
    case name(String)
    case number(Int)

    static func read(_ value: JSONValue, at path: String) throws(ThemeShapeError) -> ColorRecord? {
        switch value {
        case .null: return nil
        case .int(let number): return .number(number)
        case .string(let name): return .name(name)
        default:
            throw ThemeShapeError(path: path, expected: "a colour is a name such as \"red\" or a whole number 0–255")
        }
    }

    func color(file: String, role: String, key: String) throws(ThemeError) -> TerminalColor {
        switch self {
        case .name(let name):
            guard let color = TerminalColor(name: name) else {
                throw .unknownColorName(file: file, role: role, key: key, name: name)
            }
            return color
        case .number(let number):
            guard (0...255).contains(number) else {
                throw .colorNumberOutOfRange(file: file, role: role, key: key, number: number)
            }
            return .index(number)
        }
    }
}

private func string(_ value: JSONValue, at path: String) throws(ThemeShapeError) -> String? {
    switch value {
    case .null: return nil
    case .string(let text): return text
    default: throw ThemeShapeError(path: path, expected: "expected a string in quotes")
    }
}

private func flag(_ value: JSONValue, at path: String) throws(ThemeShapeError) -> Bool? {
    switch value {
    case .null: return nil
    case .bool(let on): return on
    default: throw ThemeShapeError(path: path, expected: "expected true or false")
    }
}
