import Foundation
import SitePages
import Testing

/// A planned file makes its dependency list when asked, not with the plan: held for every file of a national site,
/// the lists (a region's profile names two series of every indicator) took more memory than the data itself.
@Suite struct LazyDependencyTests {
    /// Counts how often the list is made.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var made = 0
        var count: Int { lock.withLock { made } }

        func list() -> [String] {
            lock.withLock { made += 1 }
            return ["data/a.csv", "regions.csv"]
        }
    }

    @Test func theListIsMadeOnlyWhenAskedFor() {
        let counter = Counter()
        let files = [
            PlannedFile(path: "a.html", kind: .page, dependencies: counter.list()) { [] },
            PlannedFile(path: "b.html", kind: .page, dependencies: counter.list(), text: { "" }),
            PlannedFile(path: "c.csv", kind: .download, dependencies: counter.list(), render: { [] }, stream: { _ in }),
            PlannedFile(path: "d.zip", kind: .download, dependencies: counter.list(), render: { [] }, fromWritten: { _, _ in }),
        ]
        #expect(counter.count == 0)
        for file in files { #expect(file.dependencies == ["data/a.csv", "regions.csv"]) }
        #expect(counter.count == files.count)
    }
}
