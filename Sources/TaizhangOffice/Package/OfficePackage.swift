import Foundation
import ZIPFoundation

/// Why an Office file could not be built: the zip library's own words.
public enum OfficeError: Error, Equatable, Sendable {
    case archive(String)
}

/// An Office Open XML package (.xlsx, .docx): XML parts zipped with ZIPFoundation, in memory,
/// so the caller writes the file in one atomic step. Every entry carries the same date (the
/// document's day at noon UTC), so the same document always gives the same bytes.
enum OfficePackage {
    static func zip(_ parts: [(path: String, xml: String)], day: (year: Int, month: Int, day: Int)) throws(OfficeError) -> [UInt8] {
        let date = DateComponents(
            calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
            year: day.year, month: day.month, day: day.day, hour: 12
        ).date ?? Date(timeIntervalSince1970: 0)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.xml.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw OfficeError.archive("the archive was not built") }
            return [UInt8](data)
        } catch let error as OfficeError {
            throw error
        } catch {
            throw .archive("\(error)")
        }
    }

    static let xmlHeader = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let relationshipsNS = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let officeRelNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// `_rels/.rels`: the main part and the document properties.
    static func rootRelationships(main: String) -> String {
        xmlHeader + #"<Relationships xmlns="\#(relationshipsNS)">"#
            + #"<Relationship Id="rId1" Type="\#(officeRelNS)/officeDocument" Target="\#(main)"/>"#
            + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
            + "</Relationships>"
    }

    /// `docProps/core.xml`: the title, who made it (taizhang) and when. Office programs
    /// rewrite `modified` when they save, which tells when a returned form was last saved.
    static func coreProperties(title: String, created: String) -> String {
        xmlHeader
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:creator>taizhang</dc:creator>"
            + #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(created)</dcterms:created>"#
            + #"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(created)</dcterms:modified>"#
            + "</cp:coreProperties>"
    }

    static let corePropertiesType = #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
}
