#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TaizhangModel

/// Where every plan the office carries lives: `$XDG_DATA_HOME/taizhang/plans/NAME.json`
/// (else `~/.local/share/taizhang/plans/`), one ledger file per plan, each in the ledger
/// format, with its backups and lock beside it as dot-files. Archived plans move to
/// `plans/archive/`, still readable. The plan the dashboard used last is named in
/// `taizhang/last-plan`. A single ledger at the old default place (`taizhang/ledger.json`)
/// is adopted into the home, moved as it is (byte for byte), with its backups.
///
/// Every call goes through a `FileSystem`, the real one unless a test passes a fake.
public struct PlansHome: Sendable {
    /// `…/taizhang`: the old default ledger's folder, and the home's parent.
    public let root: String
    let fs: any FileSystem

    public init(root: String, fileSystem: any FileSystem = SystemFileSystem()) {
        self.root = root
        self.fs = fileSystem
    }

    /// The home under XDG_DATA_HOME (an absolute path), else under HOME.
    public static func locate(environment: [String: String], fileSystem: any FileSystem = SystemFileSystem()) throws(PlansHomeError) -> PlansHome {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return PlansHome(root: data + "/taizhang", fileSystem: fileSystem)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { throw .noHome }
        return PlansHome(root: home + "/.local/share/taizhang", fileSystem: fileSystem)
    }

    public var folder: String { root + "/plans" }
    public var archiveFolder: String { folder + "/archive" }
    /// Where the single ledger lived before there was a home.
    public var oldDefaultLedger: String { root + "/ledger.json" }
    var lastPlanFile: String { root + "/last-plan" }

    /// The ledger file of plan `name`.
    public func path(of name: PlanName, archived: Bool = false) -> String {
        (archived ? archiveFolder : folder) + "/" + name.text + ".json"
    }

    // MARK: Listing and finding

    /// The plans in the daily list (or the archived ones), by name.
    public func names(archived: Bool = false) throws(PlansHomeError) -> [PlanName] {
        let where_ = archived ? archiveFolder : folder
        let entries: [String]
        do {
            guard try status(where_) != nil else { return [] }
            entries = try FileIO.retrying { () throws(SystemError) in try fs.listDirectory(where_) }
        } catch {
            throw .system(path: where_, error)
        }
        return entries.compactMap { entry -> PlanName? in
            guard entry.hasSuffix(".json"), !entry.hasPrefix(".") else { return nil }
            guard let name = try? PlanName(String(entry.dropLast(5))), name.text + ".json" == entry else { return nil }
            guard (try? status(where_ + "/" + entry))??.kind == .regular else { return nil }
            return name
        }.sorted()
    }

    /// The plan `text` names: a name exactly (in the daily list, else archived), else the one
    /// name in the daily list that starts with it, so `--plan 2023-` is enough when only one
    /// plan is of 2023.
    public func find(_ text: String) throws(PlansHomeError) -> (name: PlanName, archived: Bool) {
        let active = try names()
        let archived = try names(archived: true)
        if let name = try? PlanName(text) {
            if active.contains(name) { return (name, false) }
            if archived.contains(name) { return (name, true) }
        }
        if let wanted = (try? PlanName(text))?.text {
            let matches = active.filter { $0.text.hasPrefix(wanted) }
            if matches.count == 1 { return (matches[0], false) }
            if matches.count > 1 { throw .ambiguous(text, matches: matches.map(\.text)) }
        }
        throw .noSuchPlan(text, known: active.map(\.text))
    }

    /// The plan used when none is named: the one used last while it is in the daily list,
    /// else the first by name; nil when the daily list is empty.
    public func currentPlan() throws(PlansHomeError) -> PlanName? {
        let active = try names()
        if let last = lastUsed(), active.contains(last) { return last }
        return active.first
    }

