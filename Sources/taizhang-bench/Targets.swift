/// Issue 16's targets for what `run` measures in-process, each checked against the tables.
/// First frame and key-to-frame in a terminal are measured by scripts/bench-tmux.sh.
enum Targets {
    /// The keys the issue names; "one key" means the slowest of them.
    static let keys = [
        "move selection (j / k)", "page down / up", "switch pane (Tab)", "toggle done (Space), without the save",
        "apply unit filter (Enter, heaviest unit)", "clear unit filter (Esc)", "search: type first character",
        "search: type second character",
    ]

    static func markdown(_ reports: [SizeReport]) -> String {
        var out = "### Targets (in-process part)\n\n| target | measured (median) | verdict |\n|---|---:|---|\n"
        func line(_ label: String, _ value: Double?, limit: Double, unit: String) {
            guard let value else { return }
            let shown = unit == "MiB" ? SizeReport.format(value) + " MiB" : SizeReport.time(value)
            let verdict = value <= limit ? "met" : "missed by " + (unit == "MiB" ? SizeReport.format(value - limit) + " MiB" : SizeReport.time(value - limit))
            out += "| \(label) | \(shown) | \(verdict) |\n"
        }
        let save = FileBenchmarks.dashboardSave
        let load = "load: read + decode + index (state) + first render"
        for report in reports {
            let size = Sizes.grouped(report.tasks)
            let slowest = keys.compactMap { name in report.median(name).map { (name, $0) } }.max { $0.1 < $1.1 }
            // Issue 16: a key within 1 ms of the floor at every size (in-process: ≤ 1 ms).
            if report.tasks >= 10_000, let slowest {
                line("one key ≤ 1 ms at \(size) (slowest: \(slowest.0))", slowest.1, limit: 1_000_000, unit: "ns")
            }
            if report.tasks == 10_000 || report.tasks == 100_000 {
                let big = report.tasks == 100_000
                line("a status change saved ≤ \(big ? 20 : 5) ms at \(size)", report.median(save), limit: big ? 20_000_000 : 5_000_000, unit: "ns")
                line("load (first frame in-process) ≤ \(big ? "1 s" : "100 ms") at \(size)", report.median(load), limit: big ? 1_000_000_000 : 100_000_000, unit: "ns")
                let peak = report.facts.first { $0.name.hasPrefix("peak RSS after open") }.map { Double($0.value) / 1024 }
                line("peak memory ≤ \(big ? 300 : 40) MiB at \(size) (bench process, open + first frame)", peak, limit: big ? 300 : 40, unit: "MiB")
                let indexed = report.facts.first { $0.name.hasPrefix("peak RSS with the search index") }.map { Double($0.value) / 1024 }
                line("peak memory ≤ \(big ? 300 : 40) MiB at \(size) (bench process, with the search index the dashboard makes next)", indexed, limit: big ? 300 : 40, unit: "MiB")
            }
        }
        return out
    }
}
