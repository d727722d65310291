import TaizhangModel

/// Writes a set of files so that none appears half-written (reports, which may be several
/// CSV files at once): each goes to a hidden temporary file beside its target through the
/// same careful writes as the ledger, is flushed, and only when all are written are they
/// renamed into place. On any failure the temporary files are removed.
public enum AtomicFiles {
    /// Which file could not be written, and why.
    public struct Failure: Error, Sendable {
        public var path: String
        public var error: SystemError
    }

    public static func write(
        _ files: [(path: String, bytes: [UInt8])], mode: UInt32 = 0o644, fileSystem fs: any FileSystem = SystemFileSystem()
    ) throws(Failure) {
        var temporaries: [String] = []
        func cleanUp() {
            for path in temporaries { _ = try? fs.unlink(path) }
        }
        for file in files {
            let temporary = FileIO.directory(of: file.path) + "/" + FileIO.temporaryName(for: FileIO.baseName(of: file.path), pid: fs.processID)
            do throws(SystemError) {
                let fd = try FileIO.retrying { () throws(SystemError) in try fs.createExclusive(temporary, mode: mode) }
                temporaries.append(temporary)
                try FileIO.fill(fd, with: file.bytes, durable: true, fs)
            } catch {
                cleanUp()
                throw Failure(path: file.path, error: error)
            }
        }
        for (temporary, file) in zip(temporaries, files) {
            do {
                try FileIO.retrying { () throws(SystemError) in try fs.rename(temporary, to: file.path) }
            } catch {
                cleanUp()
                throw Failure(path: file.path, error: error)
            }
        }
    }
}
