import TaizhangImport
import TaizhangStore
import Foundation
import Testing
import TaizhangModel
import TaizhangTestSupport

/// The `taizhang` binary's ledger commands, end to end on a real folder.
@Suite struct CommandLineTests {
    /// Runs the built `taizhang` (found beside `taizhang-stress`) and returns its output.
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let binary = (try StressProcess.binary() as NSString).deletingLastPathComponent + "/taizhang"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["USER"] = "tester"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func doneUndoRedoLogBackupsAndRestore() throws {
        let folder = TemporaryFolder()
        let ledger = ["--ledger", folder.file("ledger.json")]
        // A new ledger is made from the bundled plan, and the command says so.
        #expect(try run(["done", "4"] + ledger).output == "taizhang: created \(folder.file("ledger.json")) from the bundled Zhuhai 2022 plan\ntask 4: done\n")
        #expect(try run(["start", "5"] + ledger).status == 0)
        #expect(try run(["undo"] + ledger).output == "Undone: task 5 status: in progress → to do\n")
        #expect(try run(["undo", "--redo"] + ledger).output == "Redone: task 5 status: to do → in progress\n")
        let log = try run(["log", "5"] + ledger).output.split(separator: "\n").map { $0.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).dropFirst().joined(separator: " ") }
        #expect(log.count == 3)
        #expect(log.first == "tester  task 5 status: to do → in progress")
        let backups = try run(["backups"] + ledger).output.split(separator: "\n")
        #expect(backups.count == 1 + 4)  // header, then one per save
        let restore = try run(["restore", "4"] + ledger)  // generation 0: before the first done
        #expect(restore.status == 0 && restore.output.contains(": 0 of 57 tasks done"))
        #expect(try LedgerFile.read(folder.file("ledger.json"))?.plan.tasks.filter { $0.status != .todo }.isEmpty == true)
        #expect(try run(["undo"] + ledger).output.hasPrefix("Undone: restored ledger-"))
        let back = try #require(try LedgerFile.read(folder.file("ledger.json")))
        #expect(back.plan.tasks[3].status == .done && back.plan.tasks[4].status == .doing)
    }

    @Test func aBrokenLedgerIsRefusedAndPointsToABackup() throws {
        let folder = TemporaryFolder()
        let path = folder.file("ledger.json")
        #expect(try run(["done", "1", "--ledger", path]).status == 0)
        #expect(try run(["done", "2", "--ledger", path]).status == 0)
        _ = FileManager.default.createFile(atPath: path, contents: Data(repeating: 0, count: 100))
        let refused = try run(["done", "3", "--ledger", path])
        #expect(refused.status != 0)
        #expect(refused.output.contains("holds only NUL bytes"))
        #expect(refused.output.contains("`taizhang restore ledger-"))
        #expect(folder.bytes("ledger.json") == [UInt8](repeating: 0, count: 100))
    }
}
