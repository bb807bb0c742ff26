import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A minimal HTTP/1.1 client over a plain socket, so the tests see exactly the bytes the server sends (the path
/// as written, no redirects followed, the event stream as it arrives).
struct HTTPProbe {
    var port: UInt16

    struct Response: Sendable {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `GET path`, reading the whole response (the connection is closed by the server after it).
    func get(_ path: String) throws -> Response {
        let socket = try Self.connect(port: port)
        defer { close(socket) }
        try Self.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", on: socket)
        var bytes: [UInt8] = []
        while let chunk = try Self.receive(on: socket), !chunk.isEmpty { bytes += chunk }
        return try Self.parse(bytes)
    }

    static func parse(_ bytes: [UInt8]) throws -> Response {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure(description: "no header end in \(text)") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    static func connect(port: UInt16) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(errno)") }
        var timeout = timeval(tv_sec: 90, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(socket)
            throw Failure(description: "connect to port \(port): \(errno)")
        }
        return socket
    }

    static func send(_ text: String, on socket: Int32) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else {
            throw Failure(description: "send: \(errno)")
        }
    }

    /// The next bytes, empty at the end of the stream; throws on a timeout.
    static func receive(on socket: Int32) throws -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = recv(socket, &buffer, buffer.count, 0)
        guard count >= 0 else { throw Failure(description: "receive: timed out or failed (\(errno))") }
        return Array(buffer[..<count])
    }
}

/// A page's subscription to `/__almanac/events`, read as a browser's `EventSource` would.
final class EventStreamProbe {
    private let socket: Int32
    private var text = ""
    private var seen = 0

    /// - Parameter page: the page the subscriber is on, as the reload script names it (`?page=`), percent-encoded.
    init(port: UInt16, page: String? = nil) throws {
        socket = try HTTPProbe.connect(port: port)
        let query = page.map { "?page=\($0)" } ?? ""
        try HTTPProbe.send("GET /__almanac/events\(query) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", on: socket)
    }

    deinit { close(socket) }

    /// The headers and everything received so far.
    var received: String { text }

    /// The data of the next `reload` event not yet returned, waiting for it.
    func nextReload() throws -> String {
        while true {
            let events = text.components(separatedBy: "event: reload\ndata: ").dropFirst()
            if events.count > seen, let last = events.dropFirst(seen).first, let end = last.firstIndex(of: "\n") {
                seen += 1
                return String(last[..<end])
            }
            guard let chunk = try HTTPProbe.receive(on: socket), !chunk.isEmpty else {
                throw HTTPProbe.Failure(description: "the event stream ended: \(text)")
            }
            text += String(decoding: chunk, as: UTF8.self)
        }
    }
}

/// Runs blocking socket reads on a thread of their own: the server under test runs on the same process's
/// cooperative threads (two, on a two-core machine), which a blocked test would starve.
func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
}

extension HTTPProbe {
    func fetch(_ path: String) async throws -> Response {
        let probe = self
        return try await offThePool { try probe.get(path) }
    }
}

extension EventStreamProbe: @unchecked Sendable {
    func reload() async throws -> String {
        try await offThePool { try self.nextReload() }
    }
}
