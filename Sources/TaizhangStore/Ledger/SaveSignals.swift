#if canImport(Glibc)
import TaizhangModel
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Holds back SIGINT, SIGTERM, SIGHUP and SIGQUIT while a save runs, so Ctrl-C, a closed
/// terminal or `kill` never stop a save half way: the save finishes (or fails and cleans
/// up), the lock is released, and only then does the signal arrive and do what it would
/// have done. A save takes milliseconds, so nobody notices the wait. (SIGKILL cannot be held
/// back; for it the atomic rename and the cleanup of dead processes' temporary files at the
/// next start are the protection.)
enum SaveSignals {
    static func deferred<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        var blocked = sigset_t()
        var previous = sigset_t()
        sigemptyset(&blocked)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }
}
