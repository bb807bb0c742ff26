/// An HTML data table as templates place it: caption, column headers, rows with a row header.
public struct TableView: Sendable {
    public struct Cell: Sendable {
        public var text: String
        /// Flag letter shown as a mark (`E`), with its meaning for the `title`/footnote.
        public var flag: String?
        public var flagText: String?
        public var notes: [NoteRef] = []
        public var numeric: Bool = true
    }

    public struct NoteRef: Sendable {
        public var number: Int
        public var href: String
    }

    public struct Row: Sendable {
        public var header: String
        public var headerHref: String?
        /// `home` or `comparator` for highlighted rows.
        public var role: String?
        public var cells: [Cell]
    }

    public var caption: String
    public var corner: String
    public var headers: [String]
    public var rows: [Row]
}

/// A numbered footnote below a table.
public struct FootnoteView: Sendable {
    public var number: Int
    public var id: String
    public var text: String
    public var lang: String?
}

/// A flag letter and what it means, explained under a table that uses it.
public struct FlagView: Sendable {
    public var code: String
    public var text: String
}
