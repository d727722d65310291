/// Everything that can go wrong finding or reading a theme, one case per cause, so a user who
/// mistyped a colour in their own theme file is told which file, which role and which word.
public enum ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not JSON, or a value has the wrong type (a string where `true` belongs).
    case malformedJSON(file: String, detail: String)
    /// The top-level `"name"` is absent, null or blank.
    case missingName(file: String)
    /// A key under `"styles"` that is not a `StyleRole`.
    case unknownRole(file: String, role: String)
    /// A key the format does not have, as a dotted path: `"colours"` or `"styles.title.bolt"`.
    case unknownKey(file: String, path: String)
    /// `fg`/`bg` named a colour that is not in `TerminalColor.names`.
    case unknownColorName(file: String, role: String, key: String, name: String)
    /// `fg`/`bg` was a number outside the 256-colour palette.
    case colorNumberOutOfRange(file: String, role: String, key: String, number: Int)
    /// No built-in or user theme has this name.
    case unknownTheme(name: String, available: [String])
    /// The user's theme file exists but could not be read.
    case unreadableFile(file: String, reason: String)

    public var description: String {
        switch self {
        case .malformedJSON(let file, let detail):
            return "\(file): not a valid theme: \(detail)"
        case .missingName(let file):
            return "\(file): the theme has no \"name\""
        case .unknownRole(let file, let role):
            let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
            return "\(file): unknown role \"\(role)\" in \"styles\" (roles: \(known))"
        case .unknownKey(let file, let path):
            return "\(file): unknown key \"\(path)\" (a theme has \"name\", \"description\" and "
                + "\"styles\"; a style has \"fg\", \"bg\", \"bold\", \"underline\", \"reverse\" and \"dim\")"
        case .unknownColorName(let file, let role, let key, let name):
            let known = TerminalColor.names.joined(separator: ", ")
            return "\(file): \(role).\(key): unknown colour \"\(name)\" (use \(known) or a number 0–255)"
        case .colorNumberOutOfRange(let file, let role, let key, let number):
            return "\(file): \(role).\(key): colour \(number) is outside the palette 0–255"
        case .unknownTheme(let name, let available):
            return "no theme named \"\(name)\"; available: \(available.joined(separator: ", "))"
        case .unreadableFile(let file, let reason):
            return "\(file): cannot be read: \(reason)"
        }
    }
}
