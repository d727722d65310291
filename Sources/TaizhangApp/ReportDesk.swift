import TaizhangModel
import TaizhangReport
import TaizhangStore

/// Where `R` puts the progress report: a seam, so the loop's tests see what was asked
/// without writing files, and the program writes Markdown beside the ledger.
public protocol ReportDesk {
    /// Writes the report on `ledger` as of `today` (`shownPath` is the ledger's path as its
    /// heading names it) and returns the paths written.
    func writeReport(on ledger: Ledger, today: DayDate, shownPath: String) throws -> [String]
}

/// The Markdown progress report, written into the folder that holds the ledger's real file.
public struct MarkdownReportBesideLedger: ReportDesk {
    public let ledgerPath: String

    public init(ledgerPath: String) {
        self.ledgerPath = ledgerPath
    }

    public func writeReport(on ledger: Ledger, today: DayDate, shownPath: String) throws -> [String] {
        let report = try Report.make(ledger: ledger, today: today, ledgerPath: shownPath, unit: nil, area: nil)
        return try ReportWriter.write(report, format: .markdown, to: LedgerFile.folder(of: ledgerPath))
    }
}
