import TaizhangScreen
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
import TaizhangTestSupport
@testable import TaizhangDashboard

/// The pair index under the search box must find exactly what reading every task's text
/// finds (`PlanIndex.scanMatching`, the search as it was before the index), in the same order,
/// on plans made like the benchmark's: the real plan's texts recombined, its units drawn with a
/// skew, plus what a real plan rarely holds (mixed-case Latin, digits, emoji, empty texts,
/// line breaks in a text).
@Suite struct SearchIndexTests {
    static let extras = ["Open Data", "APP", "12366", "eGov平台", "😀", "\n", "ＡＢＣ", "x", "政务公开", "(一)"]

    /// A plan of `count` tasks made of the bundled plan's pieces.
    static func plan(count: Int, seed: UInt64) -> Plan {
        let base = Ledger.bundled().plan
        var random = SeededRandom(seed: seed)
        let texts = base.tasks.map { Array($0.text) }
        var units = Array(Set(base.tasks.flatMap { $0.units.map(\.name) })).sorted()
        units += ["东安区司法局", "Data Office", "市教育局", "西城区教育局", "😀办"]
        var tasks: [PlanTask] = []
        for number in 1...count {
            var text = ""
            if random.below(40) != 0 {
                for _ in 0...random.below(4) {
                    let source = random.pick(texts)
                    let start = random.below(source.count)
                    let end = min(source.count, start + 1 + random.below(40))
                    text += String(source[start..<end])
                    if random.below(5) == 0 { text += random.pick(extras) }
                }
            }
            var assigned: [UnitAssignment] = []
            for _ in 0..<random.below(4) {
                // Skewed: the first units carry most tasks.
                let index = min(random.below(units.count), random.below(units.count))
                let name = units[index]
                if !assigned.contains(where: { $0.name == name }) { assigned.append(UnitAssignment(name: name, role: .responsible)) }
            }
            tasks.append(PlanTask(
                number: number, label: random.below(10) == 0 ? String(random.below(20)) : nil,
                area: 1 + random.below(3), section: random.below(3) == 0 ? nil : 1 + random.below(4),
                text: text, units: assigned))
        }
        return Plan(title: base.title, documentNumber: base.documentNumber, issuer: base.issuer, date: base.date,
                    preamble: base.preamble, areas: base.areas, tasks: tasks)
    }

    /// Queries of every kind: pieces of the tasks' own search texts (one to six characters,
    /// Latin case flipped), characters no task holds, numbers, pinyin, line breaks.
    static func queries(for plan: Plan, count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        var queries = ["公", "公开", "政务公开", "司法局", "sfj", "si", "SiFa", "zzz", "3", "35", "12", "12366", "open",
                       "OPEN data", "\n", "局\n市", "\n东安", "😀", "ａ", "鑫", "x", "(", "一)", "app", "Data Off"]
        let texts = plan.tasks.map { Array(([$0.text] + $0.units.map(\.name)).joined(separator: "\n")) }
        while queries.count < count {
            let source = random.pick(texts)
            guard !source.isEmpty else { continue }
            let start = random.below(source.count)
            let end = min(source.count, start + 1 + random.below(6))
            var query = String(source[start..<end])
            if random.below(3) == 0 { query = random.below(2) == 0 ? query.uppercased() : query.lowercased() }
            if random.below(10) == 0 { query += random.pick(extras) }
            queries.append(query)
        }
        return queries
    }

    static func scan(_ query: String, among candidates: [Int], plan: Plan, index: PlanIndex) -> [Int] {
        var pinyin: [PlanIndex.UnitPinyin]?
        return PlanIndex.scanMatching(query, among: candidates, plan: plan, unitPinyin: &pinyin, tasksOfUnit: index.tasksOfUnit)
    }

