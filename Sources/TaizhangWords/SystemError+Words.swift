#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TaizhangModel
import TaizhangStore

extension SystemError {
    /// What went wrong in a person's words: the common causes of a failed save or read in
    /// both languages; any other in the C library's words with its number.
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        let known: (String, String)? = switch code {
        case ENOENT: ("没有这个文件或文件夹", "no such file or folder")
        case EACCES, EPERM: ("没有权限", "permission denied")
        case ENOSPC: ("磁盘已满", "the disk is full")
        case EDQUOT: ("超出了磁盘配额", "the disk quota is used up")
        case EROFS: ("文件系统是只读的", "the file system is read-only")
        case EIO: ("磁盘读写出错", "an input/output error on the disk")
        case EISDIR: ("那是一个文件夹", "it is a folder")
        case ENOTDIR: ("路径中有一段不是文件夹", "a part of the path is not a folder")
        case EEXIST: ("文件已存在", "the file exists")
        case ENAMETOOLONG: ("文件名太长", "the file name is too long")
        case ELOOP: ("符号链接循环", "the symbolic links loop")
        case EMFILE, ENFILE: ("打开的文件太多", "too many open files")
        default: nil
        }
        if let known { return zh ? known.0 : known.1 }
        let text = String(cString: strerror(code))
        return zh ? "\(text)（错误 \(code)，\(call)）" : "\(text) (error \(code), \(call))"
    }
}

extension FileProblem {
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .system(let error): return error.words(language)
        case .notARegularFile(let kind):
            let what: (String, String) = switch kind {
            case .directory: ("一个文件夹", "a folder")
            case .fifo: ("一个管道（FIFO）", "a FIFO")
            case .socket: ("一个套接字", "a socket")
            case .device: ("一个设备", "a device")
            case .other: ("不是普通文件", "not a regular file")
            }
            return zh ? "那是\(what.0)，只能读取普通文件" : "it is \(what.1); only regular files are read"
        case .tooLarge(let bytes, let limit):
            return zh ? "文件太大（\(bytes) 字节，上限 \(limit) 字节）" : "the file is too large (\(bytes) bytes; the limit is \(limit))"
        case .backupGone: return zh ? "备份已不存在" : "the backup is gone"
        }
    }
}

extension LedgerLocation.Problem {
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .emptyPath:
            return zh ? "--ledger 后面是空的：请给出台账文件的路径" : "--ledger is empty: give the path of a ledger file"
        case .noHome:
            return zh
                ? "没有指定台账：既没有 --ledger 或 TAIZHANG_LEDGER，也没有 HOME 或 XDG_DATA_HOME 可放默认台账"
                : "no ledger named: give --ledger PATH or set TAIZHANG_LEDGER (there is no HOME or XDG_DATA_HOME for the default one)"
        }
    }
}
