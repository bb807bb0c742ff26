/// A place in the Markdown source, as an editor shows it: lines and columns count from 1, and the column
/// counts characters rather than bytes so that positions in Chinese text match what the author sees.
public struct MarkdownPosition: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
