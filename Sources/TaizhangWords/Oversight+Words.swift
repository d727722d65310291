import TaizhangModel

extension ReportingCycle {
    /// 每月25日前, "monthly, by the 25th".
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .monthly(let day): return zh ? "每月\(day)日前" : "monthly, by day \(day)"
        case .weekly(let weekday):
            let names = zh ? ["一", "二", "三", "四", "五", "六", "日"] : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            let name = names[max(1, min(7, weekday)) - 1]
            return zh ? "每周\(name)前" : "weekly, by \(name)"
        case .quarterly(let day): return zh ? "每季度末月\(day)日前" : "quarterly, by day \(day) of the quarter's last month"
        case .once(let date): return zh ? "\(date)前报送一次" : "once, by \(date)"
        }
    }
}

extension Light {
    /// The light as a mark that reads without colour, and its name.
    public func words(_ language: Language) -> String {
        switch (self, language) {
        case (.green, .chinese): "绿灯"
        case (.yellow, .chinese): "黄灯"
        case (.red, .chinese): "红灯"
        case (.green, .english): "green"
        case (.yellow, .english): "yellow"
        case (.red, .english): "red"
        }
    }
}

extension Pace {
    /// 超进度, 达进度, 欠进度, 已完成: the classes a 通报 counts.
    public func words(_ language: Language) -> String {
        switch (self, language) {
        case (.ahead, .chinese): "超进度"
        case (.onSchedule, .chinese): "达进度"
        case (.behind, .chinese): "欠进度"
        case (.finished, .chinese): "已完成"
        case (.ahead, .english): "ahead"
        case (.onSchedule, .english): "on schedule"
        case (.behind, .english): "behind"
        case (.finished, .english): "finished"
        }
    }
}
