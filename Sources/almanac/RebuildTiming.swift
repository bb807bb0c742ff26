import ArgumentParser
import Dispatch
import Foundation
import SiteBuilder
import SiteServer

/// `almanac rebuild-timing`, hidden: times incremental rebuilds of a built site for the benchmark.
///
/// Each run edits the first changed file where `--replace` asks (a value, to measure a real edit), reports the
/// inputs as changed and rebuilds.
struct RebuildTiming: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild-timing", abstract: "Time incremental rebuilds (benchmark hook).", shouldDisplay: false)

    @Option(name: .long) var content = "content"
    @Option(name: .long) var output = "site"
    @Option(name: .long) var assets = "assets"
    @Option(name: .long, help: "A changed input, as dependencies name it (data/<id>.csv, theme:i18n/en.yml).")
    var changed: [String] = []
    @Option(name: .long) var runs = 3
    @Flag(name: .long, help: "Take over the site already in the output folder instead of building it first.")
    var adopt = false
    @Option(name: .long, help: "Before each run, replace this text in the first changed file (and back, on the next).")
    var replace: String?
    @Option(name: .long, help: "The text --replace puts in its place.")
    var with: String?
    @Flag(
        name: .long,
        help: "Leave the whole-site downloads to after the rebuild, as `almanac serve` does; time them apart, except after the last run.")
    var deferDownloads = false

    func run() throws {
        let options = BuildOptions(contentDirectory: content, outputDirectory: output, assetsDirectory: assets)
        let (builder, startSeconds, startCPU) = try Self.timed {
            try adopt ? IncrementalBuilder(adopting: options) : IncrementalBuilder(options: options)
        }
        let start = adopt ? "adopt" : "full build"
        print("start (\(start)): wall \(Self.format(startSeconds)) s, cpu \(Self.format(startCPU)) s")
        for run in 1...max(1, runs) {
            if let replace, let with, let file = changed.first {
                let (old, new) = run % 2 == 1 ? (replace, with) : (with, replace)
                let path = "\(content)/\(file)"
                let text = try String(contentsOfFile: path, encoding: .utf8)
                guard let range = text.range(of: old) else { throw ValidationError("\(path) does not contain \(old)") }
                try text.replacingCharacters(in: range, with: new)
                    .write(toFile: path, atomically: true, encoding: .utf8)
            }
            let deferred = deferDownloads ? PreviewServer.deferredDownloads : []
            let (report, wall, cpu) = try Self.timed {
                try builder.rebuild(changed: Set(changed)) { deferred.contains($0.path) }
            }
            print(
                "rebuild \(run): \(report.rewritten.count) files rewritten, \(report.removed.count) removed;"
                    + " load+plan \(Self.format(report.planSeconds)) s, wall \(Self.format(wall)) s,"
                    + " cpu \(Self.format(cpu)) s")
            if !report.deferred.isEmpty, run == max(1, runs) {
                print("  \(report.deferred.count) deferred downloads left unwritten (the last run)")
            } else if !report.deferred.isEmpty {
                let (written, deferredWall, deferredCPU) = try Self.timed { try builder.renderDeferred() }
                print(
                    "  then \(written.count) deferred downloads: wall \(Self.format(deferredWall)) s,"
                        + " cpu \(Self.format(deferredCPU)) s")
            }
        }
    }

    private static func timed<T>(_ body: () throws -> T) throws -> (T, Double, Double) {
        let (wallStart, cpuStart) = (DispatchTime.now(), cpuSeconds())
        let value = try body()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart.uptimeNanoseconds) / 1e9
        return (value, wall, cpuSeconds() - cpuStart)
    }

    /// User and system time of this process so far.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func format(_ seconds: Double) -> String { String(format: "%.2f", seconds) }
}
