import TaizhangScreen
import TaizhangModel
import TaizhangWords

/// One line of the help overlay: the keys and what they do.
public struct HelpLine: Sendable, Equatable {
    public var keys: String
    public var meaning: String

    public init(_ keys: String, _ meaning: String) {
        self.keys = keys
        self.meaning = meaning
    }
}

/// Every piece of interface text, one table per language (`UIStrings+English`,
/// `UIStrings+Chinese`), so the screen can be read in Chinese or English and tests can pin the
/// language. Plan content is never translated. `{task}`-style slots are filled by `filling`.
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

    // Oversight: statuses, lights, 序时进度, returns and extensions.
    public var filterLight: String
    /// `task {task} is already {status}`.
    public var alreadyStatus: String
    public var returnPrompt: String
    public var extensionPrompt: String
    public var reasonNeeded: String
    public var returnedLabel: String
    public var extensionsTitle: String
    public var evidenceTitle: String
    public var problemLabel: String
    public var nextStepLabel: String
    public var extensionAskedLabel: String
    public var behindLabel: String

    // Corrections: notes, units, the plan.
    public var notesTitle: String
    public var notesFooter: String
    /// `task {task} has no notes…`.
    public var noNotes: String
    /// `Note {k}: `.
    public var editNotePrompt: String
    public var emptyNote: String
    public var unitsPrompt: String
    public var unitsHint: String
    public var planTitle: String
    public var planFooter: String
    public var planFieldNames: [PlanField: String]
    public var deadlineHint: String

    // Going to a task, reports, overlays, the detail pane.
    public var jumpPrompt: String
    /// `Go to task {task}: Enter`.
    public var pendingJump: String
    /// `no task {task} (tasks are {first}–{last})`.
    public var noSuchTask: String
    /// `Filters cleared to show task {task}`.
    public var filtersCleared: String
    public var reportsTitle: String
    public var reportsFooter: String
    /// What each format is, by the name the command line gives it.
    public var reportFormatNames: [String: String]
    /// The footer of overlays closed by any key.
    public var anyKeyCloses: String
    /// `{count} more`: the detail pane's mark that more lies below.
    public var moreBelow: String
    /// `taizhang log {task} shows all`.
    public var historyMore: String
    /// The unit footer's words for a unit's return this period; `{day}` the day received.
    public var returnedWords: String
    public var returnedLateWords: String
    public var returnAwaitedWords: String
    public var returnMissingWords: String

    public static func forLanguage(_ language: Language) -> UIStrings {
        language == .chinese ? .chinese : .english
    }

    /// `template` with each `{name}` replaced by its value.
    public static func filling(_ template: String, _ values: [String: String]) -> String {
        values.reduce(template) { text, pair in text.replacingOccurrences("{\(pair.key)}", pair.value) }
    }
}


