import TaizhangImport
import TaizhangStore
import ArgumentParser
import TaizhangModel
import TaizhangText

/// `taizhang unit alias|group|done` and `taizhang units`: the units as the coordinator
/// organises them.
struct UnitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit", abstract: "Merge or group units, or mark one unit's part of a task done.",
        subcommands: [AliasCommand.self, GroupCommand.self, PartCommand.self])

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
            print(remove ? "\(from): alias removed" : "\(from) now counts as \(to!)" + (entries.isEmpty ? " (unchanged)" : ""))
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
            print(remove ? "\(name): group removed" : "\(name) = \(members.joined(separator: "、"))")
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
            var changes: [LedgerChange] = [.unitDone(task: number, unit: unit, done: !undo)]
            // The task is done when every unit's part is; on a shared ledger a unit's account
            // reports its part and the coordinator decides the task's status.
            if !undo, access == .everything, let index = ledger.taskIndex(number) {
                let task = ledger.plan.tasks[index]
                let done = Set(task.unitsDone + [unit])
                if task.units.allSatisfy({ done.contains($0.name) }) { changes.append(.status(task: number, to: .done)) }
            }
            _ = try ChangeCommand.run(changes, options: options)
            print("task \(number), \(unit): " + (undo ? "part not done" : "part done"))
        }
    }
}

struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "units", abstract: "List the units with their aliases and groups.")
    @OptionGroup var options: LedgerOptions

    func run() throws {
        let ledger = try options.openForReading()
        let rows = Workload(plan: ledger.plan, aliases: ledger.aliases).rows
        let names = rows.map { TerminalSafe.sanitize($0.unit ?? "(no unit)") }
        let width = max(4, names.map { DisplayWidth.of($0) }.max() ?? 0)
        for (row, name) in zip(rows, names) {
            var line = TextFit.pad(name, toWidth: width) + "  \(row.total) tasks, lead \(row.leads), supporting \(row.supporting)"
            let aliases = ledger.aliases.filter { $0.to == row.unit }.map(\.from)
            if !aliases.isEmpty { line += "; also written " + aliases.joined(separator: "、") }
            if let group = ledger.groups.first(where: { $0.name == row.unit }) {
                line += "; members " + group.members.joined(separator: "、")
            }
            print(line)
        }
    }
}
