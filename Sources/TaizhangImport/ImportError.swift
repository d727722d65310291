import TaizhangModel

/// Why a document could not be imported, each failure with what the coordinator can do.
public enum ImportError: Error, Equatable, Sendable {
    /// The path is a folder, a FIFO, a device or a socket: only regular files are read.
    case notARegularFile(path: String, kind: FileProblem.FileKind)
    case fileMissing(path: String)
    case unreadableFile(path: String, reason: String)
    /// Larger than the importer reads.
    case tooLarge(bytes: Int, limit: Int)
    case emptyFile
    /// Neither UTF-8, UTF-16 nor GB18030 text, nor a known document format.
    case notText
    /// Not UTF-8 or UTF-16, and the C library's GB18030 converter cannot be loaded: the
    /// release binary is static, and glibc's iconv loads its converters from the machine's
    /// own glibc, which may not have them or be another version.
    case gb18030Unavailable
    /// A zip (Office) archive that cannot be opened, or a part of it.
    case damagedArchive(reason: String)
    case missingPart(part: String, format: String)
    case partTooLarge(part: String, bytes: Int, limit: Int)
    /// XML that is not well formed; `line` when the parser said.
    case malformedXML(part: String, line: Int?)
    /// XML that declares entities (a document type): billion laughs, external entities.
    case xmlEntities(part: String)
    case xmlTooDeep(part: String, limit: Int)
    case tooManyElements(part: String, limit: Int)
    /// `&name;` that XML does not define: the parser would drop it silently.
    case unknownEntity(part: String, name: String)
    case tooManyCells(limit: Int)
    case tooManyColumns(count: Int, limit: Int)
    case tooManyMerges(count: Int, limit: Int)
    case mergedAreaTooLarge(cells: Int, limit: Int)
    case nestingTooDeep(limit: Int)
    /// Reading took longer than the time limit.
    case timeLimit(seconds: Int)
    case noWorksheet(name: String, available: [String])
    case emptyWorksheet(name: String)
    /// An old binary or PDF format, and the tool that converts it is not installed.
    case converterMissing(format: String, tool: String, package: String)
    case conversionFailed(format: String, tool: String, reason: String)
    case conversionTimedOut(format: String, tool: String, seconds: Int)
    /// Read, but no task was found in any reading.
    case noTasks
    /// No task found, and the table's column names run together on `line`: the copy lost
    /// where its cells end.
    case cellsRunTogether(line: Int, header: String)

    /// The English message; TaizhangWords says it in Chinese.
    public var description: String {
        switch self {
        case .notARegularFile(let path, let kind):
            "\(path) is \(Self.english(kind)), not a regular file; only files are imported"
        case .fileMissing(let path): "\(path): no such file"
        case .unreadableFile(let path, let reason): "cannot read \(path): \(reason)"
        case .tooLarge(let bytes, let limit): "the file has \(bytes) bytes; plans larger than \(limit) bytes are not imported"
        case .emptyFile: "the file is empty"
        case .notText:
            "the file is neither text (UTF-8, UTF-16, GB18030/GBK) nor a document format the importer reads (.docx, .xlsx, .ods, .doc, .xls, .wps, .et, .pdf, .html, .csv)"
        case .gb18030Unavailable:
            "the file is not UTF-8 or UTF-16 text, and this machine's C library cannot load its GB18030 converter (iconv), so GBK text cannot be read here; save the file as UTF-8 and import it again"
        case .damagedArchive(let reason): "the Office file (a zip archive) is damaged: \(reason)"
        case .missingPart(let part, let format): "no \(part): not a \(format) file"
        case .partTooLarge(let part, let bytes, let limit): "\(part) unpacks to \(bytes) bytes, more than the \(limit) the importer reads"
        case .malformedXML(let part, let line): "\(part) is not well-formed XML" + (line.map { " (line \($0))" } ?? "")
        case .xmlEntities(let part):
            "\(part) declares XML entities (a document type); Office files never do, and such files can expand without limit, so it is refused"
        case .xmlTooDeep(let part, let limit): "\(part) nests elements deeper than \(limit) levels"
        case .tooManyElements(let part, let limit): "\(part) has more than \(limit) XML elements; a plan has far fewer"
        case .unknownEntity(let part, let name): "\(part) uses the entity &\(name); which XML does not define; its text would be lost, so the file is refused"
        case .tooManyCells(let limit): "the table has more than \(limit) cells"
        case .tooManyColumns(let count, let limit): "a row has \(count) columns; plan tables have at most \(limit)"
        case .tooManyMerges(let count, let limit): "the sheet merges \(count) ranges; at most \(limit) are read"
        case .mergedAreaTooLarge(let cells, let limit): "merged cells would cover \(cells) cells; at most \(limit) are read"
        case .nestingTooDeep(let limit): "tables are nested deeper than \(limit) levels"
        case .timeLimit(let seconds): "reading took longer than \(seconds) seconds and was stopped"
        case .noWorksheet(let name, let available): "no worksheet named \(name); the workbook has \(available.joined(separator: ", "))"
        case .emptyWorksheet(let name): "the worksheet \(name) is empty"
        case .converterMissing(let format, let tool, let package):
            "\(format) files are converted with \(tool), which is not installed: install it (apt-get install \(package)), or open the file in WPS or Office and save it as .docx or .xlsx (另存为)"
        case .conversionFailed(let format, let tool, let reason): "\(tool) could not convert the \(format) file: \(reason)"
        case .conversionTimedOut(let format, let tool, let seconds): "\(tool) did not convert the \(format) file within \(seconds) seconds"
        case .noTasks: "no tasks found: no numbered items with units, no table with a header naming its columns (工作任务, 责任单位 …)"
        case .cellsRunTogether(let line, let header):
            "no tasks found: on line \(line) the table's column names run together (\(header)); this copy lost where its cells end. Import the original (.doc/.docx/.xls/.xlsx/.pdf) or a copy that keeps the cells apart"
        }
    }

    static func english(_ kind: FileProblem.FileKind) -> String {
        switch kind {
        case .directory: "a directory"
        case .fifo: "a FIFO (named pipe)"
        case .socket: "a socket"
        case .device: "a device"
        case .other: "not a regular file"
        }
    }
}
