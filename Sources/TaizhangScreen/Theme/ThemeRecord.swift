/// The JSON shapes of a theme file, decoded loosely (names and numbers as written, unknown keys
/// collected) and checked afterwards in `definition(file:)`. Checking after decoding, rather than
/// throwing from inside `Decodable`, lets each problem become its own `ThemeError` case that
/// names the role and key, instead of a generic decoding error.
struct ThemeRecord: Decodable {
    var name: String?
    var description: String?
    var styles: [String: StyleRecord]
    var unknownKeys: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ThemeJSONKey.self)
        styles = [:]
        unknownKeys = []
        for key in container.allKeys {
            switch key.stringValue {
            case "name": name = try container.decodeIfPresent(String.self, forKey: key)
            case "description": description = try container.decodeIfPresent(String.self, forKey: key)
            case "styles": styles = try container.decodeIfPresent([String: StyleRecord].self, forKey: key) ?? [:]
            default: unknownKeys.append(key.stringValue)
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

struct StyleRecord: Decodable {
    var foreground: ColorRecord?
    var background: ColorRecord?
    var bold: Bool?
    var underline: Bool?
    var reverse: Bool?
    var dim: Bool?
    var unknownKeys: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: ThemeJSONKey.self)
        unknownKeys = []
        for key in container.allKeys {
            switch key.stringValue {
            case "fg": foreground = try container.decodeIfPresent(ColorRecord.self, forKey: key)
            case "bg": background = try container.decodeIfPresent(ColorRecord.self, forKey: key)
            case "bold": bold = try container.decodeIfPresent(Bool.self, forKey: key)
            case "underline": underline = try container.decodeIfPresent(Bool.self, forKey: key)
            case "reverse": reverse = try container.decodeIfPresent(Bool.self, forKey: key)
            case "dim": dim = try container.decodeIfPresent(Bool.self, forKey: key)
            default: unknownKeys.append(key.stringValue)
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
/// type error that `ThemeDefinition.decode` reports as malformed JSON with its path.
enum ColorRecord: Decodable {
    case name(String)
    case number(Int)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else if let name = try? container.decode(String.self) {
            self = .name(name)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "a colour is a name such as \"red\" or a whole number 0–255")
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

/// Any JSON object key, so the records can see keys they do not know.
struct ThemeJSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
