/// The sizes the issue names: the real plan's 57 tasks, then 1,000 / 10,000 / 100,000, over
/// 15, 200 and 2,000 units (a city, a province, a province over several years).
enum Sizes {
    static let standard = [57, 1_000, 10_000, 100_000]

    static func defaultUnits(forTasks tasks: Int) -> Int {
        switch tasks {
        case ...100: 15
        case ...1_000: 200
        default: 2_000
        }
    }

    static func parse(_ text: String) throws -> [Int] {
        try text.split(separator: ",").map { part in
            let digits = part.filter { $0 != "_" && $0 != " " }
            guard let value = Int(digits), value > 0 else { throw BenchError("not a size: \(part)") }
            return value
        }
    }

    /// 10000 → "10,000".
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}
