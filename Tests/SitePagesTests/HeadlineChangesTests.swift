@testable import SitePages
import SiteModel
import Testing

/// A rebuild narrows an edited data file to the cells whose rows changed. The walk along rows in the same order
/// must find exactly the cells a comparison of every cell's rows finds, and give way when rows moved.
@Suite struct HeadlineChangesTests {
    private static func rows(_ values: [String?], lineOffset: Int = 0) -> [Observation] {
        let regions: [RegionCode] = ["620000", "620100", "620200", "620300"]
        return values.enumerated().map { index, value in
            Observation(
                region: regions[index % regions.count], period: Period("\(2015 + index / regions.count)")!,
                value: value.flatMap(DecimalValue.init), flag: value == nil ? .missing : nil,
                note: index == 5 ? Localized(["en": "revised"]) : Localized(), line: 2 + index + lineOffset)
        }
    }

    /// The cells whose lists of rows (line numbers aside) differ: the comparison the walk stands in for.
    private static func cellsDifferingAsLists(_ old: [Observation], _ new: [Observation]) -> Set<HeadlineChanges.Cell> {
        func lists(_ rows: [Observation]) -> [HeadlineChanges.Cell: [Observation]] {
            var lists: [HeadlineChanges.Cell: [Observation]] = [:]
            for var row in rows {
                row.line = 0
                lists[HeadlineChanges.Cell(region: row.region, period: row.period), default: []].append(row)
            }
            return lists
        }
        let (before, after) = (lists(old), lists(new))
        return Set(Set(before.keys).union(after.keys).filter { before[$0] != after[$0] })
    }

    @Test func valuesEditedInPlaceAreTheCellsWhoseRowsDiffer() throws {
        let old = Self.rows((0..<24).map { "\($0).5" })
        var edited = (0..<24).map { Optional("\($0).5") }
        edited[3] = "99.0"
        edited[17] = nil
        edited[22] = "22.7"
        // Line numbers shift when a comment line is added above: no cell changes for that alone.
        let new = Self.rows(edited, lineOffset: 1)
        let walked = try #require(HeadlineChanges.cellsChangedInPlace(old, new))
        #expect(walked.map(\.position) == [3, 17, 22])
        #expect(Set(walked.map(\.cell)) == Self.cellsDifferingAsLists(old, new))
        #expect(HeadlineChanges.cellsChangedInPlace(old, Self.rows((0..<24).map { "\($0).5" }, lineOffset: 3))?.isEmpty == true)
    }

    @Test func rowsAddedRemovedOrMovedLeaveItToTheFullComparison() {
        let old = Self.rows((0..<24).map { "\($0).5" })
        #expect(HeadlineChanges.cellsChangedInPlace(old, Array(old.dropLast())) == nil)
        var swapped = old
        swapped.swapAt(4, 9)
        #expect(HeadlineChanges.cellsChangedInPlace(old, swapped) == nil)
        #expect(Self.cellsDifferingAsLists(old, swapped).isEmpty)
    }
}
