import Testing
import Plotting

/// Interface texts are filled in one pass, in text order, whatever the order of the values.
@Suite struct PlaceholderTests {
    @Test func aValueIsNeverFilledAgain() {
        let values = ["name": "Rate {period}", "period": "2024", "list": "{name}"]
        #expect(Placeholders.fill("{name} in {period}", values) == "Rate {period} in 2024")
        #expect(Placeholders.fill("{list}: {name}", values) == "{name}: Rate {period}")
    }

    @Test func theResultDoesNotDependOnTheOrderOfValues() {
        let pairs = [("a", "{b}"), ("b", "{c}"), ("c", "{a}"), ("d", "}{")]
        let template = "{a}{b}{c}{d}{a}"
        var results: Set<String> = []
        for rotation in 0..<pairs.count {
            let rotated = Array(pairs[rotation...] + pairs[..<rotation])
            var values: [String: String] = [:]
            for (key, value) in rotated { values[key] = value }
            results.insert(Placeholders.fill(template, values))
        }
        #expect(results == ["{b}{c}{a}}{{b}"])
    }

    @Test func unknownAndBrokenBracesStayAsWritten() {
        #expect(Placeholders.fill("{x} {y", ["y": "Y"]) == "{x} {y")
        #expect(Placeholders.fill("{{y}} {}", ["y": "Y", "": "E"]) == "{Y} E")
        #expect(Placeholders.fill("no braces", ["y": "Y"]) == "no braces")
        #expect(Placeholders.fill("{y}{y}", ["y": "Y"]) == "YY")
    }

    @Test func affixesSplitAroundTheFirstPlaceholder() {
        #expect(Placeholders.affixes(of: "{value}%", around: "value")! == ("", "%"))
        #expect(Placeholders.affixes(of: "¥{value} 万", around: "value")! == ("¥", " 万"))
        #expect(Placeholders.affixes(of: "per 100", around: "value") == nil)
    }
}
