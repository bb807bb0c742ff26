import FlyingSocks
import Foundation

/// The address `serve` listens on, from `--host` and `--port`.
public struct ServerAddress: Sendable, Equatable {
    public var host: String
    public var port: UInt16

    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// The address as a socket takes it; `localhost` is the IPv4 loopback address.
    func socketAddress() throws(ServeError) -> any SocketAddress {
        let host = self.host == "localhost" ? "127.0.0.1" : self.host
        do {
            if host.contains(":") {
                return try sockaddr_in6.inet6(ip6: host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port: port)
            }
            return try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw .badHost(self.host)
        }
    }

    /// `http://127.0.0.1:8000/`, the address printed for the person to open.
    public func url(port actual: UInt16? = nil) -> String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(actual ?? port)/"
    }
}

/// Why `serve` could not start.
public enum ServeError: Error, Sendable, Equatable, CustomStringConvertible {
    case portInUse(host: String, port: UInt16)
    case badHost(String)
    case cannotListen(host: String, port: UInt16, reason: String)
    case noTemporaryFolder(String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            "error: port \(port) on \(host) is already in use (another `almanac serve`?); stop it or choose another with --port"
        case .badHost(let host):
            "error: --host \(host.debugDescription) is not an IP address (use 127.0.0.1, ::1, localhost or 0.0.0.0)"
        case .cannotListen(let host, let port, let reason):
            "error: cannot listen on \(host):\(port): \(reason)"
        case .noTemporaryFolder(let reason):
            "error: cannot make a folder for the preview site: \(reason)"
        }
    }
}
