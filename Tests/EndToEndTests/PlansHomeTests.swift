import Foundation
import Testing

/// Every plan the office carries (issue 19), end to end: a home with the bundled plan and two
/// imported fixtures; `plans`, `--plan`, `workload --all` against each plan's own
/// `workload --json`, adoption of an old default ledger, names with Chinese, spaces and the
/// same title twice, archiving, and the dashboard's plan picker and unit view in tmux.
@Suite("plans home")
struct PlansHomeTests {
    static let fixtures = BuiltBinary.packageRoot + "/Tests/Fixtures/plans/"
    static let first = fixtures + "2022-xuancheng-zhengwugongkai/plan.txt"
    static let second = fixtures + "2023-shaoguan-shuzizhengfu/plan.txt"
    static let bundledName = "2022-珠海市贯彻落实国家和省2022年政务公开工作要点分工方案"

    /// A scratch folder whose data home holds the bundled plan (made by the first `start`)
    /// and the two fixtures, imported under their made names and one chosen name.
    static func threePlans() async throws -> (ScratchFolder, [String: String]) {
        let scratch = ScratchFolder()
        let environment = ["XDG_DATA_HOME": scratch.file("data")]
        let created = try await CommandLineRun.taizhang(["start", "4"], scratch: scratch, environment: environment)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stderr.contains("plans/\(bundledName).json"))
        let one = try await CommandLineRun.taizhang(["import", first, "--year", "2022"], scratch: scratch, environment: environment)
        #expect(one.status == 0, "\(one.stderr)")
        // Its title starts with its year: the name says the year once.
        #expect(one.stdout.contains("into the plans home as 2022年11—12月政务公开重点工作任务清单"), "\(one.stdout)")
        let two = try await CommandLineRun.taizhang(["import", second, "--name", "韶关 数字政府 2023"], scratch: scratch, environment: environment)
        #expect(two.status == 0, "\(two.stderr)")
        #expect(two.stdout.contains("into the plans home as 韶关 数字政府 2023"), "\(two.stdout)")
        return (scratch, environment)
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func threePlansAreListedAndEachIsReachedByName() async throws {
        let (scratch, environment) = try await Self.threePlans()
        let listed = try await CommandLineRun.taizhang(["plans", "--json", "--today", "2026-12-01"], scratch: scratch, environment: environment)
        #expect(listed.status == 0, "\(listed.stderr)")
        let plans = try #require(try Self.json(listed.stdout) as? [[String: Any]])
        #expect(plans.count == 3)
        let names = plans.compactMap { $0["name"] as? String }
        #expect(names.contains(Self.bundledName))
        #expect(names.contains("韶关 数字政府 2023"))
        let bundled = try #require(plans.first { $0["name"] as? String == Self.bundledName })
        #expect(bundled["tasks"] as? Int == 57)
        #expect(bundled["year"] as? Int == 2022)
        #expect(bundled["done"] as? Int == 0)
        #expect(bundled["lastChange"] is String)

        let text = try await CommandLineRun.taizhang(["plans"], scratch: scratch, environment: environment)
        #expect(text.status == 0)
        #expect(text.stdout.contains("Name") && text.stdout.contains("Last change"))
        #expect(text.stdout.split(separator: "\n").count == 4)
        // The plan made first stays the current one after the imports.
        #expect(text.stdout.split(separator: "\n").contains { $0.hasPrefix("*  \(Self.bundledName)") }, "\(text.stdout)")

        // --plan by whole name (spaces, Chinese), by the start of one, and the default.
        let shown = try await CommandLineRun.taizhang(["list", "--json", "--plan", "韶关 数字政府 2023"], scratch: scratch, environment: environment)
        #expect(shown.status == 0, "\(shown.stderr)")
        let tasks = try #require(try Self.json(shown.stdout) as? [[String: Any]])
        #expect(!tasks.isEmpty && tasks.count != 57)
        let done = try await CommandLineRun.taizhang(["done", "1", "--plan", "韶关"], scratch: scratch, environment: environment)
        #expect(done.status == 0, "\(done.stderr)")
        let after = try await CommandLineRun.taizhang(["plans", "--json"], scratch: scratch, environment: environment)
        let shaoguan = try #require((try Self.json(after.stdout) as? [[String: Any]])?.first { $0["name"] as? String == "韶关 数字政府 2023" })
        #expect(shaoguan["done"] as? Int == 1)
        // --plan before the subcommand, as people type it (`taizhang --plan 韶关 start 1`).
        let before = try await CommandLineRun.taizhang(["--plan", "韶关", "start", "2"], scratch: scratch, environment: environment)
        #expect(before.status == 0, "\(before.stderr)")
        let started = try await CommandLineRun.taizhang(["--plan=韶关", "list", "--json"], scratch: scratch, environment: environment)
        let startedTasks = try #require(try Self.json(started.stdout) as? [[String: Any]])
        #expect(startedTasks.first { $0["number"] as? Int == 2 }?["status"] as? String == "doing", "\(started.stdout)")

        // A name that is no plan, and one that is the start of two: refused, naming them.
        let missing = try await CommandLineRun.taizhang(["list", "--plan", "nope"], scratch: scratch, environment: environment)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no plan is named nope"))
        let ambiguous = try await CommandLineRun.taizhang(["list", "--plan", "2022"], scratch: scratch, environment: environment)
        #expect(ambiguous.status != 0)
        #expect(ambiguous.stderr.contains("could be any of"))
        let chinese = try await CommandLineRun.taizhang(["list", "--plan", "nope"], scratch: scratch, environment: environment.merging(["LANG": "zh_CN.UTF-8"]) { $1 })
        #expect(chinese.stderr.contains("没有名为“nope”的方案"))
    }

