import Foundation
import SiteModel
import SitePages
import TestSupport
import Testing

/// A theme reads only files that really lie in the assets or content folder: a link to a file of the build machine
/// in `static/` or `templates/` is an error, never published.
@Suite struct ThemeLinkTests {
    private func withTheme<T>(_ body: (_ assets: URL, _ content: URL, _ outside: URL) throws -> T) throws -> T {
        try withTemporaryDirectory { directory in
            let root = directory.resolvingSymlinksInPath()
            let assets = root.appendingPathComponent("assets")
            let content = root.appendingPathComponent("content")
            let outside = root.appendingPathComponent("outside")
            try FileManager.default.copyItem(at: PackagePaths.assets, to: assets)
            try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            return try body(assets, content, outside)
        }
    }

    private func link(_ link: URL, to target: String) throws {
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target)
    }

    private func problems(assets: URL, content: URL) -> [String] {
        do {
            _ = try Theme.load(assets: assets.path, overrides: content.path, languages: ["zh", "en"])
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func linksOutOfTheAssetsOrContentFolderAreErrors() throws {
        try withTheme { assets, content, outside in
            let template = outside.appendingPathComponent("home.mustache")
            try FileManager.default.copyItem(at: assets.appendingPathComponent("templates/home.mustache"), to: template)
            let strings = outside.appendingPathComponent("en.yml")
            try FileManager.default.moveItem(at: assets.appendingPathComponent("i18n/en.yml"), to: strings)

            try link(assets.appendingPathComponent("static/passwd"), to: "/etc/passwd")
            try link(assets.appendingPathComponent("i18n/en.yml"), to: strings.path)
            try link(content.appendingPathComponent("templates/home.mustache"), to: template.path)
            try link(content.appendingPathComponent("static/hosts"), to: "/etc/hosts")

            let found = problems(assets: assets, content: content)
            let expected = [
                "\(content.path)/templates/home.mustache: error: symbolic link points outside the content folder: \(template.path)",
                "\(assets.path)/i18n/en.yml: error: symbolic link points outside the assets folder: \(strings.path)",
                "\(assets.path)/static/passwd: error: symbolic link points outside the assets folder: /etc/passwd",
                "\(content.path)/static/hosts: error: symbolic link points outside the content folder: /etc/hosts",
            ]
            for message in expected { #expect(found.contains(message), "\(found)") }
        }
    }

    @Test func aLinkedStaticFolderOutsideIsRefused() throws {
        try withTheme { assets, content, outside in
            try Data("secret".utf8).write(to: outside.appendingPathComponent("key.pem"))
            try link(content.appendingPathComponent("static"), to: outside.path)
            try link(assets.appendingPathComponent("static/keys"), to: outside.path)
            let found = problems(assets: assets, content: content)
            #expect(found == [
                "\(assets.path)/static/keys: error: symbolic link points outside the assets folder: \(outside.path)",
                "\(content.path)/static: error: symbolic link points outside the content folder: \(outside.path)",
            ])
        }
    }

    @Test func aLinkInsideTheAssetsFolderIsFollowed() throws {
        try withTheme { assets, content, _ in
            try link(assets.appendingPathComponent("static/copy.css"), to: "../templates/layout.mustache")
            let theme = try Theme.load(assets: assets.path, overrides: content.path, languages: ["zh", "en"])
            let layout = try Data(contentsOf: assets.appendingPathComponent("templates/layout.mustache"))
            #expect(theme.staticFiles["assets/copy.css"] == Array(layout))
        }
    }
}
