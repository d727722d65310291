import TaizhangImport
import TaizhangStore
import Glibc
import TaizhangModel

/// Saves a ledger in a loop for LedgerSafetyTests, acknowledging each save on stdout
/// (`ack N`, flushed) only after `save` returned, so a test that kills it knows which
/// changes must be on disk.
///
///     taizhang-stress notes PATH COUNT
///         adds notes "stress N" to task 1, continuing after the highest N already there
///     taizhang-stress mark PATH USER FIRST LAST ROUNDS
///         sets tasks FIRST…LAST to doing, done, todo, doing… (one save per change),
///         ROUNDS times over, as USER; prints "merged N" at the end
///
/// With `TAIZHANG_STRESS_TAIL` set it saves as the dashboard does (`.whenIdle`) and takes the
/// journal's tail at any size, with a short tail, so both appends and rewrites are killed.
let arguments = CommandLine.arguments
func fail(_ message: String) -> Never {
    emit("taizhang-stress: \(message)", to: 2)
    exit(2)
}

/// One unbuffered write per line: what is acknowledged is out of the process at once.
func emit(_ line: String, to fd: Int32) {
    let bytes = Array((line + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return }
        offset += written
    }
}

func acknowledge(_ line: String) {
    emit(line, to: 1)
}

/// A small plan (60 one-line tasks in one area), so a save takes little time and a test
/// can make hundreds of them.
func smallLedger() -> Ledger {
    let tasks = (1...60).map { number in
        PlanTask(number: number, area: 1, section: nil, text: "任务 \(number)", units: [UnitAssignment(name: "单位\(number % 7)", role: .responsible)])
    }
    return Ledger(source: "stress", plan: Plan(title: "压力测试", areas: [Area(number: 1, title: "全部")], tasks: tasks))
}

func stamp(_ user: String) -> Stamp {
    Stamp(at: Stamp.timestamp(.now), by: user)
}

/// Starts as a shell would start a command: the quit signals at their default action and
/// not blocked, whatever the test runner that spawned it had (a mask is inherited).
func resetQuitSignals() {
    var set = sigset_t()
    sigemptyset(&set)
    for number in [SIGINT, SIGTERM, SIGHUP] {
        signal(number, SIG_DFL)
        sigaddset(&set, number)
    }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
}

resetQuitSignals()
guard arguments.count >= 3 else { fail("usage: taizhang-stress notes PATH COUNT | mark PATH USER FIRST LAST ROUNDS") }
var store = LedgerStore(path: arguments[2])
let pace: SavePace = getenv("TAIZHANG_STRESS_TAIL") == nil ? .now : .whenIdle
if pace == .whenIdle {
    store.tailFloor = 0
    store.longestTail = 20
}
do {
    var ledger = try store.load(creatingWith: smallLedger()).ledger
    switch arguments[1] {
    case "notes":
        guard arguments.count == 4, let count = Int(arguments[3]) else { fail("notes PATH COUNT") }
        let done = ledger.plan.tasks[0].notes.compactMap { note in note.text.hasPrefix("stress ") ? Int(note.text.dropFirst(7)) : nil }
        let start = (done.max() ?? 0) + 1
        for number in start..<(start + count) {
            try ledger.apply(.addNote(task: 1, text: "stress \(number)"), stamp: stamp("stress"))
            ledger = try store.save(ledger, pace: pace).ledger
            acknowledge("ack \(number)")
        }
    case "mark":
        guard arguments.count == 7, let first = Int(arguments[4]), let last = Int(arguments[5]), let rounds = Int(arguments[6]) else {
            fail("mark PATH USER FIRST LAST ROUNDS")
        }
        let cycle: [TaskStatus] = [.doing, .done, .todo]
        var merged = 0
        var count = 0
        for round in 0..<rounds {
            for task in first...last {
                try ledger.apply(.status(task: task, to: cycle[round % 3]), stamp: stamp(arguments[3]))
                let outcome = try store.save(ledger, pace: pace)
                ledger = outcome.ledger
                if outcome.merged { merged += 1 }
                count += 1
                acknowledge("ack \(count)")
            }
        }
        acknowledge("merged \(merged)")
    default:
        fail("unknown mode \(arguments[1])")
    }
} catch {
    fail("\(error)")
}
