import TaizhangModel
import TaizhangWords

/// Why forms could not be written, or returns not read: found before anything is written
/// or changed.
public enum FormsError: Error, Equatable, Sendable {
    case unknownUnit(String, known: [String])
    case noSuchFolder(String)
    case badPeriod(String)
    case archiveFailed(String)
    case writeFailed(path: String, SystemError)
    /// `collect` was given nothing to read: no such file or folder.
    case noSuchPath(String)

    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .unknownUnit(let name, let known):
            let list = known.joined(separator: zh ? "、" : ", ")
            return zh ? "台账中没有需要报送的单位 \(name)；可选：\(list)" : "no reporting unit named \(name) in the ledger; the units are: \(list)"
        case .noSuchFolder(let path):
            return zh ? "文件夹 \(path) 不存在，未写入任何文件" : "the folder \(path) does not exist; nothing was written"
        case .badPeriod(let text):
            return zh ? "\(text) 不能作为报送周期名称：请写成 2026-11 这样的文字，不含 | 和换行" : "\(text) cannot name a period: write it like 2026-11, without | or line breaks"
        case .archiveFailed(let reason):
            return zh ? "无法生成填报表：\(reason)" : "could not build the form: \(reason)"
        case .writeFailed(let path, let error):
            return zh ? "无法写入 \(path)：\(error.words(language))；未写入任何文件" : "cannot write \(path): \(error.words(language)); nothing was written"
        case .noSuchPath(let path):
            return zh ? "没有文件或文件夹 \(path)；台账未作任何改动" : "no file or folder \(path); nothing was changed"
        }
    }
}
