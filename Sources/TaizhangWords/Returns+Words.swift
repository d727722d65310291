import TaizhangModel

extension ReturnStanding.State {
    /// 按时报送, 逾期报送, 待报送, 未报送.
    public func words(_ language: Language) -> String {
        switch (self, language) {
        case (.onTime, .chinese): "按时报送"
        case (.late, .chinese): "逾期报送"
        case (.awaited, .chinese): "待报送"
        case (.missing, .chinese): "未报送"
        case (.onTime, .english): "on time"
        case (.late, .english): "late"
        case (.awaited, .english): "not yet"
        case (.missing, .english): "not returned"
        }
    }
}

extension RankingOrder {
    /// What the ranking is by: 按完成率, 按逾期任务数, 按欠进度任务数.
    public func words(_ language: Language) -> String {
        switch (self, language) {
        case (.completion, .chinese): "按完成率"
        case (.overdue, .chinese): "按逾期任务数"
        case (.behind, .chinese): "按欠进度任务数"
        case (.completion, .english): "by completion"
        case (.overdue, .english): "by overdue tasks"
        case (.behind, .english): "by tasks behind"
        }
    }
}

extension UnitProgress {
    /// The choices of a form's 完成情况 column, as units pick them.
    public func words(_ language: Language) -> String {
        switch (self, language) {
        case (.notStarted, .chinese): "未开始"
        case (.underWay, .chinese): "推进中"
        case (.done, .chinese): "已完成"
        case (.extensionAsked, .chinese): "申请延期"
        case (.notStarted, .english): "not started"
        case (.underWay, .english): "under way"
        case (.done, .english): "done"
        case (.extensionAsked, .english): "extension asked"
        }
    }
}
