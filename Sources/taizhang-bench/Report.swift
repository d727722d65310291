/// What a `measure` child said about one size, and its markdown table.
struct SizeReport {
    var tasks: Int
    var units: Int
    var fileBytes: Int
    var rows: [(name: String, median: Double, p95: Double, count: Int)] = []
    var facts: [(name: String, value: Int)] = []

    mutating func read(_ output: String) {
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.first == "sample", fields.count == 5 {
                rows.append((fields[1], Double(fields[2]) ?? .nan, Double(fields[3]) ?? .nan, Int(fields[4]) ?? 0))
            } else if fields.first == "fact", fields.count == 3, let value = Int(fields[2]) {
                facts.append((fields[1], value))
            }
        }
    }

    func median(_ name: String) -> Double? { rows.first { $0.name == name }?.median }

    var markdown: String {
        var out = "### \(Sizes.grouped(tasks)) tasks, \(Sizes.grouped(units)) units (ledger \(Self.size(fileBytes)))\n\n"
        out += "| measure | median | p95 | samples |\n|---|---:|---:|---:|\n"
        for row in rows {
            out += "| \(row.name.hasPrefix("  ") ? "&nbsp;&nbsp;↳ " + row.name.dropFirst(2) : Substring(row.name)) "
                + "| \(Self.time(row.median)) | \(Self.time(row.p95)) | \(row.count) |\n"
        }
        for fact in facts where fact.name.hasSuffix("(KiB)") {
            out += "| \(fact.name.replacingKiB) | \(Self.size(fact.value * 1024)) | | 1 |\n"
        }
        return out
    }

    static func time(_ nanoseconds: Double) -> String {
        guard nanoseconds.isFinite else { return "–" }
        if nanoseconds < 1_000 { return "\(Int(nanoseconds)) ns" }
        if nanoseconds < 1_000_000 { return format(nanoseconds / 1_000) + " µs" }
        if nanoseconds < 1_000_000_000 { return format(nanoseconds / 1_000_000) + " ms" }
        return format(nanoseconds / 1_000_000_000) + " s"
    }

    /// Three significant figures.
    static func format(_ value: Double) -> String {
        let decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if decimals == 0, text.hasSuffix(".0") { text.removeLast(2) }
        if let dot = text.firstIndex(of: ".") {
            let have = text.distance(from: dot, to: text.endIndex) - 1
            if have < decimals { text += String(repeating: "0", count: decimals - have) }
        }
        return text
    }

    static func size(_ bytes: Int) -> String {
        let mib = Double(bytes) / 1_048_576
        return mib >= 1 ? format(mib) + " MiB" : format(Double(bytes) / 1024) + " KiB"
    }
}

extension String {
    var replacingKiB: String {
        hasSuffix(" (KiB)") ? String(dropLast(6)) : self
    }
}
