import TaizhangModel

extension TaskStatus {
    /// The status as the coordinator says it. Done means signed off (销号): the office has
    /// accepted it as finished; a unit's word that it is done is "reported".
    public func words(_ language: Language) -> String {
        switch (self, language) {
        case (.todo, .chinese): "未开始"
        case (.doing, .chinese): "进行中"
        case (.reported, .chinese): "待销号"
        case (.returned, .chinese): "已退回"
        case (.done, .chinese): "已完成"
        case (.todo, .english): "to do"
        case (.doing, .english): "in progress"
        case (.reported, .english): "reported done"
        case (.returned, .english): "returned"
        case (.done, .english): "done"
        }
    }
}
