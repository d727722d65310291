import TaizhangModel

/// Reading 完成情况 as units write it: picked from the list, or typed (完成, 已办结, 正在推进,
/// 延期…), in full- or half-width, with stray spaces or punctuation.
enum ProgressWords {
    /// The progress a cell names, nil when it names none of them.
    static func read(_ cell: String) -> UnitProgress? {
        let plain = String(cell.unicodeScalars.filter { scalar in
            !scalar.properties.isWhitespace && !"。.，,；;！!、*＊()（）【】[]“”\"'".unicodeScalars.contains(scalar)
        }.map(Character.init))
        guard !plain.isEmpty else { return nil }
        if let exact = table[plain] { return exact }
        // Longer phrases: the first word that decides it (申请延期至12月 → extension).
        for (word, progress) in ordered where plain.contains(word) { return progress }
        return nil
    }

    private static let table: [String: UnitProgress] = [
        "未开始": .notStarted, "未启动": .notStarted, "尚未开始": .notStarted, "未开展": .notStarted, "暂未开始": .notStarted,
        "推进中": .underWay, "进行中": .underWay, "正在推进": .underWay, "在推进": .underWay, "办理中": .underWay,
        "正在办理": .underWay, "持续推进": .underWay, "已启动": .underWay, "序时推进": .underWay, "按序时推进": .underWay,
        "已完成": .done, "完成": .done, "已办结": .done, "办结": .done, "已落实": .done, "已完结": .done, "申请办结": .done,
        "申请销号": .done,
        "申请延期": .extensionAsked, "延期": .extensionAsked, "需延期": .extensionAsked, "拟延期": .extensionAsked,
    ]

    /// Words looked for inside a longer phrase, the more telling first.
    private static let ordered: [(String, UnitProgress)] = [
        ("延期", .extensionAsked), ("未开始", .notStarted), ("未启动", .notStarted), ("未完成", .underWay),
        ("已完成", .done), ("办结", .done), ("推进", .underWay), ("进行", .underWay), ("办理", .underWay),
    ]
}
