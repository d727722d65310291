import TaizhangImport
import TaizhangModel
import TaizhangText

extension ImportWarning {
    /// The warning as a coordinator reads it, without its line (the list shows that). Plan
    /// text quoted in it is as the plan has it; whoever prints it makes it terminal-safe.
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        let task = self.task.map { zh ? "任务\($0)" : "task \($0)" } ?? (zh ? "任务" : "task")
        func names(_ list: [String]) -> String { list.joined(separator: "、") }
        switch kind {
        case .noUnits(let reason):
            let why: String
            switch (reason, zh) {
            case (.emptyCell, true): why = "责任单位格为空"
            case (.emptyCell, false): why = "its unit cell is empty"
            case (.noUnitCell, true): why = "所在行没有责任单位格"
            case (.noUnitCell, false): why = "its row has no unit cell"
            case (.documentEnds, true): why = "文档在其责任单位之前结束"
            case (.documentEnds, false): why = "nothing names its units before the document ends"
            }
            return zh ? "\(task)没有责任单位：\(why)" : "\(task) has no responsible unit: \(why)"
        case .unitsFromMergedCell(let list):
            return zh ? "\(task)所在行没有自己的责任单位格：\(names(list))取自上方合并单元格，请核对"
                : "\(task) has no unit cell of its own: \(names(list)) taken from the merged cell above; check them"
        case .cellCarriedDown(let column, let rows):
            return zh ? "\(rows)行省略了合并的“\(column)”单元格，已沿用上方内容" : "\(rows) rows left out the merged \(column) cell; its text was carried down"
        case .unitsForLaterTasks(let list, let clause):
            return zh ? "\(names(list))已按该句加入其所指的各项任务（\(clause)）" : "\(names(list)) added to every task the clause reaches (\(clause))"
        case .noWorkArea:
            return zh ? "方案未列出工作领域，全部任务归入一个领域" : "the plan names no work area before its first task: its tasks are put in one area"
        case .labelOutOfOrder(let label, let previous):
            return zh ? "编号\(label)排在\(previous)之后，顺序不连续" : "label \(label) follows \(previous)"
        case .deadlineNeedsYear(let phrase):
            return zh ? "\(task)的时限“\(phrase)”需要方案年份（用 --year 指定）" : "\(task): deadline \(phrase) needs the plan's year (use --year)"
        case .deadlineAsWritten(let phrase):
            return zh ? "\(task)的时限“\(phrase)”不是日期，按原文保留" : "\(task): deadline \(phrase) is not a date; kept as written"
        case .looksCutOff:
            return zh ? "\(task)似乎被截断：文档结束处其文字没有以句号结束" : "\(task) looks cut off: its text ends without 。 where the document ends"
        case .unitNameCutOff(let fragment):
            return zh ? "单位名称“\(fragment)”在文档结束处被截断，未作为单位" : "the unit name \(fragment) is cut off where the document ends; not taken as a unit"
        case .textNotPlaced(let text):
            return zh ? "未能归入任何任务的文字：\(text)" : "text outside any task: \(text)"
        case .unknownColumn(let position, let name):
            return zh ? "第\(position)列（\(name)）不是可识别的列，其内容未导入" : "column \(position) (\(name)) is not one the importer knows; its text is left out"
        case .noHeaderRow:
            return zh ? "表格没有列名行，单元格按内容识别" : "no header row naming the columns; cells read by content"
        case .unitsWithoutTask(let list):
            return zh ? "所在行没有任务的单位未导入：\(names(list))" : "units with no task in their row ignored: \(names(list))"
        case .pinyinRemoved(let count):
            return zh ? "已删除镜像网站插入的\(count)处拼音注音" : "removed \(count) pinyin readings a mirror site inserted after characters"
        case .cellsRunTogether(let header):
            return zh ? "表格的列名连在一起（\(header)）：此副本已丢失单元格之间的分隔，各行无法按表格读出；请导入原件（.doc/.docx/.xls/.xlsx/.pdf）或保留分隔符的副本"
                : "the table's column names run together (\(header)): this copy lost where cells end, so its rows cannot be read as a table; import the original (.doc/.docx/.xls/.xlsx/.pdf) or a copy that keeps the cells apart"
        case .lineCutApart(let parts):
            return zh ? "此行很长，似乎是丢失了换行的网页：已在原本可能换行之处切为\(parts)段，请对照原文核对"
                : "one long line, as from a page that lost its line breaks: cut into \(parts) parts where its lines seem to have begun; check it against the original"
        case .emptyTableCells(let count):
            return zh ? "表格中有\(count)个空单元格，只剩分隔符：此副本似乎丢失了单元格里的文字，读出的任务可能不全或有误；请对照原文核对，或导入原件"
                : "\(count) empty cells in the table, only their bars left: this copy seems to have lost the cells' text, so the tasks read may be missing or wrong; check the original, or import it instead"
        case .legacy(let message):
            return message
        }
    }
}

