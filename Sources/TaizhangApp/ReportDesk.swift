import TaizhangModel
import TaizhangReport
import TaizhangStore

/// Where `R` puts the progress report: a seam, so the loop's tests see what was asked
/// without writing files, and the program writes beside the ledger.
public protocol ReportDesk {
    /// The formats it can write, as the command line names them (`md`, `xlsx`…): what `R`
    /// offers.
    var formats: [String] { get }
    /// Writes the report on `ledger` as of `today` in `format` (`shownPath` is the ledger's
    /// path as its heading names it) and returns the paths written.
    func writeReport(on ledger: Ledger, today: DayDate, shownPath: String, format: String) throws -> [String]
}

/// The progress report in any format `taizhang report` writes, into the folder that holds
/// the ledger's real file.
public struct ReportBesideLedger: ReportDesk {
    public let ledgerPath: String

    public init(ledgerPath: String) {
        self.ledgerPath = ledgerPath
    }

    public var formats: [String] { ReportFormat.allCases.map(\.rawValue) }

    public func writeReport(on ledger: Ledger, today: DayDate, shownPath: String, format: String) throws -> [String] {
        let report = try Report.make(ledger: ledger, today: today, ledgerPath: shownPath, unit: nil, area: nil)
        return try ReportWriter.write(report, format: ReportFormat(name: format) ?? .markdown, to: LedgerFile.folder(of: ledgerPath))
    }
}
