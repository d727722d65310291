import TaizhangModel

extension TaskStatus {
    /// The status as the coordinator says it.
    public func words(_ language: Language) -> String {
        switch (self, language) {
        case (.todo, .chinese): "未开始"
        case (.doing, .chinese): "进行中"
        case (.done, .chinese): "已完成"
        case (.todo, .english): "to do"
        case (.doing, .english): "in progress"
        case (.done, .english): "done"
        }
    }
}
