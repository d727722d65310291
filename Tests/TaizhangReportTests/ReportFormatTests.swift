import Testing
import TaizhangReport

@Test func formatsAreNamedAsOnTheCommandLine() {
    #expect(ReportFormat.allCases.map(\.rawValue) == ["md", "csv", "xlsx", "html", "json"])
}
