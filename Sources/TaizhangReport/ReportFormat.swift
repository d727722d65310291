/// The forms a progress report comes in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case csv
    case xlsx
    case html
    case json
}
