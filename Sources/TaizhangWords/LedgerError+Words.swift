import TaizhangModel

extension Ledger.ReplayFailure {
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        return switch self {
        case .unknownKind: zh ? "这一版 taizhang 不认识这种更改，请用写下它的新版打开" : "this taizhang does not know that kind of change; open it with the newer taizhang that wrote it"
        case .nothingToTakeBack: zh ? "它要撤销或恢复的更改不在历史里" : "the change it undoes or redoes is not in the history"
        case .change(let error): error.words(language)
        }
    }
}

extension LedgerError {
    /// Why the ledger could not be read or saved, naming the file and the spot, and saying
    /// that nothing was written over.
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        let untouched = zh ? "；文件未作任何改动" : "; it was left as it is"
        switch self {
        case .missing(let path):
            return zh ? "\(path) 处没有台账文件" : "there is no ledger at \(path)"
        case .unreadable(let path, let reason):
            return (zh ? "无法读取台账 \(path)：" : "cannot read ledger \(path): ") + reason.words(language)
        case .empty(let path):
            return (zh ? "台账 \(path) 是空的（0 字节）" : "ledger \(path) is empty (0 bytes)") + untouched
        case .notUTF8(let path):
            return (zh ? "台账 \(path) 不是 UTF-8 文本" : "ledger \(path) is not UTF-8 text") + untouched
        case .syntax(let path, let line, let column, let problem):
            return (zh ? "台账 \(path) 不是有效的 JSON：第 \(line) 行第 \(column) 列，" : "ledger \(path) is not valid JSON: line \(line), column \(column): ")
                + problem.words(language) + untouched
        case .notALedger(let path, let reason):
            let why: String = switch reason {
            case .onlyNULBytes(let count): zh ? "文件只有 \(count) 个 NUL 字节，像是崩溃后留下的" : "the file holds only NUL bytes (\(count) of them), as after a crash"
            case .topLevelNotObject: zh ? "最外层不是 JSON 对象" : "the top level is not a JSON object"
            case .noFormat: zh ? "没有 \"format\" 字段" : "it has no \"format\" field"
            case .otherFormat(let format): zh ? "它的格式是 \(format)，不是 \"\(Ledger.format)\"" : "its format is \(format), not \"\(Ledger.format)\""
            }
            return (zh ? "\(path) 不是 taizhang 台账：" : "\(path) is not a taizhang ledger: ") + why + untouched
        case .newerSchema(let path, let found):
            return zh
                ? "台账 \(path) 是第 \(found) 版格式，比本程序支持的（第 \(Ledger.schema) 版）新；请升级 taizhang"
                : "ledger \(path) has schema \(found), newer than this taizhang understands (\(Ledger.schema)); update taizhang"
        case .invalid(let path, let field, let problem):
            return (zh ? "台账 \(path) 在 \(field) 处不一致：" : "ledger \(path) is inconsistent at \(field): ") + problem.words(language) + untouched
        case .writeFailed(let path, let reason):
            return (zh ? "无法保存台账 \(path)：" : "could not save ledger \(path): ") + reason.words(language)
                + (zh ? "；磁盘上的文件没有改动" : "; the file on disk is unchanged")
        case .exists(let path):
            return zh ? "\(path) 已存在，不会覆盖它" : "\(path) already exists; refusing to overwrite it"
        case .journal(let path, let file, let problem):
            let why: String = switch problem {
            case .missing: zh ? "它旁边没有这个文件（复制台账时要连同它一起复制）" : "there is no such file beside it (copy it along with the ledger)"
            case .unreadable(let reason): reason.words(language)
            case .tooShort(let expected, let found): zh ? "应有 \(expected) 字节，只有 \(found) 字节" : "it should hold \(expected) bytes but holds \(found)"
            case .entryCount(let expected, let found): zh ? "应有 \(expected) 条记录，实有 \(found) 条" : "it should hold \(expected) entries but holds \(found)"
            case .badLine(let line, let detail): zh ? "第 \(line) 行不是历史记录（\(detail)）" : "line \(line) is not a history entry (\(detail))"
            case .notRead: zh ? "读取时没有读它" : "it was not read"
            case .cannotRemake(let line, let failure):
                (zh ? "第 \(line) 行的更改无法在台账上重做：" : "the change on line \(line) cannot be made again on the ledger: ")
                    + failure.words(language)
            }
            return (zh ? "台账 \(path) 的历史日志 \(file) 有问题：" : "the history journal \(file) of ledger \(path) is wrong: ") + why + untouched
        }
    }
}

