import ContentLoading
import Foundation
import SiteModel
import SitePages
import TestSupport
import Testing

/// Pages walk topic trees in linear time: 5,000 nested topics (more than the loader allows, built directly)
/// render at once, where a path rebuilt per topic took minutes.
@Suite struct DeepTopicTests {
    @Test func indicatorIndexAndPagesOfFiveThousandNestedTopics() throws {
        try ContentFixture.minimal().withWrittenContent { content in
            let loaded = try ContentLoader(contentDirectory: content, displayPath: "content").load()
            let theme = try Theme.load(
                assets: PackagePaths.assets.path, overrides: content.path, languages: loaded.site.settings.languages)
            let original = loaded.site
            let chain = (1...5_000).map { number in
                Topic(id: TopicID("deep-\(number)"), parent: number == 1 ? nil : TopicID("deep-\(number - 1)"),
                      name: Localized(["zh": "层\(number)", "en": "Level \(number)"]))
            }
            let topics = chain + original.topics.map { topic in
                var topic = topic
                if topic.parent == nil { topic.parent = "deep-5000" }
                return topic
            }
            let site = Site(
                settings: original.settings, regions: original.regions, topics: topics,
                indicators: original.indicators, data: original.data, sources: original.sources,
                labels: original.labels, documents: original.documents, pages: original.pages)
            let context = SiteContext(site: site, theme: theme)
            #expect(context.topicPath("women-health").count == 5_002)
            #expect(context.topicPath("women-health").first?.id == "deep-1")
            let files = SitePlan(context: context).files
            let index = try #require(files.first { $0.path == "en/indicators/index.html" })
            let html = String(decoding: try index.render(), as: UTF8.self)
            #expect(html.contains("topic-deep-1"), "the only plan at the top")
            #expect(!html.contains("topic-deep-2\""), "empty topics below the top are left out")
            #expect(html.contains("topic-women-health"))
            let page = try #require(files.first { $0.path == "en/indicators/maternal-mortality-ratio.html" })
            #expect(String(decoding: try page.render(), as: UTF8.self).contains("Level 5000"))
        }
    }
}
