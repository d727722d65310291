import TaizhangJSON

/// A theme as a file describes it: the `Theme` itself plus the one-line description that a
/// theme list shows. `Theme` stays a plain role→style map because drawing needs nothing else.
public struct ThemeDefinition: Sendable, Equatable {
    public var theme: Theme
    public var description: String

    public init(theme: Theme, description: String) {
        self.theme = theme
        self.description = description
    }

    /// Reads a theme file's bytes. `file` is how messages name the source (a path, or
    /// "built-in theme default.json"), so a user with several theme files knows which is wrong.
    ///
    /// The format: `{"name": …, "description": …, "styles": {"<role>": {"fg": …, "bg": …,
    /// "bold": true, "underline": …, "reverse": …, "dim": …}}}`; colours are a name from
    /// `TerminalColor.names` or a palette number 0–255. Every key is optional except `name`;
    /// roles left out look `normal`. Unknown keys are errors rather than ignored, because in
    /// a hand-written file an unknown key is almost always a typo that would silently do nothing.
    ///
    /// Read with `JSONParser`, not Foundation's `JSONDecoder`: the built-in theme is read at
    /// every start, and the decoder's generic machinery cost more than the rest of the first
    /// frame at 57 tasks (BENCHMARKS.md, "Start-up").
    public static func decode(_ bytes: [UInt8], file: String) throws(ThemeError) -> ThemeDefinition {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw .malformedJSON(file: file, detail: "line \(error.line), column \(error.column): not valid JSON")
        }
        let record: ThemeRecord
        do {
            record = try ThemeRecord(value)
        } catch {
            throw .malformedJSON(file: file, detail: error.detail)
        }
        return try record.definition(file: file)
    }
}

extension Theme {
    /// Reads a theme file's bytes, dropping the description; see `ThemeDefinition.decode`.
    public static func decode(_ bytes: [UInt8], file: String) throws(ThemeError) -> Theme {
        try ThemeDefinition.decode(bytes, file: file).theme
    }
}
