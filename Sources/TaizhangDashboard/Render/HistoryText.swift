import TaizhangModel
import TaizhangWords

/// A task's history entry for the detail pane, in the interface language; the task is
/// already named by the pane, so the words leave it out.
enum HistoryText {
    static func line(_ entry: HistoryEntry, strings: UIStrings) -> String {
        entry.words(strings.language, namingTask: false)
    }
}
