import Foundation
import Testing
#if canImport(Glibc)
import Glibc
import TaizhangTestSupport
#endif

extension DashboardInTmux {
    /// Issue 4 end to end: any terminal size, and hundreds of resizes in a burst, never crash
    /// the dashboard; below 80×24 it says how much room it needs, and it comes back intact.
    @Suite("Terminal sizes")
    struct TerminalSizes {
        struct Size: CustomTestStringConvertible, Sendable {
            var width: Int
            var height: Int
            var testDescription: String { "\(width)x\(height)" }
        }

        /// Started at the size: the too-small message where it fits (wrapped at 20 columns,
        /// cut at 1×1), the dashboard at 80×24; then grown to 80×24 it draws a whole frame and
        /// q exits 0.
        @Test(arguments: [Size(width: 1, height: 1), Size(width: 20, height: 5), Size(width: 79, height: 23), Size(width: 80, height: 24)])
        func startsAtAnySize(_ size: Size) async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch, width: size.width, height: size.height)
            defer { session.kill() }
            let message = "Terminal too small (need 80x24, have \(size.width)x\(size.height))"
            switch (size.width, size.height) {
            case (1, 1):
                // Nothing readable fits in one cell; it must draw something and stay up.
                let screen = try await session.waitFor("a first frame") { $0.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty } }
                #expect(screen.count == 1)
                #expect(screen.allSatisfy { DisplayColumns.width(of: $0) <= 1 }, "\(screen)")
                #expect(try await session.alternateScreenOn())
            case (20, 5):
                let screen = try await session.waitFor("the message, wrapped") { screen in
                    screen.joined(separator: " ").split(separator: " ").joined(separator: " ") == message
                }
                #expect(screen.count == 5)
                #expect(screen.allSatisfy { DisplayColumns.width(of: $0) <= 20 }, "\(screen)")
                #expect(DashboardScreen.hasNoBorders(screen))
            case (79, 23):
                let screen = try await session.waitFor("the message") { $0.contains { $0.contains("Terminal too small") } }
                #expect(screen.count == 23)
                #expect(screen.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { $0.trimmingCharacters(in: .whitespaces) } == [message])
                #expect(DashboardScreen.hasNoBorders(screen))
            default:
                let screen = try await session.waitForDashboard()
                DashboardScreen.checkFrame(screen, width: 80, height: 24)
                #expect(DashboardScreen.tasksTitle(screen) == "Tasks 57/57")
            }
            let pid = try await session.programPID()
            #expect(kill(pid, 0) == 0, "still running at \(size.width)x\(size.height)")

            if (size.width, size.height) != (80, 24) {
                try await session.resize(width: 80, height: 24)
                let screen = try await session.waitFor("the dashboard at 80x24") { screen in
                    screen.count == 24 && DashboardScreen.tasksTitle(screen) == "Tasks 57/57"
                }
                DashboardScreen.checkFrame(screen, width: 80, height: 24)
            }
            #expect(try await session.programPID() == pid, "the same process throughout")
            try await session.press("q")
            // Not `waitForExit`: when a pane grows while a program is on the alternate screen,
            // tmux 3.3a gives back a normal screen with some of the program's last frame in it
            // (a plain Python curses program does the same), and `EXIT=0` is printed over
            // the first of those rows, so only the digits after `EXIT=` are read.
            let screen = try await session.waitFor("the program to exit") { $0.contains { $0.hasPrefix("EXIT=") } }
            let line = try #require(screen.first { $0.hasPrefix("EXIT=") })
            #expect(line.dropFirst(5).prefix { $0.isNumber } == "0", "\(line)")
            #expect(try await session.alternateScreenOn() == false)
        }

        /// 240 resizes between seeded random sizes from 1×1 to 200×60 (tiny ones forced in),
        /// sent as fast as tmux makes them, then 100×30: the process is the same one, the
        /// frame is whole, the selection kept and keys still work.
        @Test func resizeStorm() async throws {
            let scratch = ScratchFolder()
            let session = try await TmuxSession(scratch: scratch)
            defer { session.kill() }
            try await session.waitForDashboard()
            try await session.press("j", "j")
            try await session.waitFor("task 3 selected") { DashboardScreen.taskRows($0).selected == 3 }
            let pid = try await session.programPID()

            var random = SeededRandom(seed: 2022_0601)
            let tiny: [(width: Int, height: Int)] = [(1, 1), (2, 1), (1, 2), (3, 2), (10, 3), (20, 5), (79, 23), (80, 23), (79, 24)]
            var sizes: [(width: Int, height: Int)] = []
            for step in 0..<240 {
                if step % 10 == 0 {
                    sizes.append(tiny[(step / 10) % tiny.count])
                } else {
                    sizes.append((Int.random(in: 1...200, using: &random), Int.random(in: 1...60, using: &random)))
                }
            }
            #expect(sizes.count >= 200)
            var sent = 0
            while sent < sizes.count {
                let batch = Int.random(in: 1...30, using: &random)
                try await session.resize(through: Array(sizes[sent..<min(sizes.count, sent + batch)]))
                sent += batch
                #expect(kill(pid, 0) == 0, "alive after \(min(sent, sizes.count)) resizes")
            }
            try await session.resize(width: 100, height: 30)

            let screen = try await session.waitFor("the dashboard at 100x30 after the storm") { screen in
                screen.count == 30 && DashboardScreen.tasksTitle(screen) == "Tasks 57/57"
                    && !screen.contains { $0.contains("too small") }
                    && screen.allSatisfy { DisplayColumns.width(of: $0) <= 100 }
                    && screen[1].hasSuffix("┐") && DisplayColumns.width(of: screen[1]) == 100
            }
            DashboardScreen.checkFrame(screen, width: 100, height: 30)
            #expect(DashboardScreen.taskRows(screen).selected == 3)
            #expect(try await session.programPID() == pid, "the same process, not a restart")
            #expect(kill(pid, 0) == 0)

            try await session.press("j")
            let moved = try await session.waitFor("a key after the storm") { DashboardScreen.taskRows($0).selected == 4 }
            DashboardScreen.checkFrame(moved, width: 100, height: 30)
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
            #expect(try await session.alternateScreenOn() == false)
        }
    }
}
