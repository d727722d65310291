import ArgumentParser

/// `taizhang` opens the dashboard; its subcommands do the same work for scripts and tests.
@main
struct Taizhang: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taizhang",
        abstract: "A task ledger (台账) for carrying a government division-of-labour plan (分工方案) to completion.",
        discussion: """
            With no subcommand, opens the full-screen dashboard. The ledger is --ledger PATH, \
            else $TAIZHANG_LEDGER, else a plan in the plans home \
            $XDG_DATA_HOME/taizhang/plans/NAME.json (~/.local/share/taizhang/plans/): --plan \
            NAME, else the plan used last; an empty home starts with the bundled Zhuhai 2022 \
            plan. `taizhang plans` lists them.
            """,
        subcommands: [
            DashboardCommand.self, ListCommand.self, ShowCommand.self,
            DoneCommand.self, StartCommand.self, ReopenCommand.self, ReportedCommand.self, SignoffCommand.self, ReturnCommand.self,
            WorkloadCommand.self, ImportCommand.self, ReportCommand.self, FormsCommand.self, CollectCommand.self, ChaseCommand.self,
            PlansCommand.self,
            NoteCommand.self, DueCommand.self, EvidenceCommand.self, UnitCommand.self, UnitsCommand.self,
            CycleCommand.self, LightsCommand.self, PlanCommand.self,
            UndoCommand.self, LogCommand.self, BackupsCommand.self, RestoreCommand.self, LedgerCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}