extension LedgerError.FieldProblem {
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        func list(_ names: [String]) -> String { names.joined(separator: zh ? "、" : ", ") }
        switch self {
        case .missing: return zh ? "缺少该字段" : "missing"
        case .expected(let kind):
            let name: (String, String) = switch kind {
            case .object: ("对象", "an object")
            case .array: ("数组", "an array")
            case .string: ("字符串", "a string")
            case .wholeNumber: ("整数", "a whole number")
            case .trueOrFalse: ("true 或 false", "true or false")
            }
            return zh ? "应为\(name.0)" : "expected \(name.1)"
        case .outOfRange(let number, let allowed):
            return zh ? "\(number) 超出范围（\(allowed.lowerBound)–\(allowed.upperBound)）" : "\(number) is out of range (\(allowed.lowerBound)–\(allowed.upperBound))"
        case .unknownSchema(let schema): return zh ? "未知的格式版本 \(schema)" : "unknown schema \(schema)"
        case .duplicateArea(let number): return zh ? "工作领域 \(number) 出现了两次" : "area \(number) appears twice"
        case .duplicateTask(let number): return zh ? "任务 \(number) 出现了两次" : "task \(number) appears twice"
        case .noSuchArea(let task, let area):
            return zh ? "任务 \(task) 属于工作领域 \(area)，但方案中没有它" : "task \(task) is in area \(area), which the plan does not have"
        case .noSuchSection(let task, let area, let section):
            return zh ? "任务 \(task) 属于工作领域 \(area) 的第 \(section) 节，但它不存在" : "task \(task) is in section \(section) of area \(area), which does not exist"
        case .unknownStatus(let status, let known):
            return zh ? "未知的状态 \"\(status)\"（应为 \(list(known))）" : "unknown status \"\(status)\" (expected \(list(known)))"
        case .unknownRole(let role, let known):
            return zh ? "未知的角色 \"\(role)\"（应为 \(list(known))）" : "unknown role \"\(role)\" (expected \(list(known)))"
        case .unknownDeadlineKind(let kind, let known):
            return zh ? "未知的时限类型 \"\(kind)\"（应为 \(list(known))）" : "unknown deadline kind \"\(kind)\" (expected \(list(known)))"
        case .notADate(let text): return zh ? "\"\(text)\" 不是 YYYY-MM-DD 格式的日期" : "\"\(text)\" is not a date as YYYY-MM-DD"
        case .phraseMissing: return zh ? "按原文保留的时限缺少原文" : "a deadline kept as written needs its words"
        case .inJournal: return zh ? "第 4 版台账的历史应在日志文件中，而不在台账里" : "a schema-4 ledger keeps its history in its journal, not in the file"
        }
    }
}

