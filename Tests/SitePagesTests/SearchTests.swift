import Foundation
import Testing
import TestSupport

@testable import SitePages

/// Search: how text becomes terms (bigrams, folding), how terms are sharded, how results are ranked, and the
/// index files and search page of a built site.
@Suite struct SearchTokenTests {
    @Test func chineseRunsBecomeBigramsAndCharacters() {
        let terms = SearchTokens.indexTerms("孕产妇死亡率")
        let bigrams = terms.filter { $0.kind == .bigram }.map(\.text).sorted()
        #expect(bigrams == ["产妇", "亡率", "妇死", "孕产", "死亡"].sorted())
        #expect(terms.filter { $0.kind == .unigram }.count == 6)
    }

    @Test func aQueryLooksUpItsBigramsOrItsOneCharacter() {
        #expect(SearchTokens.queryTerms("死亡率").map(\.text) == ["死亡", "亡率"])
        #expect(SearchTokens.queryTerms("率").map(\.kind) == [.unigram])
        #expect(SearchTokens.queryTerms("定西 Dingxi").map(\.text) == ["定西", "dingxi"])
        #expect(SearchTokens.queryTerms("死亡死亡").map(\.text) == ["死亡", "亡死"], "each term once")
    }

    @Test func latinIsFoldedForCaseDiacriticsAndWidth() {
        #expect(SearchTokens.fold("Ürümqi") == "urumqi")
        #expect(SearchTokens.fold("ＭＯＲＴＡＬＩＴＹ") == "mortality")
        #expect(SearchTokens.queryTerms("Crèche-Enrolment").map(\.text) == ["creche", "enrolment"])
        #expect(SearchTokens.indexTerms("Maternal mortality, 2020").map(\.text).sorted() == ["2020", "maternal", "mortality"])
    }

    @Test func mixedScriptsSplitWhereTheScriptChanges() {
        let terms = SearchTokens.queryTerms("2020年全省")
        #expect(terms.map(\.text) == ["2020", "年全", "全省"])
        #expect(SearchTokens.queryTerms("a").isEmpty, "one Latin letter narrows nothing down")
    }

    @Test func aWordLiesInTheShardOfItsFirstTwoLetters() {
        let word = SearchTokens.Term(text: "mortality", kind: .word)
        let prefix = SearchTokens.Term(text: "mo", kind: .word)
        #expect(SearchTokens.shardKey(word) == "mo")
        #expect(SearchTokens.shard(of: word, shardCount: 64) == SearchTokens.shard(of: prefix, shardCount: 64))
    }

    /// The script computes the same hash from UTF-16 code units; these values are checked there too
    /// (Tests/Browser/test_search.py).
    @Test func shardHashIsFNV1aOverUTF16() {
        #expect(SearchTokens.hash("") == 0x811C_9DC5)
        #expect(SearchTokens.hash("a") == 0xE40C_292C)
        #expect(SearchTokens.hash("死亡") == SearchTokens.hash("死亡"))
    }

    @Test func shardCountGrowsWithTheTextInPowersOfTwo() {
        #expect(SearchLayout.shardCount(characters: 0) == 8)
        #expect(SearchLayout.shardCount(characters: 8 * SearchLayout.charactersPerShard + 1) == 16)
        #expect(SearchLayout.shardCount(characters: Int.max / 4) == 4096)
    }
}

@Suite struct SearchIndexTests {
    static func entry(_ kind: SearchEntry.Kind, _ title: String, _ body: [String] = []) -> SearchEntry {
        SearchEntry(kind: kind, title: title, href: "x.html", excerpt: "", body: body)
    }

    @Test func aTitleMatchRanksBeforeABodyMatchThenEntryOrder() {
        let index = SearchIndex(entries: [
            Self.entry(.indicator, "住院分娩率", ["孕产妇死亡率下降"]),
            Self.entry(.indicator, "婴儿死亡率"),
            Self.entry(.indicator, "孕产妇死亡率"),
            Self.entry(.paragraph, "报告", ["全省孕产妇死亡率为15.07/10万"]),
        ])
        #expect(index.search("死亡率") == [1, 2, 0, 3])
        #expect(index.search("孕产妇死亡") == [2, 0, 3])
        #expect(index.search("死") == [1, 2, 0, 3], "one character by its unigram")
        #expect(index.search("出生") == [])
    }

    @Test func latinWordsMatchByPrefixAndEveryTermMustMatch() {
        let index = SearchIndex(entries: [
            Self.entry(.indicator, "Maternal mortality ratio"),
            Self.entry(.indicator, "Infant mortality rate"),
            Self.entry(.region, "Dingxi City", ["621100"]),
        ])
        #expect(index.search("MORT") == [0, 1])
        #expect(index.search("mortality infant") == [1])
        #expect(index.search("6211") == [2])
        #expect(index.search("dingxi mortality") == [])
    }

    /// Every posting of every term lands in exactly the shard its key hashes to, and decodes back.
    @Test func shardFilesHoldEachTermOnceAndDecodeToThePostings() throws {
        let index = SearchIndex(entries: [
            Self.entry(.indicator, "孕产妇死亡率", ["maternal"]), Self.entry(.region, "定西市"),
            Self.entry(.paragraph, "定西市报告", ["孕产妇死亡率下降"]),
        ])
        let layout = SearchLayout(shardCount: 8, entryCount: 3)
        var seen: [String: [Int]] = [:]
        for shard in 0..<layout.shardCount {
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(index.shardJSON(shard, of: layout))) as? [String: [Int]])
            for (term, values) in json {
                #expect(seen[term] == nil, "\(term) in two shards")
                var entry = 0
                seen[term] = values.map { value in
                    entry += value >> 1
                    return entry * 2 + (value & 1)
                }
            }
        }
        for (term, postings) in index.postings {
            #expect(seen[term.text] == postings.map { $0.entry * 2 + ($0.inTitle ? 1 : 0) }, "\(term.text)")
        }
        #expect(seen.count == index.postings.count)
    }

    @Test func entryFilesCarryKindTitleLinkAndExcerptInOrder() throws {
        let entries = (0..<20).map { Self.entry(.paragraph, "文件\($0)", ["正文"]) }
        let index = SearchIndex(entries: entries)
        let second = try #require(
            try JSONSerialization.jsonObject(with: Data(index.chunkJSON(1))) as? [[Any]])
        #expect(second.count == 20 - SearchLayout.chunkSize)
        #expect(second.first?[1] as? String == "文件\(SearchLayout.chunkSize)")
        #expect(second.first?[0] as? Int == SearchEntry.Kind.paragraph.rawValue)
    }
}
