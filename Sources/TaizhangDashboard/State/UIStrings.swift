import TaizhangScreen
import TaizhangModel

/// Every piece of interface text, one table per language, so the screen can be read in
/// Chinese or English and tests can pin the language. Plan content is never translated.
/// One line of the help overlay: the keys and what they do.
public struct HelpLine: Sendable, Equatable {
    public var keys: String
    public var meaning: String

    public init(_ keys: String, _ meaning: String) {
        self.keys = keys
        self.meaning = meaning
    }
}

public struct UIStrings: Sendable, Equatable {
    public var areasTitle: String
    public var tasksTitle: String
    public var detailTitle: String
    public var workloadTitle: String
    public var allTasks: String
    public var unassigned: String
    public var statusNames: [TaskStatus: String]
    public var unitColumn: String
    public var totalColumn: String
    public var doneColumn: String
    public var openColumn: String
    public var area: String
    /// Between a label and its value: ": " in English, "：" in Chinese.
    public var labelSeparator: String
    public var section: String
    public var units: String
    public var roleNames: [UnitRole: String]
    public var changed: String
    public var neverChanged: String
    public var notes: String
    public var noTasks: String
    public var filterUnit: String
    public var filterSearch: String
    public var searchPrompt: String
    public var hints: String
    public var unsaved: String
    public var progress: String
    public var tooSmall: String
    public var badDate: String
    public var notePrompt: String
    public var deadlinePrompt: String
    public var deadline: String
    public var noDeadline: String
    /// 每年, 每半年, 每季度, 每月, 每周 in the order of `Deadline.Recurrence.allCases`.
    public var recurrences: [String]
    public var ongoing: String
    public var overdue: String
    public var filterStatus: String
    public var filterOverdue: String
    public var sortNames: [TaskSort: String]
    public var workloadSortNames: [WorkloadSort: String]
    public var sortLabel: String
    public var unitsDoneLabel: String
    public var inheritedUnits: String
    public var pickerTitle: String
    public var pickerFooter: String
    public var warningsTitle: String
    public var noWarnings: String
    public var lineLabel: String
    public var rowLabel: String
    public var summaryLead: String
    public var summaryResponsible: String
    public var summarySupporting: String
    public var summaryOverdue: String
    public var reportWritten: String
    public var unsavedQuit: String
    public var undone: String
    public var redone: String
    public var nothingToUndo: String
    public var nothingToRedo: String
    public var historyTitle: String
    public var statusLabel: String
    public var readOnly: String
    public var helpTitle: String
    public var helpLines: [HelpLine]
    public var helpFooter: String

    public static func forLanguage(_ language: Language) -> UIStrings {
        language == .chinese ? .chinese : .english
    }
}


/// The interface language: Chinese for zh_* locales, English otherwise.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case chinese = "zh"

    /// LC_ALL, then LC_MESSAGES, then LANG decides, as for any POSIX program.
    public static func from(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .chinese : .english
            }
        }
        return .english
    }
}

extension UIStrings {
    /// How often recurring work falls due, in words.
    public func recurrence(_ period: Deadline.Recurrence) -> String {
        recurrences[Deadline.Recurrence.allCases.firstIndex(of: period) ?? 0]
    }
}
