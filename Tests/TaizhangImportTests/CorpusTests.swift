@testable import TaizhangImport
import Foundation
import Testing
import TaizhangModel

/// Every plan of the corpus imported and compared with the facts a person read in it. The
/// accuracy figures in docs/import.md come from this run.
@Suite struct CorpusTests {
    static func compareAll() -> [CorpusComparison] {
        CorpusFacts.plans().compactMap { plan in
            guard let (text, facts) = try? CorpusFacts.load(plan) else { return nil }
            let result = try? PlanImporter.importDocument(text, fileName: "plan.txt")
            return CorpusComparison(plan: plan, facts: facts, result: result)
        }
    }

    @Test func corpusReport() {
        let comparisons = Self.compareAll()
        for comparison in comparisons where !comparison.fullyRight {
            print("✗ \(comparison.plan) \(comparison.tasksRight)/\(comparison.tasks) [\(comparison.reading)]")
            comparison.differences.prefix(8).forEach { print("    " + $0) }
        }
        let tasks = comparisons.reduce(0) { $0 + $1.tasks }
        let right = comparisons.reduce(0) { $0 + $1.tasksRight }
        let plans = comparisons.filter(\.fullyRight).count
        print("CORPUS plans \(plans)/\(comparisons.count) tasks \(right)/\(tasks)")
        #expect(comparisons.count >= 30)
    }
}
