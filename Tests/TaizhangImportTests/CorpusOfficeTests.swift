@testable import TaizhangImport
import Foundation
import Testing
import TaizhangModel

/// Office files made from corpus plans by Tests/Fixtures/office/make_office.py (openpyxl and
/// python-docx), their work-area column merged over its rows as an office types it: each
/// imports with the same tasks, units, roles, deadlines and inheritance as the plan's facts.
@Suite struct CorpusOfficeTests {
    static let folder = CorpusFacts.folder.deletingLastPathComponent().appendingPathComponent("office")

    static let files = [
        "2021-guangdong-weijianwei-zhengwugongkai.xlsx", "2021-guangdong-weijianwei-zhengwugongkai.docx",
        "2022-chizhou-xinfangju-zhengwugongkai.xlsx", "2022-chizhou-xinfangju-zhengwugongkai.docx",
    ]

    @Test(arguments: files) func officeFileMatchesThePlansFacts(file: String) throws {
        let plan = String(file.split(separator: ".")[0])
        let (_, facts) = try CorpusFacts.load(plan)
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(file)))
        let result = try PlanImporter.importDocument(bytes, fileName: file)
        let comparison = CorpusComparison(plan: plan, facts: facts, result: result)
        #expect(comparison.fullyRight, "\(file): \(comparison.differences)")
        #expect(result.form == (file.hasSuffix(".xlsx") ? .xlsx : .docx))
    }
}
