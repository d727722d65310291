import ArgumentParser
import TaizhangModel
import TaizhangWords

/// `taizhang unit set 35 市委宣传部 --lead 市政府办公室`: gives a task its units and roles by hand
/// (task 35 of the bundled plan has none; a merged cell may have given others the wrong
/// ones). Plain names are responsible (负责); a name may appear under one role only.
struct UnitSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Set a task's units and roles (plain names are responsible).")
    @OptionGroup var options: LedgerOptions
    @Argument(help: "The task number.") var number: Int
    @Argument(help: "Units responsible for it (负责).") var names: [String] = []
    @Option(parsing: .upToNextOption, help: "Units that lead it (牵头).") var lead: [String] = []
    @Option(parsing: .upToNextOption, help: "Units that support it (配合).") var supporting: [String] = []
    @Option(parsing: .upToNextOption, help: "Units that act on it for reference (参照).") var reference: [String] = []

    func run() throws {
        let units = lead.map { UnitAssignment(name: $0, role: .lead) }
            + names.map { UnitAssignment(name: $0, role: .responsible) }
            + supporting.map { UnitAssignment(name: $0, role: .supporting) }
            + reference.map { UnitAssignment(name: $0, role: .reference) }
        let entries = try ChangeCommand.run([.setUnits(task: number, units: units)], options: options)
        let zh = options.language == .chinese
        let list = units.isEmpty ? (zh ? "无" : "none") : units.map { "\($0.name)（\($0.role.words(options.language))）" }.joined(separator: "、")
        print((zh ? "任务 \(number) 的责任单位：" : "task \(number) units: ") + list + (entries.isEmpty ? (zh ? "（未变）" : " (unchanged)") : ""))
    }
}

/// `taizhang plan set --title …`: corrects what identifies the plan (an import without a title
/// leaves 未命名方案), or with no option prints it.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Show or correct the plan's title, document number, issuer and date.",
        // The default must be listed too: without it `taizhang plan` stopped with
        // ArgumentParser's "Internal error".
        subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the plan's title, document number, issuer and date.")
        @OptionGroup var options: LedgerOptions

        func run() throws {
            let info = try options.openForReading().plan.info
            PlanCommand.print(info, language: options.language)
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Correct the plan's title, document number, issuer or date.")
        @OptionGroup var options: LedgerOptions
        @Option(help: "The plan's title.") var title: String?
        @Option(help: ArgumentHelp("The document number (文号); empty clears it.", valueName: "text")) var number: String?
        @Option(help: ArgumentHelp("The issuing office; empty clears it.", valueName: "text")) var issuer: String?
        @Option(help: ArgumentHelp("The date of issue; empty clears it.", valueName: "YYYY-MM-DD")) var date: String?

        func run() throws {
            var info = (try options.existingLedger() ?? .bundled()).plan.info
            if let title { info.title = title }
            if let number { info.documentNumber = number.isEmpty ? nil : number }
            if let issuer { info.issuer = issuer.isEmpty ? nil : issuer }
            if let date { info.date = date.isEmpty ? nil : date }
            _ = try ChangeCommand.run([.planInfo(info)], options: options)
            PlanCommand.print(info, language: options.language)
        }
    }

    static func print(_ info: PlanInfo, language: Language) {
        let zh = language == .chinese
        let none = zh ? "（无）" : "(none)"
        taizhang.print((zh ? "标题：" : "Title:  ") + info.title)
        taizhang.print((zh ? "文号：" : "Number: ") + (info.documentNumber ?? none))
        taizhang.print((zh ? "发文：" : "Issuer: ") + (info.issuer ?? none))
        taizhang.print((zh ? "日期：" : "Date:   ") + (info.date ?? none))
    }
}
