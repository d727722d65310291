import TaizhangScreen
import Foundation
import Testing

@testable import TaizhangDashboard

/// The shipped themes: all decode, all style every role, and the copies compiled into the
/// binary are exactly the files in `Themes/`.
@Suite struct ThemeBuiltinTests {
    /// `Themes/` in the source tree, found from this file's real location (symlinks resolved,
    /// so it works both in the package and in a scratch package that links to this file).
    static let themesDirectory: URL = URL(fileURLWithPath: #filePath)
        .resolvingSymlinksInPath()
        .deletingLastPathComponent()  // TaizhangDashboardTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Themes")

    @Test(arguments: BuiltinThemes.names)
    func builtinCopyEqualsShippedFileByteForByte(name: String) throws {
        let file = Self.themesDirectory.appendingPathComponent("\(name).json")
        let onDisk = try Data(contentsOf: file)
        let embedded = try #require(BuiltinThemes.json(named: name))
        #expect(
            Data(embedded.utf8) == onDisk,
            "Themes/\(name).json and its copy in Sources/TaizhangScreen/Theme/BuiltinThemes+*.swift differ; copy the file into the string literal")
    }

    @Test func everyFileInThemesIsBuiltIn() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesDirectory.path)
        let names = files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        #expect(Set(names) == Set(BuiltinThemes.names))
        #expect(BuiltinThemes.names.count == 4)
    }

    @Test(arguments: BuiltinThemes.names)
    func shippedThemeDecodesAndStylesEveryRole(name: String) throws {
        let definition = try #require(try BuiltinThemes.definition(named: name))
        #expect(definition.theme.name == name)
        #expect(!definition.description.isEmpty)
        let missing = Set(StyleRole.allCases).subtracting(definition.theme.styles.keys)
        #expect(missing.isEmpty, "\(name) leaves out \(missing.map(\.rawValue).sorted())")
    }

    @Test(arguments: BuiltinThemes.names)
    func shippedFileIsPrettyPrintedWithTwoSpaces(name: String) throws {
        let text = try #require(BuiltinThemes.json(named: name))
        #expect(text.hasSuffix("}\n"))
        #expect(!text.contains("\t"))
        for line in text.split(separator: "\n") {
            let indent = line.prefix { $0 == " " }.count
            #expect(indent % 2 == 0, "odd indent in \(name): \(line)")
        }
        #expect(text.split(separator: "\n").count > StyleRole.allCases.count)
    }

    @Test(arguments: BuiltinThemes.names)
    func selectionShowsWithoutColour(name: String) throws {
        let theme = try #require(try BuiltinThemes.theme(named: name))
        let selected = theme.style(for: .selected)
        #expect(selected.reverse || (selected.bold && selected.underline))
    }

    @Test func monoUsesNoColour() throws {
        let mono = try #require(try BuiltinThemes.theme(named: "mono"))
        for role in StyleRole.allCases {
            #expect(mono.style(for: role).foreground == .terminalDefault)
            #expect(mono.style(for: role).background == .terminalDefault)
        }
        #expect(mono.adapted(toColorCount: 0) == mono)
    }

    @Test func statusMarksAndAlertsAreDistinct() throws {
        for name in BuiltinThemes.names {
            let theme = try #require(try BuiltinThemes.theme(named: name))
            let marks = [StyleRole.todo, .doing, .done].map { theme.style(for: $0) }
            #expect(Set(marks).count == 3, "\(name): todo/doing/done must differ")
            for role in [StyleRole.overdue, .error, .match] {
                #expect(theme.style(for: role) != theme.style(for: .normal), "\(name): \(role) looks normal")
            }
            #expect(theme.style(for: .borderFocused).bold, "\(name): focused border should be bold")
            #expect(theme.style(for: .titleFocused).bold, "\(name): focused title should be bold")
        }
    }

    @Test func fallbackStylesEveryRoleWithoutColour() {
        let fallback = BuiltinThemes.fallback
        #expect(Set(fallback.styles.keys) == Set(StyleRole.allCases))
        #expect(fallback.adapted(toColorCount: 0) == fallback)
        #expect(fallback.style(for: .selected) != fallback.style(for: .normal))
    }

    @Test func unknownBuiltinIsNil() throws {
        #expect(BuiltinThemes.json(named: "solarized") == nil)
        #expect(try BuiltinThemes.theme(named: "solarized") == nil)
    }
}
