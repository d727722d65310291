import Foundation

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
    public static func decode(_ data: Data, file: String) throws(ThemeError) -> ThemeDefinition {
        let record: ThemeRecord
        do {
            record = try JSONDecoder().decode(ThemeRecord.self, from: data)
        } catch let error as DecodingError {
            throw .malformedJSON(file: file, detail: Self.explain(error))
        } catch {
            throw .malformedJSON(file: file, detail: String(describing: error))
        }
        return try record.definition(file: file)
    }

    /// A decoding failure in words: where in the file, and what was wrong there.
    private static func explain(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            context = c
        @unknown default:
            return String(describing: error)
        }
        var detail = context.debugDescription
        if let underlying = context.underlyingError {
            detail += " (\(underlying))"
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        return path.isEmpty ? detail : "at \(path): \(detail)"
    }
}

extension Theme {
    /// Reads a theme file's bytes, dropping the description; see `ThemeDefinition.decode`.
    public static func decode(_ data: Data, file: String) throws(ThemeError) -> Theme {
        try ThemeDefinition.decode(data, file: file).theme
    }
}
