import Foundation

/// The files a rebuild has still to write after the open pages reloaded. A request for one of them waits until
/// it is written, so a reader who follows a link right after a reload never gets a file of the old site.
final class PendingFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var waiters: [(path: String, continuation: CheckedContinuation<Void, Never>)] = []

    /// From now on only `paths` are still to be written: requests waiting for any other file go on.
    func remaining(_ paths: Set<String>) {
        let resumed = lock.withLock {
            self.paths = paths
            let (waiting, done) = waiters.reduce(into: ([WaitingRequest](), [WaitingRequest]())) { parts, waiter in
                if paths.contains(waiter.path) { parts.0.append(waiter) } else { parts.1.append(waiter) }
            }
            waiters = waiting
            return done
        }
        for waiter in resumed { waiter.continuation.resume() }
    }

    /// Everything is written, or its writing failed and the pages show why: every waiting request goes on.
    func finish() { remaining([]) }

    /// Returns at once unless `path` is still to be written; then once it is.
    func wait(for path: String) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let waits = lock.withLock {
                guard paths.contains(path) else { return false }
                waiters.append((path, continuation))
                return true
            }
            if !waits { continuation.resume() }
        }
    }

    private typealias WaitingRequest = (path: String, continuation: CheckedContinuation<Void, Never>)
}
