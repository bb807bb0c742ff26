import ContentLoading
import Foundation
import SiteModel
import TestSupport
import Testing

/// Nothing is read through a symbolic link that leads outside the content folder; links inside it are followed.
@Suite struct SymbolicLinkTests {
    static let data = "data/hospital-delivery-rate.csv"

    /// Moves `path` of the written content to `outside/` beside the content folder and links it back.
    private func linkOutside(_ path: String, in content: URL) throws -> String {
        let manager = FileManager.default
        let outside = content.deletingLastPathComponent().appendingPathComponent("outside")
        let target = outside.appendingPathComponent(path)
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try manager.moveItem(at: content.appendingPathComponent(path), to: target)
        try manager.createSymbolicLink(at: content.appendingPathComponent(path), withDestinationURL: target)
        return target.resolvingSymlinksInPath().path
    }

    @Test func aDataFileLinkedFromOutsideIsAnErrorAndNotRead() throws {
        var target = ""
        let outcome = try load(.minimal()) { content in target = try linkOutside(Self.data, in: content) }
        #expect(outcome.site == nil)
        #expect(outcome.messages.contains(
            "content/\(Self.data): error: symbolic link points outside the content folder: \(target)"), "\(outcome.messages)")
    }

    /// A whole folder linked from elsewhere is refused once, without listing what it holds.
    @Test func aLinkedFolderOutsideIsOneError() throws {
        var target = ""
        let outcome = try load(.minimal()) { content in target = try linkOutside("pages", in: content) }
        let linkMessages = outcome.messages.filter { $0.contains("symbolic link") }
        #expect(linkMessages == ["content/pages: error: symbolic link points outside the content folder: \(target)"])
    }

    @Test func aFileOfTheMachineIsNeverRead() throws {
        let outcome = try load(.minimal()) { content in
            let siteFile = content.appendingPathComponent("site.yml")
            try FileManager.default.removeItem(at: siteFile)
            try FileManager.default.createSymbolicLink(atPath: siteFile.path, withDestinationPath: "/etc/passwd")
        }
        #expect(outcome.messages.contains("content/site.yml: error: symbolic link points outside the content folder: /etc/passwd"))
        #expect(!outcome.messages.joined().contains("root:"))
    }

    @Test func aLinkInsideTheContentFolderIsFollowed() throws {
        let outcome = try load(.minimal()) { content in
            let manager = FileManager.default
            let kept = content.appendingPathComponent("archive/hospital.csv")
            try manager.createDirectory(at: kept.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.moveItem(at: content.appendingPathComponent(Self.data), to: kept)
            try manager.createSymbolicLink(
                atPath: content.appendingPathComponent(Self.data).path, withDestinationPath: "../archive/hospital.csv")
        }
        #expect(outcome.site != nil, "\(outcome.messages)")
        #expect(!outcome.messages.joined().contains("symbolic link"))
    }
}