    /// The plan the dashboard opened last, as `taizhang/last-plan` says.
    public func lastUsed() -> PlanName? {
        guard let bytes = try? FileIO.readRegularFile(lastPlanFile, limit: 4096, fs) else { return nil }
        return try? PlanName(String(decoding: bytes, as: UTF8.self))
    }

    /// Remembers `name` as the plan used last. Best effort: failing to remember never stops work.
    public func remember(_ name: PlanName) {
        guard lastUsed() != name else { return }
        try? FileIO.makeDirectories(root, fs)
        try? FileIO.replaceAtomically(lastPlanFile, with: Array((name.text + "\n").utf8), mode: 0o600, replacing: true, durable: false, fs)
    }

    // MARK: Adding

    /// Adds `ledger` to the home as `name`, or under the name made from its year and title
    /// (unique); never replaces a plan. Returns the name it has.
    @discardableResult
    public func add(_ ledger: Ledger, as name: PlanName? = nil) throws(PlansHomeError) -> PlanName {
        let taken = Set(try names() + names(archived: true))
        let chosen = name ?? PlanName.made(for: ledger.plan, taken: taken)
        if taken.contains(chosen) { throw .exists(chosen.text) }
        try makeFolder(folder)
        do {
            try LedgerFile.create(ledger, at: path(of: chosen))
        } catch {
            if case .exists = error { throw .exists(chosen.text) }
            throw .ledger(error)
        }
        return chosen
    }

    /// The name the bundled plan (or any `ledger`) would get if added now.
    public func madeName(for ledger: Ledger) throws(PlansHomeError) -> PlanName {
        PlanName.made(for: ledger.plan, taken: Set(try names() + names(archived: true)))
    }

    /// Moves the ledger at the old default place into the home, unchanged, under the name
    /// made from its plan (`ledger` when it cannot be read), with its backups. Returns the
    /// name, or nil when there was nothing to adopt. Another process adopting at the same
    /// moment is no harm: the file is linked under its new name before the old one goes, and
    /// never under two names.
    public func adoptOldDefaultLedger() throws(PlansHomeError) -> PlanName? {
        let old = oldDefaultLedger
        let oldStatus: FileStatus?
        do { oldStatus = try status(old, followLinks: false) } catch { throw .system(path: old, error) }
        switch oldStatus?.kind {
        case .regular?:
            let inode = oldStatus?.inode
            return try adopt(
                reading: old, place: { new throws(SystemError) in try fs.link(old, to: new) },
                isAlreadyThere: { new in (try? status(new, followLinks: false))??.inode == inode }, movingBackups: true)
        case .symlink?:
            return try adoptOldDefaultLink()
        default:
            return nil
        }
    }

    /// The old default ledger is a symlink (to a synced folder, say): the home gets a link
    /// to the same file, written as an absolute path so it still points there from the
    /// plans folder, and the old link goes. The file itself and its backups (kept beside
    /// the file a link points at) are not touched. A link to nothing is left alone.
    private func adoptOldDefaultLink() throws(PlansHomeError) -> PlanName? {
        let old = oldDefaultLedger
        let target: String
        do {
            let resolved = try FileIO.resolvedTarget(old, fs)
            guard let found = try status(resolved), found.kind == .regular else { return nil }
            // `a/../b` read as `b` is the same file only when `a` is no link: checked.
            let normal = FileIO.lexicallyNormal(resolved)
            target = resolved.hasPrefix("/") && (try? status(normal))??.inode == found.inode ? normal : resolved
        } catch {
            throw .system(path: old, error)
        }
        return try adopt(
            reading: target, place: { new throws(SystemError) in try fs.symlink(target, at: new) },
            isAlreadyThere: { new in (try? FileIO.resolvedTarget(new, fs)) == target }, movingBackups: false)
    }

