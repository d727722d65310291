import Foundation
import Testing
import TaizhangModel
@testable import TaizhangStore

/// Who and when a change is stamped with: the dashboard's clock finds who once and reads only
/// the time at each change, and must stamp as `Stamp.now` does.
@Suite("Change stamps")
struct ChangeStampTests {
    @Test func theSessionClockStampsAsNowDoes() throws {
        let environment = ["USER": "张三", "LOGNAME": "other"]
        let clock = Stamp.clock(environment: environment)
        let before = Stamp.timestamp(Date())
        let first = clock()
        let second = clock()
        let after = Stamp.timestamp(Date())
        #expect(first.by == "张三" && second.by == "张三")
        #expect(first.by == Stamp.now(environment: environment).by)
        // The time is read at each call, in the same form: 2026-12-05T12:28:40Z or +08:00.
        #expect([before, after].contains(first.at) || (before < first.at && first.at < after))
        #expect(first.at.count == before.count && second.at >= first.at)
    }

    @Test func withoutUserTheAccountNamesWho() {
        let by = Stamp.clock(environment: [:])().by
        #expect(!by.isEmpty && by == Stamp.user([:]))
    }
}
