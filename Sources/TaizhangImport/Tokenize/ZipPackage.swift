import Foundation
import ZIPFoundation

/// The parts of an Office file (.xlsx, .docx), which is a zip archive of XML. Sizes are
/// checked before anything is inflated, so a damaged or hostile file fails with a message
/// instead of filling memory.
struct ZipPackage {
    private let archive: Archive
    private let limit: Int

    init(_ bytes: [UInt8], limits: ImportLimits) throws(ImportError) {
        limit = limits.partBytes
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw .damagedArchive(reason: "it does not start as a zip archive") }
        // Read from a file, not from memory: ZIPFoundation's in-memory archive traps when a
        // damaged entry points past the end of the data, while a file read there just ends.
        // The file is unlinked as soon as it is open, so nothing is left behind.
        let path = NSTemporaryDirectory() + "taizhang-import-" + UUID().uuidString + ".zip"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw .damagedArchive(reason: "cannot stage it in \(NSTemporaryDirectory())")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .damagedArchive(reason: "\(error)")
        }
    }

    /// The bytes of the part at `path`, or nil when the archive has none.
    func part(_ path: String) throws(ImportError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { throw .damagedArchive(reason: "\(path) is not a file") }
        guard entry.uncompressedSize <= UInt64(limit) else {
            throw .partTooLarge(part: path, bytes: Int(clamping: entry.uncompressedSize), limit: limit)
        }
        var data = Data()
        let limit = self.limit
        do {
            _ = try archive.extract(entry) { chunk in
                guard data.count + chunk.count <= limit else { throw ImportError.partTooLarge(part: path, bytes: data.count + chunk.count, limit: limit) }
                data.append(chunk)
            }
        } catch let error as ImportError {
            throw error
        } catch {
            throw .damagedArchive(reason: "\(path) cannot be read: \(error)")
        }
        return data
    }
}
