/// The themes shipped inside the binary. The JSON lives both in `Themes/*.json` (for people to
/// read and copy as a starting point) and, byte for byte, in `BuiltinThemes+*.swift`, so a
/// binary copied on its own still has every theme; a test keeps the two copies identical.
public enum BuiltinThemes {
    /// In the order a theme list shows them.
    public static let names = ["default", "light", "high-contrast", "mono"]

    /// The shipped JSON text of a built-in theme, or nil if there is none of that name.
    public static func json(named name: String) -> String? {
        switch name {
        case "default": return defaultJSON
        case "light": return lightJSON
        case "high-contrast": return highContrastJSON
        case "mono": return monoJSON
        default: return nil
        }
    }

    /// The decoded built-in theme (nil: no built-in of that name). Throws only if a shipped
    /// file were broken, which the tests rule out; `default` then falls back to `fallback`
    /// so the dashboard can always start.
    public static func definition(named name: String) throws(ThemeError) -> ThemeDefinition? {
        guard let decoded = decoded(name) else { return nil }
        switch decoded {
        case .success(let definition):
            return definition
        case .failure(let error):
            if name == "default" {
                return ThemeDefinition(theme: fallback, description: "Built-in fallback: attributes only.")
            }
            throw error
        }
    }

    /// `definition(named:)` without the description.
    public static func theme(named name: String) throws(ThemeError) -> Theme? {
        try definition(named: name)?.theme
    }

    /// Each decoded once, on first use of that name: the dashboard needs one theme, and
    /// decoding all four (then with Foundation's JSONDecoder) was an eighth of its start-up
    /// CPU at 57 tasks.
    private static let decodedDefault = decode("default")
    private static let decodedLight = decode("light")
    private static let decodedHighContrast = decode("high-contrast")
    private static let decodedMono = decode("mono")

    private static func decoded(_ name: String) -> Result<ThemeDefinition, ThemeError>? {
        switch name {
        case "default": return decodedDefault
        case "light": return decodedLight
        case "high-contrast": return decodedHighContrast
        case "mono": return decodedMono
        default: return nil
        }
    }

    private static func decode(_ name: String) -> Result<ThemeDefinition, ThemeError>? {
        guard let json = json(named: name) else { return nil }
        return Result { () throws(ThemeError) in
            try ThemeDefinition.decode(Array(json.utf8), file: "built-in theme \(name).json")
        }
    }
}
