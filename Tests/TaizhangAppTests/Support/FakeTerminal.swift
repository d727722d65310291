import TaizhangScreen

/// A terminal made of a script: each `readKey` takes the next step (a key, a quiet moment
/// in which the loop looks at the disk, or something done to the world between keys), and
/// every frame drawn is kept, to be read as text rows.
///
/// When the script runs out it raises SIGTERM, so a loop the test forgot to quit still ends
/// (with an exit the test can see) instead of hanging.
final class FakeTerminal: TerminalPort {
    enum Step {
        case key(Key)
        /// No key within the timeout: the loop polls the ledger file.
        case idle
        /// Something happens outside the program (another writer saves, a disk fills up);
        /// then, as for `idle`, no key.
        case world(() -> Void)
        /// A quit signal arrives (SIGTERM is 15).
        case signal(Int32)
    }

    private var script: [Step]
    let size: (width: Int, height: Int)
    var canDrawLines = true
    private(set) var frames: [Screen] = []
    private(set) var invalidations = 0
    private(set) var quitSignal: Int32?
    /// The script ran out before the loop ended.
    private(set) var ranOut = false

    init(_ script: [Step], width: Int = 100, height: Int = 30) {
        self.script = script
        self.size = (width, height)
    }

    func readKey(timeoutMilliseconds: Int32) -> Key? {
        guard !script.isEmpty else {
            ranOut = true
            quitSignal = 15
            return nil
        }
        switch script.removeFirst() {
        case .key(let key): return key
        case .idle: return nil
        case .world(let happen):
            happen()
            return nil
        case .signal(let number):
            quitSignal = number
            return nil
        }
    }

    func draw(_ screen: Screen) {
        frames.append(screen)
    }

    func invalidate() {
        invalidations += 1
    }

    /// The last frame drawn, as text rows.
    var screen: [String] { frames.last?.lines ?? [] }

    /// The status line of the last frame.
    var statusLine: String { screen.last ?? "" }
}

extension FakeTerminal.Step {
    static func keys(_ text: String) -> [FakeTerminal.Step] {
        text.map { .key(.char($0)) }
    }
}
