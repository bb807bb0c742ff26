import SiteModel

extension SiteContext {
    /// The topic path of an indicator, outermost first (`women` › `women-health`).
    ///
    /// Linear in the depth (the loader limits it; a loop of parents, which it refuses too, ends the walk).
    public func topicPath(_ topic: TopicID) -> [Topic] {
        var path: [Topic] = []
        var seen: Set<TopicID> = []
        var current = site.topicIndex[topic]
        while let found = current, seen.insert(found.id).inserted {
            path.append(found)
            current = found.parent.flatMap { site.topicIndex[$0] }
        }
        return path.reversed()
    }

    /// The depth of every topic (1 for a plan at the top), computed once for all topics in one linear pass.
    func topicDepths() -> [TopicID: Int] {
        let parents = Dictionary(
            site.topics.compactMap { topic in topic.parent.map { (topic.id, $0) } }, uniquingKeysWith: { first, _ in first })
        return nestingDepths(parents, of: site.topics.map(\.id))
    }
}
