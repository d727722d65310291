import TaizhangScreen
import TaizhangImport
import TaizhangStore
import Testing
import TaizhangModel
@testable import TaizhangDashboard

/// The byte search under the search box: ASCII case folded, Chinese matched as written.
@Suite struct PlanIndexSearchTests {
    func contains(_ text: String, _ pattern: String) -> Bool {
        PlanIndex.folded(text).withUnsafeBytes { t in PlanIndex.folded(pattern).withUnsafeBytes { p in PlanIndex.contains(t, p) } }
    }

    @Test func findsSubstringsByBytes() {
        #expect(contains("市司法局牵头", "司法局"))
        #expect(contains("优化12366纳税服务平台", "12366"))
        #expect(contains("Open Data 平台", "open data"))
        #expect(contains("abc", ""))
        #expect(!contains("司法", "司法局"))
        #expect(!contains("司法部", "司法局"))
        #expect(contains("aab", "ab"))
        #expect(contains("ab", "ab"))
        #expect(!contains("", "a"))
    }

    @Test func narrowingGivesTheSameAnswerAsSearchingAfresh() {
        var typed = Fixtures.state()
        Fixtures.press([.char("/")] + Fixtures.type("政务公开"), on: &typed)
        var fresh = Fixtures.state()
        Fixtures.press([.char("/"), .ctrl("u")] + Fixtures.type("政务公开"), on: &fresh)
        #expect(typed.taskRows == fresh.taskRows)
        // Counted independently from `taizhang list --json`.
        #expect(typed.visibleTaskCount == 13)
    }
}