    /// Puts the old default ledger (read at `file`) into the home under the name made from
    /// its plan with `place`, then takes the old name away: under its new name before the
    /// old one goes, never under two. `isAlreadyThere` tells another process's adoption a
    /// moment ago (no harm) from a name taken by something else.
    private func adopt(
        reading file: String, place: (String) throws(SystemError) -> Void, isAlreadyThere: (String) -> Bool, movingBackups: Bool
    ) throws(PlansHomeError) -> PlanName? {
        let old = oldDefaultLedger
        let ledger = try? LedgerFile.read(file, fileSystem: fs)
        let taken = Set(try names() + names(archived: true))
        let name = ledger.map { PlanName.made(for: $0.plan, taken: taken) } ?? PlanName.made(for: Plan(title: "ledger", areas: [], tasks: []), taken: taken)
        try makeFolder(folder)
        let new = path(of: name)
        // A linked ledger's journal is beside the file it links to, and stays there.
        let journals = movingBackups ? try journalFiles(of: old) : []
        let linked = try linkJournals(journals, from: root, to: folder)
        do {
            try FileIO.retrying { () throws(SystemError) in try place(new) }
        } catch {
            if error.code == EEXIST, isAlreadyThere(new) { return nil }
            unlinkJournals(linked, in: folder)
            throw .system(path: new, error)
        }
        do {
            try FileIO.retrying { () throws(SystemError) in try fs.unlink(old) }
        } catch where error.code == ENOENT {
            return nil
        } catch {
            _ = try? FileIO.retrying { () throws(SystemError) in try fs.unlink(new) }
            unlinkJournals(linked, in: folder)
            throw .system(path: old, error)
        }
        try? FileIO.retrying { () throws(SystemError) in try fs.fsyncDirectory(folder) }
        try? FileIO.retrying { () throws(SystemError) in try fs.fsyncDirectory(root) }
        unlinkJournals(journals, in: root)
        if movingBackups { moveSidecar(".ledger.json.backups", of: root, to: "." + name.text + ".json.backups", in: folder) }
        return name
    }

    // MARK: Archiving

    /// Moves a plan out of the daily list into `plans/archive/`, with its backups.
    public func archive(_ name: PlanName) throws(PlansHomeError) {
        guard try names().contains(name) else {
            if try names(archived: true).contains(name) { throw .alreadyArchived(name.text) }
            throw .noSuchPlan(name.text, known: try names().map(\.text))
        }
        if try names(archived: true).contains(name) { throw .exists(name.text) }
        try makeFolder(archiveFolder)
        try move(name, from: folder, to: archiveFolder)
    }

    /// Brings an archived plan back into the daily list.
    public func unarchive(_ name: PlanName) throws(PlansHomeError) {
        guard try names(archived: true).contains(name) else { throw .notArchived(name.text) }
        if try names().contains(name) { throw .exists(name.text) }
        try move(name, from: archiveFolder, to: folder)
    }

    private func move(_ name: PlanName, from: String, to: String) throws(PlansHomeError) {
        let file = name.text + ".json"
        let journals = try journalFiles(of: from + "/" + file)
        let linked = try linkJournals(journals, from: from, to: to)
        do {
            try FileIO.retrying { () throws(SystemError) in try fs.link(from + "/" + file, to: to + "/" + file) }
        } catch {
            unlinkJournals(linked, in: to)
            throw .system(path: to + "/" + file, error)
        }
        do {
            try FileIO.retrying { () throws(SystemError) in try fs.unlink(from + "/" + file) }
        } catch {
            _ = try? FileIO.retrying { () throws(SystemError) in try fs.unlink(to + "/" + file) }
            unlinkJournals(linked, in: to)
            throw .system(path: from + "/" + file, error)
        }
        try? FileIO.retrying { () throws(SystemError) in try fs.fsyncDirectory(to) }
        try? FileIO.retrying { () throws(SystemError) in try fs.fsyncDirectory(from) }
        unlinkJournals(journals, in: from)
        moveSidecar("." + file + ".backups", of: from, to: "." + file + ".backups", in: to)
    }

