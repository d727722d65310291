import TaizhangModel
import TaizhangWords

extension ReportError {
    /// Why the report was not written, in the interface language.
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .unknownUnit(let name, let closest):
            let hint = closest.isEmpty ? "" : (zh ? "；相近的有：" : "; closest: ") + closest.joined(separator: zh ? "、" : ", ")
            return (zh ? "台账中没有名为 \(name) 的单位" : "no unit named \(name) in the ledger") + hint
        case .unknownArea(let number, let areas):
            let range = areas.isEmpty ? (zh ? "方案没有工作领域" : "the plan has none") : (zh ? "现有 \(areas.min()!)–\(areas.max()!)" : "areas are \(areas.min()!)–\(areas.max()!)")
            return zh ? "没有第 \(number) 个工作领域（\(range)）" : "no work area \(number) (\(range))"
        case .unknownFormat(let name):
            let known = ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            return zh ? "不认识的格式 \(name)：可用 \(known)" : "unknown format \(name): use \(known)"
        case .unknownView(let name):
            let known = ReportView.allCases.map(\.rawValue).joined(separator: ", ")
            return zh ? "不认识的视图 \(name)：可用 \(known)" : "unknown view \(name): use \(known)"
        case .badDate(let text):
            return zh ? "\(text) 不是日期：请写成 YYYY-MM-DD，例如 2022-12-31" : "\(text) is not a date: use YYYY-MM-DD, e.g. 2022-12-31"
        case .noSuchFolder(let path):
            return zh ? "文件夹 \(path) 不存在，未写入任何文件" : "the folder \(path) does not exist; nothing was written"
        case .csvNeedsFolder(let path):
            let views = ReportView.allCases.map(\.rawValue).joined(separator: "|")
            return zh
                ? "\(path)：一个 CSV 文件只能放一张表；请加 --view \(views)，或用 --out 指定一个已有文件夹，每张表各写一个文件"
                : "\(path): a CSV file holds one table; add --view \(views), or give --out an existing folder for one file per view"
        case .writeFailed(let path, let error):
            return zh ? "无法写入 \(path)：\(error.words(language))；未写入任何文件" : "cannot write \(path): \(error.words(language)); nothing was written"
        case .folderInTheWay(let path):
            return zh ? "无法写入 \(path)：那里是一个文件夹；未写入任何文件" : "cannot write \(path): a folder is in the way; nothing was written"
        case .archiveFailed(let reason):
            return zh ? "无法生成文件：\(reason)" : "could not build the file: \(reason)"
        case .viewInBulletin(let view):
            return zh
                ? "通报（docx）有固定的结构，不能只写 \(view) 一张表；去掉 --view，或换用 md、csv、xlsx、html、json"
                : "the 通报 (docx) has a shape of its own and cannot hold only the \(view) table; leave out --view, or use md, csv, xlsx, html or json"
        case .binaryToTerminal(let format):
            return zh
                ? "\(format) 文件是二进制文件：请用 --out 指定路径，或把输出重定向到文件"
                : "an \(format) file is binary: give --out PATH, or redirect the output to a file"
        case .outDisagrees(let out, let fileExtension, let format):
            return zh
                ? "--out \(out) 是 .\(fileExtension) 文件，而 --format 是 \(format)"
                : "--out \(out) names a .\(fileExtension) file but --format is \(format)"
        case .allWithFilter(let option):
            return zh
                ? "--all 汇总所有方案的全部单位，不能与 \(option) 同用；去掉其中一个"
                : "--all reports every unit of every plan and cannot be used with \(option); leave one out"
        case .archivedWithoutAll:
            return zh ? "--archived 只能与 --all 同用" : "--archived goes with --all only"
        case .notAcrossPlans(let format):
            return zh
                ? "--all 的汇总报告可写成 md、xlsx、html 或 csv，不能写成 \(format)（JSON 请用 workload --all --json）"
                : "the report across plans is written as md, xlsx, html or csv, not \(format) (for JSON use workload --all --json)"
        }
    }
}