extension LedgerError.WriteProblem {
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .system(let error): return error.words(language)
        case .newerSchemaReadOnly(let schema):
            return zh ? "它由更新版本的 taizhang 写成（第 \(schema) 版格式），已以只读方式打开" : "it was written by a newer taizhang (schema \(schema)) and is open read-only"
        case .readOnlyFile(let mode):
            let octal = String(mode & 0o777, radix: 8)
            return zh ? "文件是只读的（权限 \(octal)）；如确需修改，请先 chmod u+w" : "the file is read-only (mode \(octal)); chmod u+w it if it should change"
        case .notReadFirst:
            return zh ? "磁盘上的台账没有先被本程序读取" : "the ledger on disk was not read by this program first"
        case .backupFailed(let error):
            return (zh ? "无法保留上一版本的备份：" : "could not keep a backup of the previous version: ") + error.words(language)
        case .lockFile(let path, let error):
            return (zh ? "无法锁定 \(path)：" : "cannot lock \(path): ") + error.words(language)
        case .lockTimeout(let seconds):
            return zh ? "另一个 taizhang 已经保存了 \(seconds) 秒；请稍后再试" : "another taizhang has been saving it for \(seconds) s; try again"
        case .noFolder(let folder):
            return zh ? "文件夹 \(folder) 不存在（路径是否写错？）" : "the folder \(folder) does not exist (is the path mistyped?)"
        }
    }
}

extension JSONSyntaxError.Problem {
    public func words(_ language: Language) -> String {
        let zh = language == .chinese
        func token(_ token: JSONSyntaxError.Token) -> String {
            switch token {
            case .character(let character): "'\(character)'"
            case .byte(let byte): (zh ? "字节 0x" : "byte 0x") + String(byte, radix: 16, uppercase: true)
            }
        }
        switch self {
        case .textAfterEnd: return zh ? "文档结束后还有内容" : "unexpected text after the end of the document"
        case .endExpectingValue: return zh ? "文件意外结束，此处应有一个值" : "unexpected end of file, expected a value"
        case .expectedValue(let found): return zh ? "此处应有一个值，却是 \(token(found))" : "expected a value, found \(token(found))"
        case .expectedLiteral(let word): return zh ? "此处应为 \(word)" : "expected \(word)"
        case .tooDeep(let limit): return zh ? "嵌套超过 \(limit) 层" : "nested deeper than \(limit) levels"
        case .expectedKey: return zh ? "此处应为带引号的键" : "expected a key in quotes"
        case .duplicateKey(let key): return zh ? "键 \"\(key)\" 重复" : "duplicate key \"\(key)\""
        case .expectedColon(let key): return zh ? "键 \"\(key)\" 后应为 ':'" : "expected ':' after key \"\(key)\""
        case .expectedCommaOrBrace: return zh ? "对象中此处应为 ',' 或 '}'" : "expected ',' or '}' in object"
        case .expectedCommaOrBracket: return zh ? "数组中此处应为 ',' 或 ']'" : "expected ',' or ']' in array"
        case .expectedDigit: return zh ? "此处应为数字" : "expected a digit"
        case .leadingZero: return zh ? "数字不能以 0 开头" : "numbers may not start with 0"
        case .expectedDigitAfterPoint: return zh ? "'.' 后应为数字" : "expected a digit after '.'"
        case .expectedDigitInExponent: return zh ? "指数中应为数字" : "expected a digit in the exponent"
        case .numberTooLarge(let text): return zh ? "数字 \(text) 太大" : "number \(text) is too large"
        case .numberOutOfRange(let text): return zh ? "数字 \(text) 超出范围" : "number \(text) is out of range"
        case .unterminatedString: return zh ? "字符串没有结束" : "unterminated string"
        case .controlCharacterInString(let found): return zh ? "字符串中有控制字符 \(token(found))（应转义）" : "control character \(token(found)) inside a string (escape it)"
        case .notUTF8: return zh ? "文本不是有效的 UTF-8" : "text is not valid UTF-8"
        case .unterminatedEscape: return zh ? "转义没有结束" : "unterminated escape"
        case .unpairedSurrogate(let value): return zh ? "不成对的代理项 \\u\(String(value, radix: 16))" : "unpaired surrogate \\u\(String(value, radix: 16))"
        case .unknownEscape(let found): return zh ? "未知的转义 \\\(token(found))" : "unknown escape \\\(token(found))"
        case .expectedHexDigits: return zh ? "\\u 后应为四位十六进制数" : "expected four hex digits after \\u"
        }
    }
}
