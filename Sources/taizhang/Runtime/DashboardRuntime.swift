import TaizhangDashboard
import TaizhangModel
import TaizhangReport
import TaizhangTerminal

/// The one loop that connects the terminal to the pure dashboard: read a key, turn it into
/// an action, update, carry out the effects (saving the ledger), draw. The terminal is
/// given back on every way out: quit, error, or a signal.
struct DashboardRuntime {
    let path: String
    let theme: Theme
    let mouse: Bool

    /// Runs until the user quits; returns the exit status (128 + signal when killed).
    func run(_ initial: DashboardState) throws -> Int32 {
        SignalWatch.install()
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start(theme: theme, mouse: mouse)
        } catch {
            throw CommandError(error.description)
        }
        defer { terminal.stop() }
        var state = initial
        if !terminal.canDrawLines { state.glyphs = .ascii }
        let size = terminal.size
        _ = Dashboard.update(&state, .resize(width: size.width, height: size.height), now: { Stamp.now() })
        terminal.draw(Renderer.render(state))
        while true {
            if let signal = SignalWatch.pending() { return 128 + signal }
            guard let key = terminal.readKey(timeoutMilliseconds: 250) else { continue }
            guard let action = KeyMap.action(for: key, in: state) else { continue }
            var quit = false
            for effect in Dashboard.update(&state, action, now: { Stamp.now() }) {
                switch effect {
                case .save: save(&state)
                case .quit: quit = true
                case .repaint: terminal.invalidate()
                case .writeReport: writeReport(&state)
                }
            }
            if quit { return 0 }
            terminal.draw(Renderer.render(state))
        }
    }

    /// Writes the Markdown progress report into the ledger's folder and says where.
    private func writeReport(_ state: inout DashboardState) {
        let folder = LedgerFile.folder(of: path)
        let text: String
        do {
            let report = try Report.make(ledger: state.ledger, today: state.today, ledgerPath: state.ledgerPath, unit: nil, area: nil)
            let written = try ReportWriter.write(report, format: .markdown, to: folder)
            text = state.strings.reportWritten + written.joined(separator: ", ")
        } catch {
            text = "\(error)"
        }
        _ = Dashboard.update(&state, .notify(text), now: { Stamp.now() })
    }

    /// Writes the ledger at once; on failure the change stays on screen marked NOT SAVED and
    /// the file on disk is left as it was.
    private func save(_ state: inout DashboardState) {
        var ledger = state.ledger
        ledger.generation += 1
        do {
            try LedgerFile.save(ledger, to: path)
            _ = Dashboard.update(&state, .saved(generation: ledger.generation), now: { Stamp.now() })
        } catch {
            _ = Dashboard.update(&state, .saveFailed(error.description), now: { Stamp.now() })
        }
    }
}
