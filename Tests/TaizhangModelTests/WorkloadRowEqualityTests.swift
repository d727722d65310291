import Testing
import TaizhangModel

/// `WorkloadRow ==` is written out (inlinable, for the unit pane's pass over every row after
/// a change): it must tell apart rows that differ in any stored property, and a property
/// added later must be added to it.
@Suite("Comparing unit rows")
struct WorkloadRowEqualityTests {
    static let changes: [(String, @Sendable (inout WorkloadRow) -> Void)] = [
        ("unit", { $0.unit = "乙" }), ("members", { $0.members = ["丙"] }), ("namedInPlan", { $0.namedInPlan.toggle() }),
        ("total", { $0.total += 1 }), ("done", { $0.done += 1 }), ("doing", { $0.doing += 1 }), ("reported", { $0.reported += 1 }),
        ("leads", { $0.leads += 1 }), ("responsible", { $0.responsible += 1 }), ("supporting", { $0.supporting += 1 }),
        ("reference", { $0.reference += 1 }), ("overdue", { $0.overdue += 1 }),
    ]

    @Test func everyStoredPropertyIsCompared() {
        let row = WorkloadRow(unit: "甲", members: ["丁"], total: 3, done: 1, doing: 1, leads: 1, responsible: 1, supporting: 1, overdue: 1)
        let stored = Mirror(reflecting: row).children.compactMap(\.label)
        #expect(Set(stored) == Set(Self.changes.map(\.0)), "a stored property of WorkloadRow is missing from its ==")
        for (name, change) in Self.changes {
            var other = row
            change(&other)
            #expect(other != row, "\(name)")
            #expect(other == other && row == row)
        }
    }
}
