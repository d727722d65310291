import Foundation
import Testing

/// Where the `taizhang` executable that `swift build` produced lives. These tests drive the
/// real binary, so they never build it themselves: a missing binary is a clear failure that
/// says to run `swift build` first, not a silent skip.
enum BuiltBinary {
    /// The package root: the folder holding Package.swift, found from this file's path.
    static let packageRoot: String = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder.path
            }
            folder.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath
    }()

    /// The places looked at, best first: beside the test bundle (the folder
    /// `swift build --show-bin-path` names, where `swift test` puts the test runner), then
    /// `<package>/.build/debug`.
    static let candidates: [String] = {
        var folders: [String] = []
        let runner = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var folder = runner.resolvingSymlinksInPath().deletingLastPathComponent()
        // On macOS the runner sits inside Foo.xctest/Contents/MacOS; walk up a few levels.
        for _ in 0..<4 where folder.path != "/" {
            folders.append(folder.path)
            folder.deleteLastPathComponent()
        }
        folders.append(packageRoot + "/.build/debug")
        return folders.map { $0 + "/taizhang" }
    }()

    /// The binary's path, or nil when none of the candidates is an executable file.
    static let located: String? = candidates.first { path in
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    /// The binary's path; fails the test with instructions when it has not been built.
    static func path(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try #require(located != nil, """
            the taizhang binary was not found; run `swift build` in \(packageRoot) first. \
            Looked for: \(candidates.joined(separator: ", "))
            """, sourceLocation: sourceLocation)
        return located!
    }

    /// The plan document the bundled plan was embedded from.
    static var planDocument: String { packageRoot + "/Plans/zhuhai-2022.txt" }
}
