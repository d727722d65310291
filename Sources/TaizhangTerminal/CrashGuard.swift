import Synchronization
import Glibc

/// Gives the terminal back when the program dies of a crash (a Swift trap, `abort`, a bad
/// memory access, Ctrl-\) while the dashboard holds it, *before* the crash's message
/// reaches the screen. Without it the message is printed into the alternate screen, which
/// leaving it throws away, and the shell is left without echo and with no cursor.
///
/// While armed, standard error goes to an unlinked temporary file instead of the terminal,
/// so nothing the program prints can garble the dashboard or be lost with the alternate
/// screen. A crash signal's handler writes the terminal's reset sequence (computed from
/// terminfo when the terminal was started), puts back the terminal modes the shell had,
/// copies what standard error received to the real one (the Swift runtime's "Fatal error:
/// …" is printed before its trap), and hands the signal on to whoever had it before (the
/// Swift backtracer, or the default action). `disarm` does the same on a normal stop.
///
/// The handler uses only async-signal-safe calls (`write`, `read`, `lseek`, `tcsetattr`,
/// `dup2`, `sigaction`, `raise`) on memory prepared by `arm`: no allocation, no locks.
enum CrashGuard {
    /// Everything the handler needs, in one block of plain memory made by `arm`.
    private struct Rescue {
        var reset: UnsafeMutableBufferPointer<UInt8>
        var shellModes: termios
        var hasShellModes: Bool
        /// Where the reset sequence goes (the terminal ncurses writes to).
        var terminalOutput: Int32
        /// Whose modes are put back (the terminal ncurses reads from).
        var terminalInput: Int32
        /// The real standard error, kept while fd 2 points at `captured`; -1 if not captured.
        var realError: Int32
        var captured: Int32
        var copyBuffer: UnsafeMutableBufferPointer<UInt8>
        var signals: UnsafeMutableBufferPointer<Int32>
        var previous: UnsafeMutableBufferPointer<sigaction>
    }

    /// The armed rescue's address (0 for none); taken by whoever runs it first, so it runs
    /// once. An address, because an atomic pointer is not `Sendable`.
    private static let armedAddress = Atomic<UInt>(0)

    private static func take() -> UnsafeMutablePointer<Rescue>? {
        UnsafeMutablePointer(bitPattern: armedAddress.exchange(0, ordering: .acquiringAndReleasing))
    }

    /// The crash signals. SIGINT, SIGTERM and SIGHUP are not among them: `SignalWatch`
    /// turns those into a normal quit.
    private static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGSYS, SIGQUIT]

    /// Starts guarding: `reset` is what puts the terminal back (leave the alternate screen,
    /// cursor visible, keypad and mouse off), `shellModes` the terminal modes from before
    /// ncurses changed them.
    static func arm(reset: [UInt8], shellModes: termios?, output: Int32 = STDOUT_FILENO, input: Int32 = STDIN_FILENO) {
        guard armedAddress.load(ordering: .acquiring) == 0 else { return }
        let rescue = UnsafeMutablePointer<Rescue>.allocate(capacity: 1)
        let resetBytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: reset.count)
        _ = resetBytes.initialize(from: reset)
        let signals = UnsafeMutableBufferPointer<Int32>.allocate(capacity: crashSignals.count)
        _ = signals.initialize(from: crashSignals)
        let previous = UnsafeMutableBufferPointer<sigaction>.allocate(capacity: crashSignals.count)
        previous.initialize(repeating: sigaction())
        let (realError, captured) = captureStandardError()
        rescue.initialize(to: Rescue(
            reset: resetBytes, shellModes: shellModes ?? termios(), hasShellModes: shellModes != nil,
            terminalOutput: output, terminalInput: input, realError: realError, captured: captured,
            copyBuffer: .allocate(capacity: 4096), signals: signals, previous: previous))
        installAlternateStack()
        armedAddress.store(UInt(bitPattern: rescue), ordering: .releasing)
        for (index, signal) in crashSignals.enumerated() {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { signal, info, _ in CrashGuard.rescue(signal, info) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigaction(signal, &action, &previous[index])
        }
    }

    /// Stops guarding after the terminal was given back normally: the signals go back to
    /// their previous handlers and what standard error received is printed now.
    static func disarm() {
        guard let rescue = take() else { return }
        restoreHandlers(rescue)
        releaseStandardError(rescue)
        rescue.pointee.reset.deallocate()
        rescue.pointee.copyBuffer.deallocate()
        rescue.pointee.signals.deallocate()
        rescue.pointee.previous.deallocate()
        rescue.deallocate()
    }

    /// The handler's work, on the crashing thread.
    private static func rescue(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?) {
        if let rescue = take() {
            writeAll(rescue.pointee.terminalOutput, UnsafeRawBufferPointer(rescue.pointee.reset))
            if rescue.pointee.hasShellModes {
                _ = tcsetattr(rescue.pointee.terminalInput, TCSANOW, &rescue.pointee.shellModes)
            }
            releaseStandardError(rescue)
            restoreHandlers(rescue)
        }
        // A fault (a trap's illegal instruction, a bad access) happens again when the handler
        // returns, now going to the previous handler with its real context. A signal that
        // was sent (abort, kill, Ctrl-\) is sent again, to be delivered on return.
        let code = info?.pointee.si_code ?? 0
        let isFault = signal != SIGABRT && signal != SIGQUIT && code > 0 && code != 0x80  // SI_KERNEL
        if !isFault { raise(signal) }
    }

    private static func restoreHandlers(_ rescue: UnsafeMutablePointer<Rescue>) {
        for index in rescue.pointee.signals.indices {
            sigaction(rescue.pointee.signals[index], &rescue.pointee.previous[index], nil)
        }
    }

    /// Points fd 2 at an unlinked temporary file; returns the real standard error and the
    /// file, or (-1, -1) when no such file can be made (then nothing is captured).
    private static func captureStandardError() -> (Int32, Int32) {
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/taizhang-stderr-XXXXXX").utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else { return (-1, -1) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let realError = dup(STDERR_FILENO)
        guard realError >= 0, dup2(file, STDERR_FILENO) >= 0 else {
            close(file)
            if realError >= 0 { close(realError) }
            return (-1, -1)
        }
        return (realError, file)
    }

    /// Points fd 2 back at the real standard error and copies there what the file received.
    private static func releaseStandardError(_ rescue: UnsafeMutablePointer<Rescue>) {
        let realError = rescue.pointee.realError
        let captured = rescue.pointee.captured
        guard realError >= 0, captured >= 0 else { return }
        rescue.pointee.realError = -1
        rescue.pointee.captured = -1
        _ = dup2(realError, STDERR_FILENO)
        _ = lseek(captured, 0, SEEK_SET)
        let buffer = rescue.pointee.copyBuffer
        while true {
            let count = read(captured, buffer.baseAddress, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            writeAll(STDERR_FILENO, UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[..<count]))
        }
        close(captured)
        close(realError)
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count {
            let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }

    /// A stack for the handler of its own, so a stack overflow can still be rescued. Kept
    /// if the Swift runtime already set one up.
    private static func installAlternateStack() {
        var current = stack_t()
        guard sigaltstack(nil, &current) == 0, Int(current.ss_flags) & Int(SS_DISABLE) != 0 else { return }
        let size = 64 * 1024
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
    }
}
