import TaizhangScreen
import Foundation
import Testing

@testable import TaizhangDashboard

@Suite struct ThemeDecodingTests {
    private func decode(_ json: String) throws(ThemeError) -> ThemeDefinition {
        try ThemeDefinition.decode(Array(json.utf8), file: "mine.json")
    }

    @Test func readsNamesNumbersAndAttributes() throws {
        let definition = try decode("""
            {"name": "mine", "description": "test",
             "styles": {"selected": {"fg": "bright-yellow", "bg": 17, "bold": true, "reverse": true},
                        "border": {"fg": "default", "dim": true}}}
            """)
        #expect(definition.description == "test")
        #expect(definition.theme.name == "mine")
        #expect(definition.theme.styles == [
            .selected: Style(foreground: .index(11), background: .index(17), bold: true, reverse: true),
            .border: Style(dim: true),
        ])
        // Roles left out look normal.
        #expect(definition.theme.style(for: .match) == .plain)
    }

    @Test func everyColourNameMapsToItsPaletteIndex() {
        #expect(TerminalColor(name: "default") == .terminalDefault)
        #expect(TerminalColor(name: "black") == .index(0))
        #expect(TerminalColor(name: "white") == .index(7))
        #expect(TerminalColor(name: "bright-black") == .index(8))
        #expect(TerminalColor(name: "bright-white") == .index(15))
        #expect(TerminalColor(name: "grey") == nil)
        #expect(TerminalColor.names.count == 17)
        for index in 0..<16 {
            #expect(TerminalColor.index(index).name.flatMap(TerminalColor.init(name:)) == .index(index))
        }
        #expect(TerminalColor.index(16).name == nil)
    }

    @Test func minimalThemeNeedsOnlyAName() throws {
        let definition = try decode(#"{"name": "bare"}"#)
        #expect(definition.theme == Theme(name: "bare", styles: [:]))
        #expect(definition.description == "")
    }

    @Test func unknownRole() {
        #expect(throws: ThemeError.unknownRole(file: "mine.json", role: "selection")) {
            try decode(#"{"name": "x", "styles": {"normal": {}, "selection": {"reverse": true}}}"#)
        }
    }

    @Test func unknownColourName() {
        #expect(throws: ThemeError.unknownColorName(file: "mine.json", role: "title", key: "fg", name: "orange")) {
            try decode(#"{"name": "x", "styles": {"title": {"fg": "orange"}}}"#)
        }
        #expect(throws: ThemeError.unknownColorName(file: "mine.json", role: "title", key: "bg", name: "Red")) {
            try decode(#"{"name": "x", "styles": {"title": {"bg": "Red"}}}"#)
        }
    }

    @Test func colourNumberOutOfRange() {
        #expect(throws: ThemeError.colorNumberOutOfRange(file: "mine.json", role: "match", key: "bg", number: 256)) {
            try decode(#"{"name": "x", "styles": {"match": {"bg": 256}}}"#)
        }
        #expect(throws: ThemeError.colorNumberOutOfRange(file: "mine.json", role: "match", key: "fg", number: -1)) {
            try decode(#"{"name": "x", "styles": {"match": {"fg": -1}}}"#)
        }
    }

    @Test func missingName() {
        for json in [#"{"styles": {}}"#, #"{"name": null}"#, #"{"name": "  "}"#] {
            #expect(throws: ThemeError.missingName(file: "mine.json")) { try decode(json) }
        }
    }

    @Test func unknownKeys() {
        #expect(throws: ThemeError.unknownKey(file: "mine.json", path: "styles.title.bolt")) {
            try decode(#"{"name": "x", "styles": {"title": {"bolt": true}}}"#)
        }
        #expect(throws: ThemeError.unknownKey(file: "mine.json", path: "colours")) {
            try decode(#"{"name": "x", "colours": {}}"#)
        }
    }

    @Test func malformedJSONNamesTheFileAndPlace() throws {
        let cases = [
            #"{"name": "x", "styles": {"#,  // truncated
            #"{"name": "x", "styles": {"title": {"bold": "yes"}}}"#,  // wrong type
            #"{"name": "x", "styles": {"title": {"fg": 3.5}}}"#,  // not a whole number
            #"{"name": "x", "styles": {"title": "red"}}"#,  // style is not an object
            #"["name"]"#,
        ]
        for json in cases {
            do {
                _ = try decode(json)
                Issue.record("accepted \(json)")
            } catch {
                guard case .malformedJSON(let file, let detail) = error else {
                    Issue.record("\(json): \(error)")
                    continue
                }
                #expect(file == "mine.json")
                #expect(!detail.isEmpty)
            }
        }
        let wrongType = try #require(throwing(#"{"name": "x", "styles": {"title": {"bold": "yes"}}}"#))
        #expect(wrongType.description.contains("styles.title.bold"))
    }

    /// Each fault says where: a broken document by line and column (counted in characters,
    /// as an editor shows them), a value of the wrong kind by its path and what belongs there.
    @Test func malformedJSONDetails() {
        let details = [
            "{\"name\": \"x\",\n \"styles\": {": "line 2, column 13: not valid JSON",
            "{\"name\": \"深色\", \"bold\": yes}": "line 1, column 24: not valid JSON",
            #"{"name": "x", "styles": {"title": {"bold": "yes"}}}"#: "at styles.title.bold: expected true or false",
            #"{"name": "x", "styles": {"title": {"fg": 3.5}}}"#:
                "at styles.title.fg: a colour is a name such as \"red\" or a whole number 0–255",
            #"{"name": "x", "styles": {"title": "red"}}"#:
                "at styles.title: expected an object such as {\"fg\": \"red\", \"bold\": true}",
            #"{"name": "x", "styles": ["title"]}"#: "at styles: expected an object of roles",
            #"{"name": 7}"#: "at name: expected a string in quotes",
            #"["name"]"#: "a theme is an object: {\"name\": …, \"styles\": {…}}",
            #"{"name": "x", "name": "y"}"#: "line 1, column 15: not valid JSON",
        ]
        for (json, detail) in details {
            #expect(throwing(json) == .malformedJSON(file: "mine.json", detail: detail), "\(json)")
        }
    }

    /// `null` reads as a key left out, as it did when themes were read with `Decodable`.
    @Test func nullIsAKeyLeftOut() throws {
        let definition = try decode(#"{"name": "n", "description": null, "styles": {"title": {"fg": null, "bold": null}}}"#)
        #expect(definition.description == "")
        #expect(definition.theme.styles == [.title: Style()])
        #expect(throwing(#"{"name": null}"#) == .missingName(file: "mine.json"))
        #expect(throwing(#"{"name": "n", "styles": null}"#) == nil)
    }

    @Test func messagesNameTheFileAndTheFault() {
        #expect(ThemeError.unknownRole(file: "/h/t/mine.json", role: "selection").description
            .hasPrefix("/h/t/mine.json: unknown role \"selection\""))
        let colour = ThemeError.unknownColorName(file: "mine.json", role: "title", key: "fg", name: "orange")
        #expect(colour.description.contains("mine.json: title.fg: unknown colour \"orange\""))
        #expect(colour.description.contains("bright-white"))
        #expect(ThemeError.colorNumberOutOfRange(file: "mine.json", role: "match", key: "bg", number: 300)
            .description == "mine.json: match.bg: colour 300 is outside the palette 0–255")
        #expect(ThemeError.missingName(file: "mine.json").description == "mine.json: the theme has no \"name\"")
        #expect(ThemeError.unknownTheme(name: "solar", available: ["default", "mono"]).description
            == "no theme named \"solar\"; available: default, mono")
    }

    private func throwing(_ json: String) -> ThemeError? {
        do {
            _ = try decode(json)
            return nil
        } catch {
            return error
        }
    }
}
