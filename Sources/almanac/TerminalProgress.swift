import Foundation

/// A progress line on a terminal for long builds; silent when output is piped or the build is quick.
final class TerminalProgress: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private let started = Date()
    private var shown = false
    private var lastPercent = -1

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0, Date().timeIntervalSince(started) > 0.5 else { return }
        let percent = done * 100 / total
        lock.withLock {
            guard percent != lastPercent else { return }
            lastPercent = percent
            shown = true
            FileHandle.standardError.write(Data("\r\u{1B}[KBuilding: \(done)/\(total) files (\(percent)%)".utf8))
        }
    }

    func finish() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            shown = false
        }
    }
}
