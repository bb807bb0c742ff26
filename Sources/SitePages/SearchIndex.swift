import SiteModel

/// One language's search index: the entries, and for every term the entries it finds.
///
/// A posting says whether the term is in the entry's title, which is what ranking needs: the script puts
/// entries whose title holds every term of the query first, then keeps entry order (objects before passages).
struct SearchIndex: Sendable {
    struct Posting: Sendable, Equatable {
        var entry: Int
        var inTitle: Bool
    }

    let entries: [SearchEntry]
    /// Postings of each term, in entry order.
    let postings: [SearchTokens.Term: [Posting]]

    init(entries: [SearchEntry]) {
        self.entries = entries
        var postings: [SearchTokens.Term: [Posting]] = [:]
        for (number, entry) in entries.enumerated() {
            let title = SearchTokens.indexTerms(entry.title)
            var all = title
            for text in entry.body { all.formUnion(SearchTokens.indexTerms(text)) }
            for term in all {
                postings[term, default: []].append(Posting(entry: number, inTitle: title.contains(term)))
            }
        }
        self.postings = postings
    }

    /// The entries a query finds, best first, as the script ranks them: every term must match (a word term by
    /// prefix); entries whose title holds every term come first, then entry order. The reference the script's
    /// ranking is tested against.
    func search(_ query: String) -> [Int] {
        let terms = SearchTokens.queryTerms(query)
        guard !terms.isEmpty else { return [] }
        var found: [Int: Bool]?
        for term in terms {
            let candidates =
                term.kind == .word ? postings.keys.filter { $0.kind == .word && $0.text.hasPrefix(term.text) } : [term]
            var matches: [Int: Bool] = [:]
            for candidate in candidates {
                for posting in postings[candidate] ?? [] {
                    matches[posting.entry] = (matches[posting.entry] ?? false) || posting.inTitle
                }
            }
            guard let previous = found else {
                found = matches
                continue
            }
            var both: [Int: Bool] = [:]
            for (entry, inTitle) in previous {
                if let other = matches[entry] { both[entry] = inTitle && other }
            }
            found = both
        }
        return (found ?? [:]).sorted { ($0.value ? 0 : 1, $0.key) < ($1.value ? 0 : 1, $1.key) }.map(\.key)
    }
}
