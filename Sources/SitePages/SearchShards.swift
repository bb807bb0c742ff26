import Foundation
import SiteModel

/// How one language's index is split into files, so that a query downloads only what its terms need.
///
/// Terms go to `search/t<n>.json` by the hash of their shard key (`SearchTokens.shardKey`): a query fetches one
/// file per distinct key. Entries (title, link, excerpt) go to `search/e<n>.json` in runs of `chunkSize`, and the
/// script fetches only the runs of the results it shows. Both counts come from the model without reading any
/// Markdown, so the plan knows every file before rendering; the shard count grows with the text indexed, so a
/// shard stays about the same size from a small site to a national one.
struct SearchLayout: Sendable, Equatable {
    /// Entries per entry file: small, so the results shown (30 at most) fetch little beyond themselves; a
    /// document's paragraphs are neighbours, so its matching passages mostly share a file.
    static let chunkSize = 16
    /// Characters of indexed text per term shard, aimed at shards of one to three kilobytes (measured on the
    /// example site and the benchmark's generated content).
    static let charactersPerShard = 500
    static let shardRange = 8...4096

    var shardCount: Int
    var entryCount: Int
    var chunkCount: Int { max(1, (entryCount + Self.chunkSize - 1) / Self.chunkSize) }

    /// The smallest power of two that holds `characters` at `charactersPerShard`, within `shardRange`.
    static func shardCount(characters: Int) -> Int {
        var count = shardRange.lowerBound
        while count < shardRange.upperBound, count * charactersPerShard < characters { count *= 2 }
        return count
    }

    static func shardFile(_ shard: Int) -> String { "t\(shard).json" }
    static func chunkFile(_ chunk: Int) -> String { "e\(chunk).json" }
}

extension LanguageContext {
    /// The files of `language`'s index, counted from names and Markdown lengths.
    func searchLayout() -> SearchLayout {
        let subjects = searchSubjects()
        var characters = 0
        for subject in subjects {
            switch subject {
            case .indicator(let indicator):
                characters += text(indicator.name).utf16.count
                characters += indicator.longText[language]?.markdown.utf16.count ?? 0
            case .region(let region):
                characters += languages.reduce(0) { $0 + context.text(region.name, $1).utf16.count } + 8
            case .document(_, let version):
                characters += version.title.utf16.count + version.body.markdown.utf16.count
            case .page(_, let version):
                characters += version.title.utf16.count + version.body.markdown.utf16.count
            case .paragraph:
                break
            }
        }
        return SearchLayout(shardCount: SearchLayout.shardCount(characters: characters), entryCount: subjects.count)
    }
}

extension SearchIndex {
    /// Term shard `shard`: `{"<term>":[…],…}`, terms sorted, each posting list delta-coded as
    /// `(entry − previous entry) × 2 + 1 if in the title`, so that lists of neighbouring entries stay short.
    func shardJSON(_ shard: Int, of layout: SearchLayout) -> [UInt8] {
        shardJSON(terms: termsByShard(layout.shardCount)[shard])
    }

    /// The terms of each shard, each shard's sorted by their UTF-8 bytes: one pass over the terms for all shards.
    func termsByShard(_ shardCount: Int) -> [[SearchTokens.Term]] {
        var shards = Array(repeating: [SearchTokens.Term](), count: shardCount)
        for term in postings.keys { shards[SearchTokens.shard(of: term, shardCount: shardCount)].append(term) }
        return shards.map { $0.sorted { $0.text.utf8.lexicographicallyPrecedes($1.text.utf8) } }
    }

    /// A shard's file from its terms (`termsByShard`).
    func shardJSON(terms: [SearchTokens.Term]) -> [UInt8] {
        var bytes: [UInt8] = Array("{".utf8)
        for (position, term) in terms.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += JSONString.quoted(term.text).utf8
            bytes += Array(":[".utf8)
            var previous = 0
            for (index, posting) in (postings[term] ?? []).enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes += String((posting.entry - previous) * 2 + (posting.inTitle ? 1 : 0)).utf8
                previous = posting.entry
            }
            bytes.append(UInt8(ascii: "]"))
        }
        bytes += Array("}\n".utf8)
        return bytes
    }

    /// Entry file `chunk`: `[[kind, "title", "href", "excerpt", "title language or empty"],…]`.
    func chunkJSON(_ chunk: Int) -> [UInt8] {
        let start = chunk * SearchLayout.chunkSize
        let run = entries.indices.contains(start) ? entries[start..<min(entries.count, start + SearchLayout.chunkSize)] : []
        var bytes: [UInt8] = Array("[".utf8)
        for (position, entry) in run.enumerated() {
            if position > 0 { bytes += Array(",\n".utf8) }
            bytes += Array("[\(entry.kind.rawValue),".utf8)
            let fields = [entry.title, entry.href, entry.excerpt, entry.titleLanguage ?? ""]
            bytes += fields.map(JSONString.quoted).joined(separator: ",").utf8
            bytes.append(UInt8(ascii: "]"))
        }
        bytes += Array("]\n".utf8)
        return bytes
    }
}

/// A language's index with its terms split into shards, as its files are written.
struct ShardedSearchIndex: Sendable {
    let index: SearchIndex
    let shardTerms: [[SearchTokens.Term]]
}

/// Each language's index, built once per build by whichever of its files renders first; the others wait for it.
final class SearchIndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var indexes: [LanguageCode: ShardedSearchIndex] = [:]

    func index(_ language: LanguageCode, build: () -> ShardedSearchIndex) -> ShardedSearchIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index = indexes[language] { return index }
        let index = build()
        indexes[language] = index
        return index
    }
}
