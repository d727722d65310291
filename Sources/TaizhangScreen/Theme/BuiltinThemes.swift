import Foundation

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
        guard let decoded = decoded[name] else { return nil }
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

    /// Decoded once, on first use.
    private static let decoded: [String: Result<ThemeDefinition, ThemeError>] = {
        var result: [String: Result<ThemeDefinition, ThemeError>] = [:]
        for name in names {
            guard let json = json(named: name) else { continue }
            result[name] = Result { () throws(ThemeError) in
                try ThemeDefinition.decode(Data(json.utf8), file: "built-in theme \(name).json")
            }
        }
        return result
    }()
}
