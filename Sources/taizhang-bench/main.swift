import ArgumentParser

/// `taizhang-bench`: synthetic ledgers and the benchmark tables of BENCHMARKS.md. Kept out of
/// the tests on purpose: timings on a shared machine are figures to read, not assertions.
struct TaizhangBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taizhang-bench",
        abstract: "Synthetic ledgers and benchmarks for taizhang (see BENCHMARKS.md).",
        subcommands: [GenerateCommand.self, RunCommand.self, MeasureCommand.self, QuickCommand.self, ProfileCommand.self, WritersCommand.self]
    )
}

TaizhangBench.main()
