import FlyingFox
import FlyingSocks
import Foundation

/// The server-sent event stream of `/__almanac/events`: each open page holds one subscription and hears the
/// site's generation when it connects and after every rebuild, whether it succeeded or not. A page names itself
/// when it subscribes, so a rebuild can write the open pages first.
final class ReloadEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
    /// The site file each subscriber shows (`RequestPath.sitePath`), for those that named one.
    private var pages: [UUID: String] = [:]
    private var generation = 0
    private var finished = false

    var subscriberCount: Int { lock.withLock { subscribers.count } }

    /// The site files open pages show, by the path the plan gives them.
    var openPages: Set<String> { lock.withLock { Set(pages.values) } }

    /// A new subscription, starting with the current generation. `retry` asks the browser to reconnect quickly
    /// when the server restarts.
    func subscribe(page: String? = nil) -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        lock.withLock {
            guard !finished else {
                continuation.finish()
                return
            }
            continuation.yield(Array("retry: 500\n\n".utf8) + Self.event(generation))
            subscribers[id] = continuation
            pages[id] = page
        }
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            self.lock.withLock {
                self.subscribers[id] = nil
                self.pages[id] = nil
            }
        }
        return stream
    }

    /// Tells every open page that the site is now at `generation`.
    func announce(_ generation: Int) {
        let listeners = lock.withLock {
            self.generation = generation
            return Array(subscribers.values)
        }
        for listener in listeners { listener.yield(Self.event(generation)) }
    }

    /// A comment line, which browsers ignore: sent now and then so a page that went away is noticed and dropped.
    func keepAlive() {
        let listeners = lock.withLock { Array(subscribers.values) }
        for listener in listeners { listener.yield(Array(": keep-alive\n\n".utf8)) }
    }

    /// Ends every subscription, so the server can stop without waiting for pages to close.
    func finishAll() {
        let listeners = lock.withLock {
            finished = true
            defer {
                subscribers = [:]
                pages = [:]
            }
            return Array(subscribers.values)
        }
        for listener in listeners { listener.finish() }
    }

    static func event(_ generation: Int) -> [UInt8] { Array("event: reload\ndata: \(generation)\n\n".utf8) }

    /// The response of `/__almanac/events` for one page, showing the site file `page` when it says.
    func response(page: String? = nil) -> HTTPResponse {
        HTTPResponse(
            statusCode: .ok,
            headers: [
                .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
                HTTPHeader("X-Accel-Buffering"): "no",
            ],
            body: HTTPBodySequence(from: EventBytes(stream: subscribe(page: page))))
    }
}

/// The bytes of an event stream as FlyingFox reads a body: each event handed over as soon as it is yielded, which
/// its chunked encoding sends as one chunk.
struct EventBytes: AsyncBufferedSequence, @unchecked Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.AsyncIterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk[...]
            }
            return pending.popFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk[...]
            }
            let taken = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(taken.count)
            return Array(taken)
        }
    }
}
