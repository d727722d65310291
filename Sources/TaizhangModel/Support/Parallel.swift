import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Two pieces of work at once: one on a thread of its own, one on this one, joined before
/// returning. Opening a large ledger reads its journal while this thread decodes the file,
/// and indexes the plan while this thread counts the unit workload: the first frame comes
/// sooner on any machine with a second core. Both only read values they are given.
public enum Parallel {
    /// `other` on a new thread and `here` on this one; `other` runs here too when no thread
    /// can be made.
    public static func both<A: Sendable, B>(_ other: @escaping @Sendable () -> A, _ here: () -> B) -> (A, B) {
        let slot = ResultSlot<A>()
        guard let thread = spawn({ slot.value = other() }) else { return (other(), here()) }
        let mine = here()
        join(thread)
        // Written on the other thread before it ended; the join orders that write before this read.
        guard let theirs = slot.value else { return (other(), mine) }
        return (theirs, mine)
    }

    #if canImport(Glibc)
    typealias ThreadHandle = pthread_t
    #else
    typealias ThreadHandle = pthread_t?
    #endif

    /// `work` on a new thread; nil when none can be made.
    private static func spawn(_ work: @escaping () -> Void) -> ThreadHandle? {
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let handle = Unmanaged.passRetained(Job(work))
        let started = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().run()
            return nil
        }, handle.toOpaque())
        guard started == 0 else {
            handle.release()
            return nil
        }
        return thread
    }

    private static func join(_ thread: ThreadHandle) {
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #else
        if let thread { pthread_join(thread, nil) }
        #endif
    }

    private static func detach(_ thread: ThreadHandle) {
        #if canImport(Glibc)
        pthread_detach(thread)
        #else
        if let thread { pthread_detach(thread) }
        #endif
    }

    /// The work handed to the new thread, with no generic type a C function could not name.
    private final class Job: @unchecked Sendable {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// Where the other thread leaves its result; read only after the join.
    private final class ResultSlot<Value>: @unchecked Sendable {
        var value: Value?
    }
}

extension Parallel {
    /// Starts `work` on a thread of its own and returns at once; the result is there to
    /// take when the work is done. Nil when no thread can be made: the caller then does
    /// without (the dashboard makes its search index at the first search instead).
    public static func start<Value: Sendable>(_ work: @escaping @Sendable () -> Value) -> Pending<Value>? {
        let pending = Pending<Value>()
        guard let thread = spawn({ pending.finish(work()) }) else { return nil }
        detach(thread)
        return pending
    }
}

/// The result of work started by `Parallel.start`, once it is done.
public final class Pending<Value: Sendable>: Sendable {
    private let slot = Mutex<Value?>(nil)

    /// The result, or nil while the work runs.
    public var result: Value? { slot.withLock { $0 } }

    fileprivate func finish(_ value: Value) {
        slot.withLock { $0 = value }
    }
}
