import TaizhangReport
import TaizhangImport
import TaizhangStore
import Foundation
import Testing
import TaizhangModel

extension StatusCounts {
    /// The counts by status and overdue, as the older tests compare them.
    var basic: [Int] { [total, todo, doing, done, overdue] }
}