    /// The cross-plan totals are the sums of each plan's own `workload --json`.
    @Test func workloadAcrossPlansAddsUpEachPlansWorkload() async throws {
        let (scratch, environment) = try await Self.threePlans()
        let today = ["--today", "2026-12-01"]
        let all = try await CommandLineRun.taizhang(["workload", "--all", "--json"] + today, scratch: scratch, environment: environment)
        #expect(all.status == 0, "\(all.stderr)")
        let across = try #require(try Self.json(all.stdout) as? [String: Any])
        let plans = try #require(across["plans"] as? [String])
        #expect(plans.count == 3)
        let units = try #require(across["units"] as? [[String: Any]])
        var expected: [String: [String: Int]] = [:]
        for plan in plans {
            let one = try await CommandLineRun.taizhang(["workload", "--json", "--plan", plan] + today, scratch: scratch, environment: environment)
            #expect(one.status == 0, "\(one.stderr)")
            for row in try #require(try Self.json(one.stdout) as? [[String: Any]]) {
                let key = "\(row["kind"] as? String ?? "")|\(row["unit"] as? String ?? "-")"
                for count in ["total", "done", "doing", "open", "overdue", "lead", "responsible", "supporting", "reference"] {
                    expected[key, default: [:]][count, default: 0] += row[count] as? Int ?? 0
                }
            }
        }
        #expect(units.count == expected.count)
        for unit in units {
            let key = "\(unit["kind"] as? String ?? "")|\(unit["unit"] as? String ?? "-")"
            let want = try #require(expected[key], "\(key)")
            for (count, value) in want { #expect(unit[count] as? Int == value, "\(key) \(count)") }
            let shares = try #require(unit["plans"] as? [[String: Any]])
            #expect(shares.reduce(0) { $0 + ($1["total"] as? Int ?? 0) } == want["total"])
        }
        let text = try await CommandLineRun.taizhang(["workload", "--all"] + today, scratch: scratch, environment: environment)
        #expect(text.status == 0)
        #expect(text.stdout.contains("韶关 数字政府 2023"))
    }