    /// The history journals of the ledger at `file` (`JournalFile.files`), which move with it.
    private func journalFiles(of file: String) throws(PlansHomeError) -> [String] {
        do { return try JournalFile.files(of: file, fs) } catch { throw .system(path: FileIO.directory(of: file), error) }
    }

    /// Links each journal into `to` under its name before the ledger naming it moves, so a
    /// ledger is never without its history, whatever moment a crash picks: at worst both
    /// folders hold it for a while. A different file in the way is refused, and the links
    /// already made are taken back. Returns the links made (one already there is the same
    /// file, linked by another process moving the same plan).
    private func linkJournals(_ names: [String], from: String, to: String) throws(PlansHomeError) -> [String] {
        var made: [String] = []
        for name in names {
            do {
                try FileIO.retrying { () throws(SystemError) in try fs.link(from + "/" + name, to: to + "/" + name) }
                made.append(name)
            } catch {
                if error.code == EEXIST, let here = (try? status(from + "/" + name, followLinks: false)) ?? nil,
                    let there = (try? status(to + "/" + name, followLinks: false)) ?? nil,
                    here.inode == there.inode, here.device == there.device
                {
                    continue
                }
                unlinkJournals(made, in: to)
                throw .system(path: to + "/" + name, error)
            }
        }
        return made
    }

    private func unlinkJournals(_ names: [String], in folder: String) {
        for name in names {
            _ = try? FileIO.retrying { () throws(SystemError) in try fs.unlink(folder + "/" + name) }
        }
    }

    /// Moves a ledger's dot-folder along with it when there is one and nothing is in the way.
    private func moveSidecar(_ name: String, of from: String, to newName: String, in to: String) {
        guard (try? status(from + "/" + name, followLinks: false)) != nil,
              (try? status(to + "/" + newName, followLinks: false)) == .some(nil) else { return }
        try? FileIO.retrying { () throws(SystemError) in try fs.rename(from + "/" + name, to: to + "/" + newName) }
    }

    // MARK: Summaries

    /// A summary per plan (the daily list, then the archived ones when asked), and for each
    /// file that does not read, its name and why.
    public func summaries(archived: Bool, today: DayDate) throws(PlansHomeError) -> (plans: [PlanSummary], unreadable: [(PlanName, LedgerError)]) {
        var plans: [PlanSummary] = []
        var unreadable: [(PlanName, LedgerError)] = []
        for isArchived in archived ? [false, true] : [false] {
            for name in try names(archived: isArchived) {
                do {
                    if let ledger = try LedgerFile.read(path(of: name, archived: isArchived), fileSystem: fs) {
                        plans.append(PlanSummary(name: name, ledger: ledger, archived: isArchived, today: today))
                    }
                } catch {
                    unreadable.append((name, error))
                }
            }
        }
        return (plans, unreadable)
    }

    /// Every plan's ledger (the daily list, and the archived ones when asked), by name.
    public func ledgers(archived: Bool) throws(PlansHomeError) -> [(name: PlanName, archived: Bool, ledger: Ledger)] {
        var result: [(name: PlanName, archived: Bool, ledger: Ledger)] = []
        for isArchived in archived ? [false, true] : [false] {
            for name in try names(archived: isArchived) {
                do {
                    if let ledger = try LedgerFile.read(path(of: name, archived: isArchived), fileSystem: fs) {
                        result.append((name, isArchived, ledger))
                    }
                } catch {
                    throw .ledger(error)
                }
            }
        }
        return result
    }

    // MARK: Files

    private func status(_ path: String, followLinks: Bool = true) throws(SystemError) -> FileStatus? {
        try FileIO.retrying { () throws(SystemError) in try fs.status(path, followLinks: followLinks) }
    }

    private func makeFolder(_ path: String) throws(PlansHomeError) {
        do { try FileIO.makeDirectories(path, fs) } catch { throw .system(path: path, error) }
    }
}
