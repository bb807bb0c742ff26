/// Converts cmark's byte columns into character columns. cmark counts bytes of UTF-8, so a Chinese
/// character moves its column by three; authors and editors count one.
struct SourceColumns {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; index 0 is line 1.
    private let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        // cmark skips a byte order mark, so its columns on line 1 start after it.
        var starts = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        var offset = 0
        while offset < bytes.count {
            // Line ends as cmark reads them: LF, CR LF, or a lone CR.
            switch bytes[offset] {
            case UInt8(ascii: "\n"):
                starts.append(offset + 1)
            case UInt8(ascii: "\r"):
                if offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "\n") { offset += 1 }
                starts.append(offset + 1)
            default:
                break
            }
            offset += 1
        }
        lineStarts = starts
    }

    func position(line: Int, byteColumn: Int) -> MarkdownPosition {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else {
            return MarkdownPosition(line: line, column: byteColumn)
        }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, bytes.count)
        let prefix = String(decoding: bytes[start..<end], as: UTF8.self)
        return MarkdownPosition(line: line, column: prefix.count + 1)
    }

    func position(of node: CmarkNode) -> MarkdownPosition {
        position(line: node.startLine, byteColumn: node.startByteColumn)
    }
}
