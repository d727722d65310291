@testable import TaizhangImport
import Foundation
import Testing
import TaizhangModel

/// Every plan of the corpus as a page gives it that lost its line breaks, compared with the
/// same facts: each break made a blank (a scraper that collapses white space), or removed
/// (one that joins the page's text nodes). Outlines should survive both, and tables copied
/// one cell per line with bars between cells; one without bars survives the first (each
/// blank ends a cell). The counts only ever go up.
@Suite struct CorpusOneLineTests {
    static func flattened(_ text: [UInt8], joiner: String) -> [UInt8] {
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        return Array(lines.map { Fold.trimmed($0) }.filter { !$0.isEmpty }.joined(separator: joiner).utf8)
    }

    /// Plans read fully right as published, and how many of them stay so on one line; and of
    /// the plans whose title is read right as published, how many keep it on one line.
    static func count(joiner: String) -> (asPublished: Int, onOneLine: Int, lost: [String], titles: Int, titlesKept: Int) {
        var asPublished = 0
        var onOneLine = 0
        var lost: [String] = []
        var titles = 0
        var titlesKept = 0
        for plan in CorpusFacts.plans() {
            guard let (text, facts) = try? CorpusFacts.load(plan) else { continue }
            let published = try? PlanImporter.importDocument(text, fileName: "plan.txt")
            let flat = try? PlanImporter.importDocument(flattened(text, joiner: joiner), fileName: "plan.txt")
            if let title = facts.title, published?.plan.title == title {
                titles += 1
                if flat?.plan.title == title {
                    titlesKept += 1
                } else if ProcessInfo.processInfo.environment["TAIZHANG_DEBUG_ONELINE"] != nil {
                    print("TITLE \(joiner.isEmpty ? "none" : "blank") \(plan): \(flat?.plan.title ?? "-") ≠ \(title)")
                }
            }
            let lined = CorpusComparison(plan: plan, facts: facts, result: published)
            guard lined.fullyRight else { continue }
            asPublished += 1
            let comparison = CorpusComparison(plan: plan, facts: facts, result: flat)
            if comparison.fullyRight { onOneLine += 1 } else { lost.append(plan) }
            // `TAIZHANG_DEBUG_ONELINE=1 swift test --filter CorpusOneLineTests` says what differs.
            if !comparison.fullyRight, ProcessInfo.processInfo.environment["TAIZHANG_DEBUG_ONELINE"] != nil {
                print("ONELINE \(joiner.isEmpty ? "none" : "blank") \(plan): " + comparison.differences.prefix(3).map { String($0.prefix(240)) }.joined(separator: " | "))
            }
        }
        return (asPublished, onOneLine, lost, titles, titlesKept)
    }

    @Test(arguments: [(" ", 57, 35), ("", 49, 21)])
    func plansStayRightOnOneLine(joiner: String, right: Int, titlesRight: Int) {
        let counted = Self.count(joiner: joiner)
        #expect(counted.asPublished == 64)
        #expect(counted.onOneLine == right, "fully right on one line: \(counted.onOneLine) of \(counted.asPublished); not: \(counted.lost)")
        #expect(counted.titlesKept == titlesRight, "titles kept on one line: \(counted.titlesKept) of \(counted.titles)")
    }
}
