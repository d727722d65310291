import TaizhangModel
import TaizhangScreen
import Testing
@testable import TaizhangDashboard

/// `C` in the dashboard: a path asked for, the forms read by the runtime into a preview, `y`
/// records exactly the preview's ledger (then saved), anything else records nothing, and a
/// preview of a ledger that changed meanwhile is not recorded over it.
@Suite struct CollectInDashboardTests {
    /// A preview as the runtime would make it: task 1 reported done by 市司法局's part.
    static func preview(of ledger: Ledger) throws -> ReturnsPreview {
        var result = ledger
        _ = try result.apply(.unitDone(task: 1, unit: "市司法局", done: true), stamp: Stamp(at: "2026-11-27T10:00:00+08:00", by: "市司法局（张三）"))
        return ReturnsPreview(
            path: "~/回执", lines: ["市司法局（2026-11）：", "  任务1：市司法局 已完成其部分", "", "共读取 1 个文件：1 项改动待记入"],
            base: ledger, result: result, changes: 1)
    }

    @Test func aPathIsAskedReadAndRecordedOnY() throws {
        var state = Fixtures.state(width: 100, height: 30, strings: .chinese)
        Fixtures.press([.char("C")], on: &state)
        #expect(state.prompt?.kind == .collect)
        #expect(Renderer.render(state).lines.last?.contains("收取回执（文件或文件夹）：") == true)
        // Enter with nothing typed is refused; a path becomes the effect that reads it.
        #expect(Fixtures.press([.enter], on: &state).isEmpty)
        #expect(state.prompt?.error == "请输入回执文件或所在文件夹")
        let effects = Fixtures.press("~/回执".map { Key.char($0) } + [.enter], on: &state)
        #expect(effects == [.readReturns(path: "~/回执")])
        #expect(state.prompt == nil)

        let preview = try Self.preview(of: state.ledger)
        _ = Dashboard.update(&state, .returnsRead(preview), now: { Fixtures.stamp })
        let lines = Renderer.render(state).lines
        #expect(lines.contains { $0.contains("收取回执预览  ~/回执") })
        #expect(lines.contains { $0.contains("任务1：市司法局 已完成其部分") })
        #expect(lines.contains { $0.contains("y 记入台账") })
        let history = state.ledger.history.count
        #expect(Fixtures.press([.char("y")], on: &state) == [.save])
        #expect(state.returnsPreview == nil)
        #expect(state.ledger == preview.result)
        #expect(state.ledger.history.count == history + 1)
        #expect(state.ledger.history.last?.by == "市司法局（张三）")
        #expect(state.message == "已记入回执：1 项变更（u 逐项撤销）")
    }

    @Test func escRecordsNothingAndAStalePreviewIsNotRecorded() throws {
        var state = Fixtures.state(width: 80, height: 24, strings: .chinese)
        let before = state.ledger
        _ = Dashboard.update(&state, .returnsRead(try Self.preview(of: before)), now: { Fixtures.stamp })
        #expect(Fixtures.press([.escape], on: &state).isEmpty)
        #expect(state.returnsPreview == nil && state.ledger == before)
        #expect(state.message == "回执未记入台账")

        // Another change lands between the preview and y: nothing is recorded over it.
        _ = Dashboard.update(&state, .returnsRead(try Self.preview(of: before)), now: { Fixtures.stamp })
        var changed = before
        _ = try changed.apply(.addNote(task: 2, text: "另一位协调员的进展"), stamp: Fixtures.stamp)
        _ = Dashboard.update(&state, .ledgerChanged(changed), now: { Fixtures.stamp })
        #expect(Fixtures.press([.char("y")], on: &state).isEmpty)
        #expect(state.ledger == changed)
        #expect(state.message == "台账在预览后已有变化，未记入：请按 C 重新收取")
    }

    @Test func aPreviewWithNothingToRecordOnlyCloses() {
        var state = Fixtures.state(width: 100, height: 30)
        let preview = ReturnsPreview(path: "forms", lines: ["1 files read: 0 changes to record"], base: state.ledger, result: nil, changes: 0)
        _ = Dashboard.update(&state, .returnsRead(preview), now: { Fixtures.stamp })
        #expect(Renderer.render(state).lines.contains { $0.contains("nothing to record  Esc close") })
        #expect(Fixtures.press([.char("y")], on: &state).isEmpty)
        #expect(state.returnsPreview == nil)
    }
}