    @Test(arguments: [(57, UInt64(1)), (1_500, UInt64(2022)), (4_000, UInt64(7))])
    func indexFindsWhatScanningFinds(count: Int, seed: UInt64) {
        let plan = Self.plan(count: count, seed: seed)
        var index = PlanIndex(plan: plan)
        var random = SeededRandom(seed: seed ^ 0xABCD)
        let everyTask = Array(plan.tasks.indices)
        for query in Self.queries(for: plan, count: 300, seed: seed) {
            let expected = Self.scan(query, among: everyTask, plan: plan, index: index)
            #expect(index.matching(query, among: everyTask, plan: plan) == expected, "query \(query.debugDescription)")
            // Every task without a list of them, as the rows ask with no scope or filter.
            #expect(index.matching(query, among: nil, plan: plan) == expected, "query \(query.debugDescription) among all")
            // Among a scope's or a filter's tasks, as the rows ask.
            let some = everyTask.filter { _ in random.below(3) == 0 }
            #expect(index.matching(query, among: some, plan: plan) == Self.scan(query, among: some, plan: plan, index: index),
                    "query \(query.debugDescription) among some")
        }
    }

    /// The plans above hold both kinds of pair, so the comparisons with scanning go through
    /// both: the common ones as bits, the rest as lists. A query's candidates are exactly the
    /// tasks holding every pair of it, counted here from the texts (a superset would still
    /// search right, its tasks confirmed by their bytes, only slower: so it is checked here);
    /// and the bits make the index smaller than lists alone (4 bytes a task a pair).
    @Test(arguments: [57, 1_500, 4_000])
    func commonPairsAreBitsAndTheRestLists(count: Int) throws {
        let plan = Self.plan(count: count, seed: 2022)
        let index = try #require(SearchIndex(plan: plan))
        #expect(index.densePairCount > 0)
        #expect(index.densePairCount < index.pairCount / 4)
        func scalars(_ text: String) -> [Unicode.Scalar] {
            text.unicodeScalars.map { ("A"..."Z").contains($0) ? Unicode.Scalar($0.value + 0x20)! : $0 }
        }
        // Each task's pairs as the index cuts them; a task's last scalar paired with nothing.
        let pairsOfTask = plan.tasks.map { task in
            let text = scalars(([task.text] + task.units.map(\.name)).joined(separator: "\n"))
            return Set(text.indices.map { $0 + 1 < text.count ? [text[$0], text[$0 + 1]] : [text[$0]] })
        }
        let listBytes = pairsOfTask.reduce(0) { $0 + $1.count * 4 }
        #expect(index.taskByteCount < listBytes * 3 / 4, "\(index.taskByteCount) bytes against \(listBytes) as lists")
        for query in Self.queries(for: plan, count: 200, seed: UInt64(count)) {
            let wanted = scalars(query)
            guard !wanted.isEmpty, let ids = index.scalarIDs(of: PlanIndex.folded(query)) else { continue }
            let expected = plan.tasks.indices.filter { position in
                wanted.count == 1
                    ? pairsOfTask[position].contains { $0[0] == wanted[0] }
                    : (0..<(wanted.count - 1)).allSatisfy { pairsOfTask[position].contains([wanted[$0], wanted[$0 + 1]]) }
            }
            #expect(Array(index.candidates(ids).bits) == expected, "query \(query.debugDescription)")
        }
    }

    @Test func typingNarrowsToWhatAFreshSearchFinds() {
        let plan = Self.plan(count: 2_000, seed: 99)
        let ledger = Ledger(source: "test", plan: plan)
        var state = DashboardState(ledger: ledger, ledgerPath: "t", width: 120, height: 40, today: Fixtures.today)
        let reference = PlanIndex(plan: plan)
        for query in ["政务公开", "司法局牵", "Open Data", "sifaj", "123", "公开😀"] {
            _ = Dashboard.update(&state, .searchCancel, now: { Fixtures.stamp })
            _ = Dashboard.update(&state, .beginSearch, now: { Fixtures.stamp })
            var typed = ""
            for character in query {
                typed.append(character)
                _ = Dashboard.update(&state, .searchInput(character), now: { Fixtures.stamp })
                let expected = Self.scan(typed, among: Array(plan.tasks.indices), plan: plan, index: reference)
                #expect(state.taskRows.compactMap(\.taskIndex) == expected, "typed \(typed.debugDescription)")
            }
        }
    }

    /// Under an area's scope and a unit's filter, typing narrows the last matches (kept as
    /// bits) and Backspace widens them again: at every step the rows are what scanning the
    /// scope's tasks of that unit finds, in plan order.
    @Test func typingUnderAScopeAndAUnitFilterFindsWhatScanningFinds() {
        let plan = Self.plan(count: 2_000, seed: 41)
        var state = DashboardState(ledger: Ledger(source: "test", plan: plan), ledgerPath: "t", width: 120, height: 40, today: Fixtures.today)
        let reference = PlanIndex(plan: plan)
        let area = plan.tasks[0].area
        let unit = plan.tasks.lazy.compactMap { $0.area == area ? $0.units.first?.name : nil }.first ?? ""
        let among = plan.tasks.indices.filter { plan.tasks[$0].area == area && plan.tasks[$0].units.contains { $0.name == unit } }
        #expect(among.count > 1, "the scope and filter leave tasks to search")
        state.scope = .area(area)
        state.unitFilter = .unit(unit)
        state.rebuildTaskRows()
        _ = Dashboard.update(&state, .beginSearch, now: { Fixtures.stamp })
        var typed = ""
        func check(_ step: String) {
            let expected = Self.scan(typed, among: among, plan: plan, index: reference)
            #expect(state.taskRows.compactMap(\.taskIndex) == expected, "\(step) \(typed.debugDescription)")
            #expect(state.visibleTaskCount == expected.count)
        }
        for character in "政务公开" {
            typed.append(character)
            _ = Dashboard.update(&state, .searchInput(character), now: { Fixtures.stamp })
            check("typed")
        }
        while !typed.isEmpty {
            typed.removeLast()
            _ = Dashboard.update(&state, .searchDeleteBackward, now: { Fixtures.stamp })
            if !typed.isEmpty { check("took back to") }
        }
        #expect(state.taskRows.compactMap(\.taskIndex) == among)
    }

    @Test func everyScalarIsFoundAloneAndInPairs() {
        // The end mark and the unit separators: a task's last character, a unit's first.
        let plan = Plan(title: "t", areas: [], tasks: [
            PlanTask(number: 1, area: 1, section: nil, text: "甲乙", units: [UnitAssignment(name: "丙", role: .lead)]),
            PlanTask(number: 2, area: 1, section: nil, text: "", units: [UnitAssignment(name: "丁", role: .lead)]),
            PlanTask(number: 3, area: 1, section: nil, text: "乙", units: []),
            PlanTask(number: 4, area: 1, section: nil, text: "", units: []),
        ])
        var index = PlanIndex(plan: plan)
        let all = Array(plan.tasks.indices)
        for query in ["甲", "乙", "丙", "丁", "甲乙", "乙\n", "\n丙", "乙\n丙", "\n", "\n丁", "乙丙", "戊", "1", "3", "4"] {
            #expect(index.matching(query, among: all, plan: plan) == Self.scan(query, among: all, plan: plan, index: index),
                    "query \(query.debugDescription)")
            #expect(index.matching(query, among: nil, plan: plan) == Self.scan(query, among: all, plan: plan, index: index),
                    "query \(query.debugDescription) among all")
        }
    }
}

extension SeededRandom {
    /// One of `items`, drawn as the plans and queries here are.
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
