#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Moments of a build that tests make fail, to prove that no moment can lose the previous site.
///
/// Only tests set it: in-process tests pass it to `StagedOutput`; tests of the real `almanac` binary set the
/// environment variable `ALMANAC_TEST_FAIL_AT` (e.g. `between-renames`), which makes the process kill itself
/// there with `SIGKILL`, exactly as an operator's `kill -9` or a power cut would. Without it nothing changes.
@_spi(Testing) public struct FailureInjection: Sendable, Equatable {
    public enum Point: String, Sendable, CaseIterable {
        /// The previous site has been moved aside and the new one has not yet taken its place.
        case betweenRenames = "between-renames"
        /// Removing a folder left by a build fails, as for a folder that cannot be deleted.
        case removingLeftover = "removing-leftover"
        /// Putting back a previous site that a stopped build left aside fails.
        case puttingBack = "putting-back"
    }

    public static let environmentVariable = "ALMANAC_TEST_FAIL_AT"

    /// Where to fail; empty in every real build.
    public var points: Set<Point>
    /// Whether the process kills itself at `betweenRenames` (the binary) or the commit just stops there (in-process).
    public var killsProcess: Bool

    public init(_ points: Set<Point> = [], killsProcess: Bool = false) {
        self.points = points
        self.killsProcess = killsProcess
    }

    public static let none = FailureInjection()

    /// What `ALMANAC_TEST_FAIL_AT` asks for, or `none` when it is not set.
    static var fromEnvironment: FailureInjection {
        guard let value = getenv(environmentVariable).map({ String(cString: $0) }) else { return .none }
        let points = value.split(separator: ",").compactMap { Point(rawValue: String($0)) }
        return FailureInjection(Set(points), killsProcess: true)
    }

    /// Kills the process, or reports true so the caller stops on the spot, when `point` is injected.
    func stops(at point: Point) -> Bool {
        guard points.contains(point) else { return false }
        if killsProcess, point == .betweenRenames { raise(SIGKILL) }
        return true
    }
}
