import Synchronization
import Glibc

/// Records SIGINT, SIGTERM and SIGHUP instead of dying from them, so the main loop can quit
/// through its normal path and give the terminal back in a usable state.
///
/// The handlers only store the signal number in an atomic: that is all a signal handler may
/// safely do. Install them *before* `CursesTerminal.start`, because ncurses installs its own
/// handlers for these signals only where the disposition is still the default. They are
/// installed without `SA_RESTART`, so a blocked read is interrupted and `readKey` returns nil.
public enum SignalWatch {
    /// The last signal received, 0 for none.
    private static let received = Atomic<Int32>(0)

    /// The signals that mean "quit now".
    private static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    public static func install() {
        // Touch the atomic here so its one-time initialisation never runs inside a handler.
        _ = received.load(ordering: .relaxed)
        for signal in watched {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                SignalWatch.received.store(number, ordering: .relaxed)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// The number of a signal received since `install`, or nil. It stays set: once a quit
    /// signal arrives every later poll sees it too.
    public static func pending() -> Int32? {
        let number = received.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }
}