extension ImportError {
    public func words(_ language: Language) -> String {
        guard language == .chinese else { return description }
        switch self {
        case .notARegularFile(let path, let kind):
            let what = switch kind {
            case .directory: "文件夹"
            case .fifo: "管道（FIFO）"
            case .socket: "套接字"
            case .device: "设备"
            case .other: "特殊文件"
            }
            return "\(path)是\(what)，不是普通文件；只能导入文件"
        case .fileMissing(let path): return "\(path)：文件不存在"
        case .unreadableFile(let path, let reason): return "无法读取\(path)：\(reason)"
        case .tooLarge(let bytes, let limit): return "文件有\(bytes)字节，超过可导入的\(limit)字节"
        case .emptyFile: return "文件是空的"
        case .notText: return "文件既不是文本（UTF-8、UTF-16、GB18030/GBK），也不是可导入的文档格式（.docx、.xlsx、.ods、.doc、.xls、.wps、.et、.pdf、.html、.csv）"
        case .gb18030Unavailable: return "文件不是 UTF-8 或 UTF-16 文本，而本机 C 库无法加载 GB18030 转换器（iconv），在这里读不了 GBK 文本；请把文件另存为 UTF-8 后再导入"
        case .damagedArchive(let reason): return "Office 文件（zip 压缩包）已损坏：\(reason)"
        case .missingPart(let part, let format): return "缺少\(part)：不是\(format)文件"
        case .partTooLarge(let part, let bytes, let limit): return "\(part)解压后有\(bytes)字节，超过可读取的\(limit)字节"
        case .malformedXML(let part, let line): return "\(part)不是格式正确的 XML" + (line.map { "（第\($0)行）" } ?? "")
        case .xmlEntities(let part): return "\(part)声明了 XML 实体（文档类型定义）；Office 文件从不这样做，且此类文件可无限膨胀，已拒绝"
        case .xmlTooDeep(let part, let limit): return "\(part)的元素嵌套超过\(limit)层"
        case .tooManyElements(let part, let limit): return "\(part)的 XML 元素超过\(limit)个，远多于任何方案"
        case .unknownEntity(let part, let name): return "\(part)使用了 XML 未定义的实体 &\(name);，其文字会丢失，已拒绝"
        case .tooManyCells(let limit): return "表格超过\(limit)个单元格"
        case .tooManyColumns(let count, let limit): return "某行有\(count)列；方案表格最多\(limit)列"
        case .tooManyMerges(let count, let limit): return "工作表有\(count)处合并单元格；最多读取\(limit)处"
        case .mergedAreaTooLarge(let cells, let limit): return "合并单元格将覆盖\(cells)个单元格；最多读取\(limit)个"
        case .nestingTooDeep(let limit): return "表格嵌套超过\(limit)层"
        case .timeLimit(let seconds): return "读取超过\(seconds)秒，已停止"
        case .noWorksheet(let name, let available): return "没有名为\(name)的工作表；工作簿中有：\(available.joined(separator: "、"))"
        case .emptyWorksheet(let name): return "工作表\(name)是空的"
        case .converterMissing(let format, let tool, let package):
            return "\(format)文件需用\(tool)转换，但未安装：请安装（apt-get install \(package)），或在 WPS/Office 中打开后另存为 .docx 或 .xlsx"
        case .conversionFailed(let format, let tool, let reason): return "\(tool)无法转换\(format)文件：\(reason)"
        case .conversionTimedOut(let format, let tool, let seconds): return "\(tool)未能在\(seconds)秒内转换\(format)文件"
        case .noTasks: return "未找到任务：没有带责任单位的编号条目，也没有列名行（工作任务、责任单位……）的表格"
        case .cellsRunTogether(let line, let header):
            return "未找到任务：第\(line)行表格的列名连在一起（\(header)），此副本已丢失单元格之间的分隔；请导入原件（.doc/.docx/.xls/.xlsx/.pdf）或保留分隔符的副本"
        }
    }
}

/// The import report a coordinator reads after an import: what was found, how the document
/// was read (and what came second), and every place to check by hand with its line or row.
/// Its lines quote plan text, so they are made terminal-safe here, for every caller.
public enum ImportReport {
    public static func lines(_ result: ImportResult, language: Language) -> [String] {
        rawLines(result, language: language).map { TerminalSafe.sanitize($0) }
    }

