import TaizhangScreen
import Foundation
import Testing

@testable import TaizhangDashboard

@Suite struct ThemeResolveTests {
    /// A fresh user theme directory per test (tests run in parallel).
    private func userDirectory(_ files: [String: String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("taizhang-theme-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
        }
        return directory.path
    }

    private func builtin(_ name: String) throws -> Theme {
        try #require(try BuiltinThemes.theme(named: name))
    }

    @Test func noNameMeansDefault() throws {
        #expect(try Theme.resolve(name: nil, environment: [:], userDirectory: nil) == builtin("default"))
    }

    @Test func namedBuiltin() throws {
        #expect(try Theme.resolve(name: "light", environment: [:], userDirectory: nil) == builtin("light"))
        #expect(try Theme.resolve(name: "high-contrast", environment: [:], userDirectory: "/nonexistent")
            == builtin("high-contrast"))
    }

    @Test func noColorPicksMonoWhateverTheName() throws {
        let mono = try builtin("mono")
        for name in [nil, "default", "light", "no-such-theme"] {
            #expect(try Theme.resolve(name: name, environment: ["NO_COLOR": "1"], userDirectory: nil) == mono)
        }
    }

    @Test func emptyNoColorIsIgnored() throws {
        #expect(try Theme.resolve(name: "light", environment: ["NO_COLOR": ""], userDirectory: nil) == builtin("light"))
    }

    @Test func noColorStripsColourFromAUserMono() throws {
        let directory = try userDirectory([
            "mono.json": #"{"name": "my-mono", "styles": {"selected": {"fg": "red", "underline": true}}}"#,
        ])
        let theme = try Theme.resolve(name: "light", environment: ["NO_COLOR": "yes"], userDirectory: directory)
        #expect(theme.name == "my-mono")
        #expect(theme.style(for: .selected) == Style(underline: true, reverse: true))
    }

    @Test func userFileWinsOverBuiltinOfTheSameName() throws {
        let directory = try userDirectory([
            "default.json": #"{"name": "default", "styles": {"normal": {"fg": "green"}}}"#,
        ])
        let theme = try Theme.resolve(name: nil, environment: [:], userDirectory: directory)
        #expect(theme == Theme(name: "default", styles: [.normal: Style(foreground: .index(2))]))
        #expect(theme != (try builtin("default")))
    }

    @Test func userFileAddsANewTheme() throws {
        let directory = try userDirectory(["paper.json": #"{"name": "paper"}"#])
        #expect(try Theme.resolve(name: "paper", environment: [:], userDirectory: directory).name == "paper")
        #expect(Theme.availableNames(userDirectory: directory) == ["default", "light", "high-contrast", "mono", "paper"])
    }

    @Test func unknownNameListsWhatThereIs() throws {
        let directory = try userDirectory(["paper.json": #"{"name": "paper"}"#, "notes.txt": "x"])
        #expect(throws: ThemeError.unknownTheme(
            name: "solarized", available: ["default", "light", "high-contrast", "mono", "paper"])
        ) {
            try Theme.resolve(name: "solarized", environment: [:], userDirectory: directory)
        }
        #expect(throws: ThemeError.unknownTheme(name: "x", available: BuiltinThemes.names)) {
            try Theme.resolve(name: "x", environment: [:], userDirectory: nil)
        }
    }

    @Test func aNameIsNeverAPath() throws {
        let directory = try userDirectory(["inner.json": #"{"name": "inner"}"#])
        let nested = (directory as NSString).appendingPathComponent("themes")
        try FileManager.default.createDirectory(atPath: nested, withIntermediateDirectories: true)
        #expect(throws: ThemeError.unknownTheme(name: "../inner", available: BuiltinThemes.names)) {
            try Theme.resolve(name: "../inner", environment: [:], userDirectory: nested)
        }
    }

    @Test func brokenUserFileIsReportedWithItsPath() throws {
        let directory = try userDirectory(["light.json": #"{"name": "light", "styles": {"title": {"fg": "orange"}}}"#])
        let path = (directory as NSString).appendingPathComponent("light.json")
        #expect(throws: ThemeError.unknownColorName(file: path, role: "title", key: "fg", name: "orange")) {
            try Theme.resolve(name: "light", environment: [:], userDirectory: directory)
        }
    }

    /// A file past the size limit is refused unread, with its size; one at the limit is read.
    @Test func anOversizedUserFileIsRefusedUnread() throws {
        let padding = String(repeating: " ", count: Theme.maximumFileSize - 16)
        let directory = try userDirectory([
            "big.json": #"{"name": "big"}"# + padding + "  ",
            "edge.json": #"{"name": "edge"}"# + padding,
        ])
        let path = (directory as NSString).appendingPathComponent("big.json")
        #expect(throws: ThemeError.unreadableFile(file: path, reason: "1048577 bytes, more than a theme's limit of 1048576")) {
            try Theme.resolve(name: "big", environment: [:], userDirectory: directory)
        }
        #expect(try Theme.resolve(name: "edge", environment: [:], userDirectory: directory).name == "edge")
    }

    @Test func userThemeDirectoryFollowsXDG() {
        #expect(Theme.userThemeDirectory(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/taizhang/themes")
        #expect(Theme.userThemeDirectory(environment: ["HOME": "/h"]) == "/h/.config/taizhang/themes")
        #expect(Theme.userThemeDirectory(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/h"])
            == "/h/.config/taizhang/themes")
        #expect(Theme.userThemeDirectory(environment: [:]) == nil)
    }
}