    /// Returns late across plans: only a plan that collects returns counts them. The bundled
    /// plan gets a monthly cycle due on the 25th and no unit returns; on the 28th every unit
    /// it names is late there (1 in total), on the 20th none is yet; a unit the other plans
    /// alone name has nothing to count (null, a blank cell), not a zero.
    @Test func returnsLateAreCountedPerPlanAndInTotal() async throws {
        let (scratch, environment) = try await Self.threePlans()
        let cycle = try await CommandLineRun.taizhang(["cycle", "monthly", "--day", "25", "--plan", Self.bundledName], scratch: scratch, environment: environment)
        #expect(cycle.status == 0, "\(cycle.stderr)")
        func units(on day: String) async throws -> [[String: Any]] {
            let all = try await CommandLineRun.taizhang(["workload", "--all", "--json", "--today", day], scratch: scratch, environment: environment)
            #expect(all.status == 0, "\(all.stderr)")
            return try #require((try Self.json(all.stdout) as? [String: Any])?["units"] as? [[String: Any]])
        }
        let late = try await units(on: "2026-12-28")
        let office = try #require(late.first { $0["unit"] as? String == "市政务服务数据管理局" && $0["kind"] as? String == "unit" })
        #expect(office["returnsLate"] as? Int == 1)
        let shares = try #require(office["plans"] as? [[String: Any]])
        let bundled = try #require(shares.first { $0["plan"] as? String == Self.bundledName })
        let standing = try #require(bundled["return"] as? [String: Any])
        #expect(standing["state"] as? String == "missing")
        #expect(standing["period"] as? String == "2026-12" && standing["due"] as? String == "2026-12-25")
        #expect(shares.filter { $0["plan"] as? String != Self.bundledName }.allSatisfy { $0["return"] is NSNull })
        // Every unit the bundled plan names is late there; one only the others name counts nothing.
        let bundledUnits = late.filter { ($0["plans"] as? [[String: Any]])?.contains { $0["plan"] as? String == Self.bundledName && !($0["return"] is NSNull) } == true }
        #expect(bundledUnits.count == 13)
        #expect(bundledUnits.allSatisfy { $0["returnsLate"] as? Int == 1 })
        let elsewhere = try #require(late.first { ($0["plans"] as? [[String: Any]])?.allSatisfy { $0["plan"] as? String != Self.bundledName } == true && $0["kind"] as? String == "unit" })
        #expect(elsewhere["returnsLate"] is NSNull)
        let early = try await units(on: "2026-12-20")
        #expect(early.allSatisfy { ($0["returnsLate"] as? Int ?? 0) == 0 })

        let text = try await CommandLineRun.taizhang(["workload", "--all", "--today", "2026-12-28", "--lang", "zh"], scratch: scratch, environment: environment)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasSuffix("迟报") == true, "\(lines.first ?? "")")
        let officeLine = try #require(lines.firstIndex { $0.hasPrefix("市政务服务数据管理局 ") })
        #expect(lines[officeLine].hasSuffix(" 1"), "\(lines[officeLine])")
        #expect(lines[(officeLine + 1)...].prefix(3).contains { $0.hasSuffix("未报送") }, "\(text.stdout)")
    }

    /// A single ledger at the old default place moves into the home at first start, its
    /// bytes unchanged, with a line saying so; the same title twice gets a second name.
    @Test func oldDefaultLedgerIsAdoptedByteIdentical() async throws {
        let scratch = ScratchFolder()
        let data = scratch.file("data")
        let environment = ["XDG_DATA_HOME": data]
        try FileManager.default.createDirectory(atPath: data + "/taizhang", withIntermediateDirectories: true)
        let old = data + "/taizhang/ledger.json"
        _ = try scratch.freshLedger(at: old)
        let started = try await CommandLineRun.taizhang(["start", "7", "--ledger", old], scratch: scratch)
        #expect(started.status == 0, "\(started.stderr)")
        let before = try #require(scratch.bytes(old))

        let listed = try await CommandLineRun.taizhang(["plans"], scratch: scratch, environment: environment)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stderr.contains("moved the ledger \(old) into the plans home as \(Self.bundledName)"), "\(listed.stderr)")
        #expect(listed.stderr.contains("its content is unchanged"))
        #expect(!scratch.exists(old))
        #expect(scratch.bytes(data + "/taizhang/plans/\(Self.bundledName).json") == before)
        #expect(listed.stdout.contains(Self.bundledName))
        // Its history journal moved with it, under the name the ledger gives it.
        #expect(!scratch.exists(data + "/taizhang/ledger.history-1.jsonl"))
        #expect(scratch.exists(data + "/taizhang/plans/ledger.history-1.jsonl"))
        let log = try await CommandLineRun.taizhang(["log"], scratch: scratch, environment: environment)
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.split(separator: "\n").count == 1, "\(log.stdout)")
        // Said once: nothing is left to adopt.
        let again = try await CommandLineRun.taizhang(["show", "7"], scratch: scratch, environment: environment)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!again.stderr.contains("moved"))
        #expect(again.stdout.contains("in progress") || again.stdout.contains("doing"), "\(again.stdout)")

        // The same plan imported again: a second name, the first never replaced.
        let text = BuiltBinary.packageRoot + "/Plans/" + (try FileManager.default.contentsOfDirectory(atPath: BuiltBinary.packageRoot + "/Plans").sorted().first { $0.hasSuffix(".txt") } ?? "")
        let imported = try await CommandLineRun.taizhang(["import", text], scratch: scratch, environment: environment)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("as \(Self.bundledName)-2"), "\(imported.stdout)")
        #expect(scratch.bytes(data + "/taizhang/plans/\(Self.bundledName).json") == before)
        let clash = try await CommandLineRun.taizhang(["import", text, "--name", Self.bundledName], scratch: scratch, environment: environment)
        #expect(clash.status != 0)
        #expect(clash.stderr.contains("already exists and is never replaced"))
        let bad = try await CommandLineRun.taizhang(["import", text, "--name", "a/b"], scratch: scratch, environment: environment)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("cannot be a plan name"))
    }

    /// An old default ledger that is a symlink (to a synced folder, by a relative path) is
    /// adopted as a link to the same file, written absolute so it still points there from
    /// the plans folder; the file is untouched, and saves through the plan reach it and leave
    /// the home's entry a link.
    @Test func aSymlinkedOldDefaultLedgerIsAdoptedAsALink() async throws {
        let scratch = ScratchFolder()
        let data = scratch.file("data")
        let environment = ["XDG_DATA_HOME": data]
        let synced = scratch.file("synced")
        try FileManager.default.createDirectory(atPath: synced, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: data + "/taizhang", withIntermediateDirectories: true)
        let real = synced + "/台账 2022.json"
        _ = try scratch.freshLedger(at: real)
        let old = data + "/taizhang/ledger.json"
        try FileManager.default.createSymbolicLink(atPath: old, withDestinationPath: "../../synced/台账 2022.json")
        let before = try #require(scratch.bytes(real))

        let listed = try await CommandLineRun.taizhang(["plans"], scratch: scratch, environment: environment)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stderr.contains("moved the ledger \(old) into the plans home as \(Self.bundledName)"), "\(listed.stderr)")
        let home = data + "/taizhang/plans/\(Self.bundledName).json"
        #expect(!FileManager.default.fileExists(atPath: old))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: home) == real)
        #expect(scratch.bytes(real) == before)

        let done = try await CommandLineRun.taizhang(["done", "3"], scratch: scratch, environment: environment)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: home) == real)
        let after = try #require(scratch.bytes(real))
        let saved = try #require(try Self.json(String(decoding: after, as: UTF8.self)) as? [String: Any])
        let task = try #require((saved["tasks"] as? [[String: Any]])?[2])
        #expect(task["status"] as? String == "done")
    }

    @Test func archivedPlansLeaveTheDailyListButStayReadable() async throws {
        let (scratch, environment) = try await Self.threePlans()
        let plans = scratch.file("data") + "/taizhang/plans/"
        let journal = "韶关 数字政府 2023.history-1.jsonl"
        let started = try await CommandLineRun.taizhang(["start", "2", "--plan", "韶关 数字政府 2023"], scratch: scratch, environment: environment)
        #expect(started.status == 0, "\(started.stderr)")
        #expect(scratch.exists(plans + journal))
        let archived = try await CommandLineRun.taizhang(["plans", "archive", "韶关 数字政府 2023"], scratch: scratch, environment: environment)
        #expect(archived.status == 0, "\(archived.stderr)")
        // The history journal moves with its ledger, and nothing of it stays behind.
        #expect(!scratch.exists(plans + journal))
        #expect(scratch.exists(plans + "archive/" + journal))
        let log = try await CommandLineRun.taizhang(["log", "--plan", "韶关 数字政府 2023"], scratch: scratch, environment: environment)
        #expect(log.status == 0, "\(log.stderr)")
        #expect(log.stdout.split(separator: "\n").count == 1, "\(log.stdout)")
        let daily = try await CommandLineRun.taizhang(["plans", "--json"], scratch: scratch, environment: environment)
        #expect((try Self.json(daily.stdout) as? [[String: Any]])?.count == 2)
        let everything = try await CommandLineRun.taizhang(["plans", "--json", "--archived"], scratch: scratch, environment: environment)
        #expect((try Self.json(everything.stdout) as? [[String: Any]])?.count == 3)
        let read = try await CommandLineRun.taizhang(["list", "--plan", "韶关 数字政府 2023"], scratch: scratch, environment: environment)
        #expect(read.status == 0, "\(read.stderr)")
        let all = try await CommandLineRun.taizhang(["workload", "--all", "--json"], scratch: scratch, environment: environment)
        #expect(((try Self.json(all.stdout) as? [String: Any])?["plans"] as? [String])?.count == 2)
        let withArchived = try await CommandLineRun.taizhang(["workload", "--all", "--archived", "--json"], scratch: scratch, environment: environment)
        #expect(((try Self.json(withArchived.stdout) as? [String: Any])?["plans"] as? [String])?.count == 3)
        let back = try await CommandLineRun.taizhang(["plans", "unarchive", "韶关 数字政府 2023"], scratch: scratch, environment: environment)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(scratch.exists(plans + journal))
        #expect(!scratch.exists(plans + "archive/" + journal))
        let done = try await CommandLineRun.taizhang(["done", "2", "--plan", "韶关 数字政府 2023"], scratch: scratch, environment: environment)
        #expect(done.status == 0, "\(done.stderr)")
        let both = try await CommandLineRun.taizhang(["log", "--plan", "韶关 数字政府 2023"], scratch: scratch, environment: environment)
        #expect(both.stdout.split(separator: "\n").count == 2, "\(both.stdout)")
    }

    /// The dashboard opens the plan used last, names it in the title bar, and `P` switches.
    @Test func pickerSwitchesPlansInTheDashboard() async throws {
        let (scratch, environment) = try await Self.threePlans()
        var tmuxEnvironment = environment
        tmuxEnvironment["TAIZHANG_LEDGER"] = ""
        let session = try await TmuxSession(
            scratch: scratch, width: 120, height: 32, arguments: ["--plan", "韶关", "--today", "2026-12-01"], environment: tmuxEnvironment)
        defer { session.kill() }
        var screen = try await session.waitFor("the chosen plan") { $0.first?.contains("[韶关 数字政府 2023]") == true }
        try await session.press("P")
        screen = try await session.waitFor("the plan picker") { $0.contains { $0.contains("Plans (3)") } }
        #expect(screen.contains { $0.contains("2022-珠海市贯彻落实") && $0.contains("0/57") })
        #expect(screen.contains { $0.contains("*韶关 数字政府 2023") })
        // Down to the bundled plan (by name order: 2022-…, 2022-…, 韶关…) and open it.
        let row = try #require(screen.firstIndex { $0.contains("2022-珠海市贯彻落实") && $0.contains("/57") }, "\(screen.joined(separator: "\n"))")
        let cursor = try #require(screen.firstIndex { $0.contains("*韶关") })
        for _ in 0..<(cursor - row) { try await session.press("k") }
        try await session.press("Enter")
        screen = try await session.waitFor("the bundled plan") { $0.first?.contains("[\(Self.bundledName)]") == true && $0.contains { $0.contains("Tasks 57/57") } }

        // A plan imported by another hand while the dashboard runs is in the next U and P.
        let fourth = try await CommandLineRun.taizhang(["import", Self.fixtures + "2021-dongguan-wenjiuye/plan.txt", "--name", "第四 方案"], scratch: scratch, environment: environment)
        #expect(fourth.status == 0, "\(fourth.stderr)")

        // U: every unit across the plans; Enter lists 市司法局's open tasks with their plans.
        try await session.press("U")
        screen = try await session.waitFor("the unit view") { $0.contains { $0.contains("Units across all plans (4)") } }
        #expect(screen.contains { $0.contains("Unit") && $0.contains("Plans") })
        try await session.press("Enter")
        screen = try await session.waitFor("a unit's open tasks") { $0.contains { $0.contains("Open tasks: ") } }
        // Each task labelled with its plan: the heaviest unit has tasks in more than one.
        #expect(screen.contains { $0.contains("2022-珠海市") })
        try await session.press("Escape")
        try await session.waitFor("back to the units") { $0.contains { $0.contains("Units across all plans (4)") } }
        try await session.press("q")
        try await session.waitFor("the unit view closed") { !$0.contains { $0.contains("Units across all plans") } }
        try await session.press("P")
        screen = try await session.waitFor("the picker read again") { $0.contains { $0.contains("Plans (4)") } }
        #expect(screen.contains { $0.contains("第四 方案") })
        try await session.press("Escape")
        try await session.waitFor("the picker closed") { !$0.contains { $0.contains("Plans (4)") } }
        try await session.press("q")
        #expect(try await session.waitForExit().status == 0)

        // The next start opens the plan used last.
        let next = try await TmuxSession(scratch: scratch, width: 120, height: 32, arguments: ["--today", "2026-12-01"], environment: tmuxEnvironment)
        defer { next.kill() }
        try await next.waitFor("the plan used last") { $0.first?.contains("[\(Self.bundledName)]") == true }
        try await next.press("q")
        #expect(try await next.waitForExit().status == 0)
    }

    /// `taizhang --plan NAME`, `--plan=NAME` and `--ledger FILE` alone open the dashboard
    /// without ArgumentParser's parse (`DashboardStart.plain`), on the plan or file named;
    /// a plan the home does not have, and a `--plan` with no value, get ArgumentParser's
    /// refusal with the dashboard's usage, as any other arguments do.
    @Test func theDashboardOpensThePlanOrLedgerNamedAlone() async throws {
        let (scratch, environment) = try await Self.threePlans()
        var tmuxEnvironment = environment
        tmuxEnvironment["TAIZHANG_LEDGER"] = ""
        for arguments in [["--plan", "韶关"], ["--plan=韶关"]] {
            let session = try await TmuxSession(scratch: scratch, width: 120, height: 32, arguments: arguments, environment: tmuxEnvironment)
            defer { session.kill() }
            try await session.waitFor("the plan named by \(arguments)") { $0.first?.contains("[韶关 数字政府 2023]") == true }
            try await session.press("q")
            #expect(try await session.waitForExit().status == 0)
        }
        let file = scratch.file("data") + "/taizhang/plans/" + Self.bundledName + ".json"
        let session = try await TmuxSession(scratch: scratch, width: 120, height: 32, arguments: ["--ledger", file], environment: tmuxEnvironment)
        defer { session.kill() }
        let screen = try await session.waitFor("the ledger named") { $0.contains { $0.contains("Tasks 57/57") } }
        #expect(screen.first?.contains("[") == false, "a ledger named by its path is no plan of the home: \(screen[0])")
        #expect(screen.first?.contains("珠海市贯彻落实") == true, "\(screen[0])")
        try await session.press("q")
        #expect(try await session.waitForExit().status == 0)

        for (arguments, words) in [(["--plan", "没有这个方案"], "no plan is named 没有这个方案"), (["--plan"], "Missing value for '--plan <name>'")] {
            let refused = try await CommandLineRun.taizhang(arguments, scratch: scratch, environment: environment)
            #expect(refused.status == 64, "\(arguments)")
            #expect(refused.stderr.contains(words) && refused.stderr.contains("Usage: taizhang dashboard"), "\(refused.stderr)")
        }
    }

    /// The dashboard's own options are read by the plain start too (`--lang`, `--theme`,
    /// `--today` with a value, `--ascii` and `--no-mouse` alone, beside `--plan`) and take
    /// effect as the parse makes them; a value a check refuses goes to the parse, whose words
    /// and usage come back as before.
    @Test func theDashboardsOwnOptionsWorkAsAlone() async throws {
        let (scratch, environment) = try await Self.threePlans()
        var tmuxEnvironment = environment
        tmuxEnvironment["TAIZHANG_LEDGER"] = ""
        let arguments = ["--plan", "韶关", "--lang", "zh", "--ascii", "--no-mouse", "--today=2026-12-01", "--theme", "mono"]
        let session = try await TmuxSession(scratch: scratch, width: 120, height: 32, arguments: arguments, environment: tmuxEnvironment)
        defer { session.kill() }
        let screen = try await session.waitFor("the plan in Chinese") { $0.contains { $0.contains("q 退出") } }
        #expect(screen.first?.contains("[韶关 数字政府 2023]") == true, "\(screen[0])")
        // --ascii: no box-drawing character anywhere.
        #expect(!screen.contains { $0.contains("│") || $0.contains("─") || $0.contains("┌") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("+--") })
        try await session.press("q")
        #expect(try await session.waitForExit().status == 0)

        for (arguments, words) in [
            (["--today", "2026-02-30"], "--today must be a date as YYYY-MM-DD, not 2026-02-30"),
            (["--lang", "fr", "--ascii"], "--lang must be en or zh, not fr"),
            (["--ascii=yes"], "Usage: taizhang dashboard"),
        ] {
            let refused = try await CommandLineRun.taizhang(arguments, scratch: scratch, environment: environment)
            #expect(refused.status == 64, "\(arguments): \(refused.stderr)")
            #expect(refused.stderr.contains(words) && refused.stderr.contains("Usage: taizhang dashboard"), "\(refused.stderr)")
        }
    }
}

