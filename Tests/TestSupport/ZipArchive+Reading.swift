import Foundation
import Spreadsheet
import ZIPFoundation

extension ZipArchive {
    /// Every file of a zip by path, in the archive's order: how tests open the workbooks and archives the
    /// build writes, with a library other than the writer. Here, not in Spreadsheet, so that ZIPFoundation is
    /// linked into the tests only and never into `almanac`, which writes zips but never reads one.
    public static func entries(of bytes: [UInt8]) throws -> [(path: String, bytes: [UInt8])] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            return (entry.path, Array(data))
        }
    }
}
