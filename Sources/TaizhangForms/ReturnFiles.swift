import Foundation

/// The returned forms a list of paths names: files as given, and in each folder its
/// spreadsheets and CSV files, sorted, without the lock files an open document leaves
/// (`~$…`, `.~lock…`). `collect` and the dashboard's collect read the same files.
public enum ReturnFiles {
    static let extensions: Set<String> = ["xlsx", "xlsm", "xls", "et", "ods", "csv"]

    /// A path that does not exist is an error before anything is read.
    public static func expand(_ paths: [String]) throws(FormsError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .noSuchPath(path) }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let folder = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("~$") && !name.hasPrefix(".~lock") {
                let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
                if extensions.contains(ext) { files.append(folder + "/" + name) }
            }
        }
        return files
    }
}
