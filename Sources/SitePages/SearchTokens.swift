import Foundation

/// How search text becomes index terms, written so that `assets/static/search.js` can do exactly the same to a
/// query: fold, split into runs of one script, and cut each run into terms.
///
/// Chinese and Japanese have no spaces between words, and no dictionary is shipped, so every Han or kana run is
/// indexed as its character bigrams (`孕产妇死亡率` → 孕产 产妇 妇死 死亡 亡率) and its single characters; a query of two
/// or more characters then looks up its own bigrams, so any part of a word finds it. Other scripts are split at
/// anything that is not a letter or digit into words, which a query matches by prefix. Folding (lower case,
/// compatibility decomposition, marks dropped) makes `Ürümqi`, `URUMQI` and full-width `ＵＲＵＭＱＩ` the same.
enum SearchTokens {
    /// A term of the index and where it is looked up.
    struct Term: Hashable, Comparable, Sendable {
        enum Kind: Sendable { case bigram, unigram, word }
        var text: String
        var kind: Kind

        static func < (left: Term, right: Term) -> Bool { left.text < right.text }
    }

    /// Latin, Cyrillic, … words shorter than this are not indexed: one letter narrows nothing down.
    static let shortestWord = 2

    /// Lower case, then compatibility decomposition, then without combining marks (Unicode M*), as the script's
    /// `toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')`.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Han ideographs and kana: written without spaces, indexed by bigrams.
    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// Letters and digits of every other script (Unicode L* and N*), as the script's `[\p{L}\p{N}]`.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            true
        default: false
        }
    }

    /// A folded text's runs: each a maximal stretch of ideographs or of word characters, in text order.
    static func runs(_ folded: String) -> [(text: [Unicode.Scalar], ideographic: Bool)] {
        var runs: [(text: [Unicode.Scalar], ideographic: Bool)] = []
        var current: [Unicode.Scalar] = []
        var currentIdeographic = false
        for scalar in folded.unicodeScalars {
            let ideographic = isIdeographic(scalar)
            guard ideographic || isWordCharacter(scalar) else {
                if !current.isEmpty { runs.append((current, currentIdeographic)) }
                current = []
                continue
            }
            if !current.isEmpty, ideographic != currentIdeographic {
                runs.append((current, currentIdeographic))
                current = []
            }
            current.append(scalar)
            currentIdeographic = ideographic
        }
        if !current.isEmpty { runs.append((current, currentIdeographic)) }
        return runs
    }

    /// Every term a text is found by: bigrams and characters of ideographic runs, whole words of the others.
    static func indexTerms(_ text: String) -> Set<Term> {
        var terms: Set<Term> = []
        for run in runs(fold(text)) {
            if run.ideographic {
                for (index, scalar) in run.text.enumerated() {
                    terms.insert(Term(text: String(scalar), kind: .unigram))
                    if index + 1 < run.text.count {
                        terms.insert(Term(text: string([scalar, run.text[index + 1]]), kind: .bigram))
                    }
                }
            } else if run.text.count >= shortestWord {
                terms.insert(Term(text: string(run.text), kind: .word))
            }
        }
        return terms
    }

    /// What a query looks up: bigrams of its ideographic runs (the character itself for a run of one) and its
    /// words, each a prefix. The same rules as `indexTerms`, so both ends agree; the script repeats them.
    static func queryTerms(_ query: String) -> [Term] {
        var terms: [Term] = []
        for run in runs(fold(query)) {
            if run.ideographic {
                if run.text.count == 1 {
                    terms.append(Term(text: String(run.text[0]), kind: .unigram))
                } else {
                    for index in 0..<(run.text.count - 1) {
                        terms.append(Term(text: string([run.text[index], run.text[index + 1]]), kind: .bigram))
                    }
                }
            } else if run.text.count >= shortestWord {
                terms.append(Term(text: string(run.text), kind: .word))
            }
        }
        var seen: Set<Term> = []
        return terms.filter { seen.insert($0).inserted }
    }

    /// The part of a term that decides its shard: the whole of an ideographic term, the first two characters
    /// of a word, so that every word a prefix query can match lies in the one shard of its first two characters.
    static func shardKey(_ term: Term) -> String {
        switch term.kind {
        case .bigram, .unigram: term.text
        case .word: string(Array(term.text.unicodeScalars.prefix(shortestWord)))
        }
    }

    /// 32-bit FNV-1a over the key's UTF-16 code units, which the script computes from `charCodeAt`.
    static func hash(_ key: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for unit in key.utf16 {
            hash ^= UInt32(unit)
            hash = hash &* 0x0100_0193
        }
        return hash
    }

    static func shard(of term: Term, shardCount: Int) -> Int {
        Int(hash(shardKey(term)) % UInt32(max(1, shardCount)))
    }

    private static func string(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
