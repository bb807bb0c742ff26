import Dispatch
import Foundation

/// `transform` of each element, on every core, the results in the order of `elements`: the one helper the stages
/// share for work that splits by file or indicator (data files read, per-indicator checks, the headline index).
package func inParallel<Element: Sendable, Result: Sendable>(
    _ elements: [Element], _ transform: @Sendable (Element) -> Result
) -> [Result] {
    let results = ParallelResults<Result>(count: elements.count)
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
        results.set(transform(elements[index]), at: index)
    }
    return results.values.compactMap { $0 }
}

/// The slots results are put in as they come, from any thread.
private final class ParallelResults<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ value: Result, at index: Int) { lock.withLock { slots[index] = value } }

    var values: [Result?] { lock.withLock { slots } }
}
