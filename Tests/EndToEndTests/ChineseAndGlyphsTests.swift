import Foundation
import Testing

extension DashboardInTmux {
    /// Issue 4 end to end: the dashboard as a Chinese user gets it (LANG=zh_CN.UTF-8, no
    /// --lang), with Chinese line breaking in the detail pane, and the ASCII border set.
    @Suite("Chinese and glyphs")
    struct ChineseAndGlyphs {
        /// Closing punctuation no Chinese line may start with, and opening punctuation no
        /// line may end with.
        static let closing = Set("，。、；：？！）」』”’》〉…％】〕］｝〗")
        static let opening = Set("（「『“‘《〈【〔［｛〖")

        struct Size: CustomTestStringConvertible, Sendable {
            var width: Int
            var height: Int
            var testDescription: String { "\(width)x\(height)" }
        }

        /// The interface is Chinese; stepping through all 57 tasks, the frame holds on every
        /// screen and no line of the detail pane starts with closing punctuation or ends with
        /// opening punctuation.
        @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
        func chineseLocale(_ size: Size) async throws {
            try await Self.requireChineseLocale()
            let scratch = ScratchFolder()
            let session = try await TmuxSession(
                scratch: scratch, width: size.width, height: size.height,
                arguments: ["--today", "2022-07-01"], environment: ["LANG": "zh_CN.UTF-8"])
            defer { session.kill() }
            var screen = try await session.waitFor("the dashboard in Chinese") { DashboardScreen.tasksTitle($0, label: "具体要求") != nil }
            #expect(DashboardScreen.tasksTitle(screen, label: "具体要求") == "具体要求 57/57")
            #expect(screen[1].hasPrefix("┌─ 工作要求 ─"), "\(screen[1])")
            #expect(DashboardScreen.leftPane(screen).contains { $0.hasPrefix("┌─ 单位工作量 ─") })
            #expect(screen[0].hasSuffix(" 0/57 已完成"), "\(screen[0])")
            #expect(!screen.joined().contains("Tasks"), "no English left in the interface")

            for number in 1...57 {
                if number > 1 { try await session.press("j") }
                screen = try await session.waitFor("task \(number) in the detail pane") { screen in
                    !DashboardScreen.paneLines(screen, titled: "任务 \(number) ").isEmpty
                }
                DashboardScreen.checkFrame(screen, width: size.width, height: size.height)
                #expect(DashboardScreen.taskRows(screen, label: "具体要求").selected == number)
                let detail = DashboardScreen.paneLines(screen, titled: "任务 \(number) ")
                #expect(detail.first?.hasPrefix("\(number)  [ ] 未开始") == true, "\(detail)")
                for line in detail {
                    let text = line.drop { $0 == " " }
                    if let first = text.first {
                        #expect(!Self.closing.contains(first), "task \(number): a line starts with \(first): \(detail.joined(separator: "\n"))")
                    }
                    if let last = text.last {
                        #expect(!Self.opening.contains(last), "task \(number): a line ends with \(last): \(detail.joined(separator: "\n"))")
                    }
                }
            }
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
            #expect(try await session.alternateScreenOn() == false)
        }

        /// --ascii: the frame in `+`, `-` and `|`, no box-drawing character anywhere, the same
        /// layout, and wide text still never pushes a border.
        @Test func asciiBorders() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch, arguments: ["--ascii", "--today", "2022-07-01"])
            defer { session.kill() }
            var screen = try await session.waitFor("the ASCII dashboard") { $0.count > 1 && $0[1].hasPrefix("+- Work areas -") }
            #expect(screen[1].contains("++-[ Tasks 57/57 ]-"), "\(screen[1])")
            DashboardScreen.checkFrame(screen, width: 100, height: 30, ascii: true)
            Self.expectOnlyASCIIBorders(screen)

            try await session.press("j", "j", "j")
            screen = try await session.waitFor("task 4 in the detail pane") { $0.contains { $0.contains("+- Task 4 -") } }
            DashboardScreen.checkFrame(screen, width: 100, height: 30, ascii: true)
            Self.expectOnlyASCIIBorders(screen)
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }

        /// No box drawing (U+2500–U+257F) or block element (U+2580–U+259F) on the screen.
        static func expectOnlyASCIIBorders(_ screen: [String], sourceLocation: SourceLocation = #_sourceLocation) {
            for (row, line) in screen.enumerated() {
                let drawn = line.unicodeScalars.filter { (0x2500...0x259F).contains($0.value) }
                #expect(drawn.isEmpty, "row \(row): \(line)", sourceLocation: sourceLocation)
            }
        }

        /// Fails the test, saying how to fix it, when zh_CN.UTF-8 is not installed.
        static func requireChineseLocale(sourceLocation: SourceLocation = #_sourceLocation) async throws {
            let scratch = ScratchFolder()
            let result = try await CommandLineRun.run(
                "/usr/bin/env", ["locale", "-a"], environment: CommandLineRun.environment(scratch), scratch: scratch,
                directory: scratch.path, sourceLocation: sourceLocation)
            let installed = result.stdout.split(separator: "\n").map { $0.lowercased() }
            try #require(installed.contains("zh_cn.utf8") || installed.contains("zh_cn.utf-8"), """
                the zh_CN.UTF-8 locale is not installed, so the Chinese interface cannot be tested; \
                install it (as .ci/run does): apt-get install -y locales && localedef -i zh_CN -f UTF-8 zh_CN.UTF-8
                """, sourceLocation: sourceLocation)
        }
    }
}
