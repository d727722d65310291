import TaizhangScreen
import TaizhangModel
import TaizhangWords

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
    /// The language of this table: words from the model (deadlines, errors, history) are
    /// rendered in it by TaizhangWords.
    public var language: Language
    public var areasTitle: String
    public var tasksTitle: String
    public var detailTitle: String
    public var workloadTitle: String
    public var allTasks: String
    public var unassigned: String
    public var statusNames: [TaskStatus: String]
    public var workloadColumns: WorkloadColumnWords
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