    private static func rawLines(_ result: ImportResult, language: Language) -> [String] {
        let zh = language == .chinese
        let plan = result.plan
        let sections = plan.areas.reduce(0) { $0 + $1.sections.count }
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        var lines = [
            zh ? "  读取方式：\(result.readingKind.words(language))" : "  read as: \(result.readingKind.words(language))",
            zh ? "  \(plan.areas.count)个工作领域，\(sections)个子项，\(plan.tasks.count)项任务，\(result.unitCount)个单位"
                : "  \(count(plan.areas.count, "work area")), \(count(sections, "section")), \(count(plan.tasks.count, "task")), \(count(result.unitCount, "unit"))",
        ]
        let deadlines = plan.tasks.filter { $0.deadline != nil }.count
        let inherited = plan.tasks.filter(\.unitsInherited).count
        let unassigned = plan.tasks.filter(\.isUnassigned).count
        if zh {
            lines.append("  \(deadlines)项有时限，\(inherited)项的单位取自合并单元格，\(unassigned)项没有单位；" + (result.year.map { "方案年份\($0)" } ?? "方案年份不明"))
        } else {
            lines.append("  \(deadlines) with a deadline, \(inherited) with inherited units, \(unassigned) with no unit"
                + (result.year.map { "; plan year \($0)" } ?? "; plan year unknown"))
        }
        if let runnerUp = result.runnerUp {
            let why = runnerUp.reasons.map { $0.words(language) }.joined(separator: zh ? "；" : "; ")
            lines.append(zh ? "  次选读取方式：\(runnerUp.kind.words(language))（\(why)）" : "  runner-up: \(runnerUp.kind.words(language)) (\(why))")
        }
        if result.warnings.isEmpty {
            lines.append(zh ? "  无需核对的提示" : "  no warnings")
        } else {
            let count = result.warnings.count
            lines.append(zh ? "  \(count)条提示需人工核对：" : "  \(count) warning\(count == 1 ? "" : "s") to check by hand:")
            let word = result.form.isRowBased ? (zh ? "表格行" : "row") : (zh ? "行" : "line")
            for warning in result.warnings {
                lines.append("    \(word) \(warning.line): \(warning.words(language))")
            }
        }
        return lines
    }
}

extension ReadingKind {
    /// `outline by content over lines`, 按内容逐行读取 ….
    public func words(_ language: Language) -> String {
        guard language == .chinese else { return description }
        let reader = switch self.reader {
        case .content: "按编号和单位措辞读取"
        case .header: "按表头列名读取表格"
        case .contentTable: "按内容读取表格（无表头）"
        }
        let cells = switch self.cells {
        case .lines: "逐行"
        case .pipeCut: "按“|”分隔的单元格"
        case .oneCellPerLine: "每行一个单元格"
        case .blankSeparated: "按空格分隔的单元格"
        case .csvRows: "CSV 行"
        case .worksheet: "工作表"
        case .wordTables: "Word 表格"
        case .htmlTables: "网页表格"
        case .blankCut: "长行按空格切开的单元格"
        }
        return reader + "（" + cells + "）"
    }
}

extension RunnerUp.Reason {
    /// Why the chosen reading beat the runner-up, in the interface language.
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .tasksWithUnits(let runnerUp, let chosen):
            return zh ? "有单位的任务\(runnerUp)项，选中的为\(chosen)项" : "tasks with units \(runnerUp) against \(chosen)"
        case .tasks(let runnerUp, let chosen):
            return zh ? "任务\(runnerUp)项，选中的为\(chosen)项" : "tasks \(runnerUp) against \(chosen)"
        case .unplacedCharacters(let runnerUp, let chosen):
            return zh ? "未归入任务的文字\(runnerUp)字，选中的为\(chosen)字" : "unplaced characters \(runnerUp) against \(chosen)"
        case .labelsOutOfOrder(let runnerUp, let chosen):
            return zh ? "编号不连续\(runnerUp)处，选中的为\(chosen)处" : "labels out of order \(runnerUp) against \(chosen)"
        case .noWorkAreas(let runnerUpFoundNone):
            if runnerUpFoundNone { return zh ? "它没有找到工作领域" : "it found no work areas" }
            return zh ? "它找到了选中方式没有的工作领域" : "it found work areas the chosen reading did not"
        case .warnings(let runnerUp, let chosen):
            return zh ? "提示\(runnerUp)条，选中的为\(chosen)条" : "warnings \(runnerUp) against \(chosen)"
        case .tableOnEqualScore:
            return zh ? "得分相同时优先按表格读取" : "equal scores: the table reading is preferred"
        }
    }
}
