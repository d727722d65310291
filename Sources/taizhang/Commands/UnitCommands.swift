import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangText
import TaizhangWords

/// `taizhang unit alias|group|done` and `taizhang units`: the units as the coordinator
/// organises them.
struct UnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit", abstract: "Merge or group units, or mark one unit's part of a task done.",
        subcommands: [AliasCommand.self, GroupCommand.self, PartCommand.self, UnitSetCommand.self])

    struct AliasCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "alias", abstract: "Count one unit name as another (e.g. 市直其他单位 as 市直各有关单位).")
        @OptionGroup var options: LedgerOptions
        @Argument(help: "The name as the plan writes it.") var from: String
        @Argument(help: "The unit it stands for; omit with --remove.") var to: String?
        @Flag(help: "Remove the alias.") var remove = false

        func validate() throws {
            if remove == (to != nil) { throw ValidationError("give the unit it stands for, or --remove (not both)") }
        }

        func run() throws {
            let entries = try ChangeCommand.run([.alias(from: from, to: remove ? nil : to)], options: options)
            let zh = options.language == .chinese
            let target = to ?? ""
            let unchanged = entries.isEmpty ? (zh ? "（未变）" : " (unchanged)") : ""
            print(remove
                ? (zh ? "\(from)：已取消别名" : "\(from): alias removed")
                : (zh ? "\(from) 今后计为 \(target)" : "\(from) now counts as \(target)") + unchanged)
        }
    }

    struct GroupCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "group", abstract: "Name the bodies behind a collective unit (e.g. 各区政府（管委会） = the districts).")
        @OptionGroup var options: LedgerOptions
        @Argument(help: "The collective name as the plan writes it.") var name: String
        @Argument(help: "Its members; none with --remove.") var members: [String] = []
        @Flag(help: "Remove the group.") var remove = false

        func validate() throws {
            if remove == !members.isEmpty { throw ValidationError("give the members, or --remove (not both)") }
        }

        func run() throws {
            _ = try ChangeCommand.run([.group(name: name, members: remove ? nil : members)], options: options)
            print(remove
                ? (options.language == .chinese ? "\(name)：已取消分组" : "\(name): group removed")
                : "\(name) = \(members.joined(separator: "、"))")
        }
    }

    struct PartCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done", abstract: "Mark one unit's part of a shared task done (--undo: not done).")
        @OptionGroup var options: LedgerOptions
        @Argument(help: "The task number.") var number: Int
        @Argument(help: "The unit, as the task names it.") var unit: String
        @Flag(help: "Mark the part not done again.") var undo = false

        func run() throws {
            var store = try options.store()
            let ledger = try options.read(&store) ?? Ledger.bundled()
            let access = store.access
            store.close()
            // Every part done makes the task reported, awaiting sign-off; on a shared ledger a
            // unit's account reports its own part only, and the coordinator moves the task.
            var changes = ledger.partChanges(task: number, unit: unit, done: !undo)
            if access != .everything { changes = Array(changes.prefix(1)) }
            _ = try ChangeCommand.run(changes, options: options)
            print(options.language == .chinese
                ? "任务 \(number)，\(unit)：" + (undo ? "本单位部分未完成" : "本单位部分已完成")
                : "task \(number), \(unit): " + (undo ? "part not done" : "part done"))
        }
    }
}

/// `taizhang units`: every unit the workload counts, with its tasks in each role and how
/// the ledger names it (aliases, groups, members).
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "units", abstract: "List the units with their roles, aliases and groups.")
    @OptionGroup var options: LedgerOptions

    func run() throws {
        let ledger = try options.openForReading()
        let language = options.language
        let chinese = language == .chinese
        let workload = Workload(ledger: ledger, today: DayDate.current())
        let naming = workload.naming
        let lines = workload.rows.map { row -> [String] in
            let roles = UnitRole.allCases.map { "\($0.words(language)) \(row.count(of: $0))" }
            var line = (chinese ? "项：" : row.total == 1 ? "task: " : "tasks: ") + roles.joined(separator: chinese ? "，" : ", ")
            if let unit = row.unit {
                let aliases = naming.aliases.filter { $0.value == unit }.map(\.key).sorted()
                if !aliases.isEmpty { line += (chinese ? "；又写作 " : "; also written ") + aliases.joined(separator: "、") }
                if row.isGroup { line += (chinese ? "；成员 " : "; members ") + row.members.joined(separator: "、") }
                let groups = naming.groups(containing: unit)
                if !groups.isEmpty { line += (chinese ? "；属于 " : "; in group ") + groups.joined(separator: "、") }
            }
            return [TerminalSafe.sanitize(row.name(language)), String(row.total), TerminalSafe.sanitize(line)]
        }
        for line in TextColumns.lines(lines, rightAligned: [1], closeTo: [2]) { print(line) }
    }
}
