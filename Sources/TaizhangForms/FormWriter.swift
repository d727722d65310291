import Foundation
import TaizhangModel
import TaizhangStore

/// Writes the forms (one .xlsx per unit) into a folder, each whole or not at all, with the
/// ledger's permissions: a form holds the plan's progress.
public enum FormWriter {
    /// One form written, or a unit left out because no open task names it.
    public struct Written: Hashable, Sendable {
        public var unit: String
        public var path: String?
        public var tasks: Int
    }

    /// The forms for `units` (default: every reporting unit) for `period`, made at `made`
    /// (ISO 8601). Unknown units are refused before anything is written.
    public static func write(
        ledger: Ledger, units asked: [String], period: ReportingCycle.Period, made: String, today: DayDate, folder: String,
        mode: UInt32 = 0o600
    ) throws(FormsError) -> [Written] {
        let all = ledger.reportingUnits(today: today)
        let naming = UnitNaming(ledger)
        var units: [String] = []
        for name in asked {
            let unit = naming.name(name)
            guard all.contains(unit) else { throw .unknownUnit(name, known: all) }
            if !units.contains(unit) { units.append(unit) }
        }
        if asked.isEmpty { units = all }
        guard isFolder(folder) else { throw .noSuchFolder(folder) }
        let identity = LedgerIdentity.of(ledger)
        var files: [(path: String, bytes: [UInt8])] = []
        var written: [Written] = []
        for unit in units {
            let key = FormKey(ledger: identity, unit: unit, period: period, made: made)
            guard let workbook = FormMaker.workbook(ledger: ledger, key: key, today: today) else {
                written.append(Written(unit: unit, path: nil, tasks: 0))
                continue
            }
            let path = folder + "/" + fileName(unit: unit, period: period)
            do {
                files.append((path, try workbook.bytes()))
            } catch {
                throw .archiveFailed("\(error)")
            }
            written.append(Written(unit: unit, path: path, tasks: FormMaker.tasks(of: unit, in: ledger).count))
        }
        do {
            try AtomicFiles.write(files, mode: mode & 0o666)
        } catch {
            throw .writeFailed(path: error.path, error.error)
        }
        return written
    }

    /// `台账填报表-市司法局-2026-11.xlsx`: the unit's name in the file's name, so an office
    /// can attach each to its mail.
    public static func fileName(unit: String, period: ReportingCycle.Period) -> String {
        let safe = String(unit.map { "/\\:*?\"<>|".contains($0) || $0.isNewline || ($0.asciiValue.map { $0 < 0x20 } ?? false) ? "_" : $0 })
        return "台账填报表-\(safe)-\(period.label).xlsx"
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
