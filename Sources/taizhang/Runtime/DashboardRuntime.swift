import TaizhangScreen
import TaizhangImport
import TaizhangStore
import TaizhangDashboard
import TaizhangModel
import TaizhangWords
import TaizhangReport
import TaizhangTerminal

/// The one loop that connects the terminal to the pure dashboard: read a key, turn it into
/// an action, update, carry out the effects (saving the ledger), draw. The terminal is
/// given back on every way out: quit, error, or a signal.
struct DashboardRuntime {
    var store: any LedgerStoring
    let theme: Theme
    let mouse: Bool

    /// Runs until the user quits; returns the exit status (128 + signal when killed).
    mutating func run(_ initial: DashboardState) throws -> Int32 {
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
            guard let key = terminal.readKey(timeoutMilliseconds: 250) else {
                // Between keys: has another writer saved, or the server gone or come back?
                // A stat or a flag the server's notification set; no read unless needed.
                if watchStore(&state) { terminal.draw(Renderer.render(state)) }
                continue
            }
            guard let action = KeyMap.action(for: key, in: state) else { continue }
            let effects = Dashboard.update(&state, action, now: { Stamp.now() })
            if effects.contains(.quit) { return 0 }
            if effects.contains(.repaint) { terminal.invalidate() }
            // Show the change first, then save: the key answers at once even when the
            // ledger is large, and a failed save is drawn as NOT SAVED right after.
            terminal.draw(Renderer.render(state))
            var followUp = false
            for effect in effects {
                switch effect {
                case .save:
                    save(&state)
                    followUp = true
                case .writeReport:
                    writeReport(&state)
                    followUp = true
                case .quit, .repaint: break
                }
            }
            if followUp { terminal.draw(Renderer.render(state)) }
        }
    }

    /// Writes the Markdown progress report into the ledger's folder and says where.
    private func writeReport(_ state: inout DashboardState) {
        // Beside a ledger file; for a database ledger, in the folder the dashboard started in.
        let folder = (store as? FileStore).map { LedgerFile.folder(of: $0.store.path) } ?? "."
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

    /// Writes the ledger at once, merged with whatever another process saved meanwhile; on
    /// failure the change stays on screen marked NOT SAVED and the file on disk is left as
    /// it was.
    private mutating func save(_ state: inout DashboardState) {
        guard state.readOnlyReason == nil else { return }
        do {
            let outcome = try store.save(state.ledger)
            if outcome.merged {
                _ = Dashboard.update(&state, .ledgerChanged(outcome.ledger), now: { Stamp.now() })
            }
            _ = Dashboard.update(&state, .saved(generation: outcome.ledger.generation), now: { Stamp.now() })
        } catch {
            _ = Dashboard.update(&state, .saveFailed(error.words(state.strings.language)), now: { Stamp.now() })
        }
    }

    /// What the store saw since the last look: another writer's save is shown (keeping this
    /// one's unsaved changes on top of it); a lost connection turns the dashboard read-only
    /// with the reason at once; a restored one lifts that, shows what changed meanwhile and
    /// saves what was not saved.
    private mutating func watchStore(_ state: inout DashboardState) -> Bool {
        switch store.poll() {
        case .quiet:
            return false
        case .changed:
            refresh(&state)
            return true
        case .lost(let error):
            _ = Dashboard.update(&state, .connectionLost(error.words(state.strings.language)), now: { Stamp.now() })
            return true
        case .restored:
            _ = Dashboard.update(&state, .connectionRestored, now: { Stamp.now() })
            refresh(&state)
            if state.unsavedReason != nil { save(&state) }
            return true
        }
    }

    private mutating func refresh(_ state: inout DashboardState) {
        do {
            guard let fresh = try store.refresh(keeping: state.ledger) else { return }
            _ = Dashboard.update(&state, .ledgerChanged(fresh), now: { Stamp.now() })
            if state.unsavedReason != nil { save(&state) }
        } catch {
            _ = Dashboard.update(&state, .notify(error.words(state.strings.language)), now: { Stamp.now() })
        }
    }
}
