import TaizhangModel
import Foundation
import ZIPFoundation

/// The parts of an Office file (.xlsx, .docx), which is a zip archive of XML. Sizes are
/// checked before anything is inflated, so a damaged or hostile file fails with a message
/// instead of filling memory.
struct ZipPackage {
    private let archive: Archive
    static let maximumPartSize: UInt64 = 64 << 20

    init(_ bytes: [UInt8]) throws(ImportError) {
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw .unreadable("not a zip archive (an Office file is one)") }
        // Read from a file, not from memory: ZIPFoundation's in-memory archive traps when a
        // damaged entry points past the end of the data, while a file read there just ends.
        // The file is unlinked as soon as it is open, so nothing is left behind.
        let path = NSTemporaryDirectory() + "taizhang-import-" + UUID().uuidString + ".zip"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw .unreadable("cannot stage the archive in \(NSTemporaryDirectory())")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .unreadable("the zip archive is damaged: \(error)")
        }
    }

    /// The bytes of the part at `path`, or nil when the archive has none.
    func part(_ path: String) throws(ImportError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file, entry.uncompressedSize <= Self.maximumPartSize else {
            throw .unreadable("\(path) in the archive is too large or not a file")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                guard UInt64(data.count + chunk.count) <= Self.maximumPartSize else { throw ImportError.unreadable("\(path) inflates beyond its size") }
                data.append(chunk)
            }
        } catch {
            throw .unreadable("\(path) in the archive cannot be read: \(error)")
        }
        return data
    }
}
