import CCmark

/// A borrowed pointer into a cmark tree. It is only valid while the tree that owns it is alive, which is
/// why every use stays inside `CmarkDocument.parse(_:options:_:)`.
struct CmarkNode {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// Makes a detached node; it must be inserted into a tree (which then owns it) or freed.
    init(new type: cmark_node_type) {
        guard let pointer = cmark_node_new(type) else {
            fatalError("cmark could not allocate a node")
        }
        self.pointer = pointer
    }

    var type: cmark_node_type { cmark_node_get_type(pointer) }
    var parent: CmarkNode? { cmark_node_parent(pointer).map(CmarkNode.init) }
    var firstChild: CmarkNode? { cmark_node_first_child(pointer).map(CmarkNode.init) }

    var literal: String {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_literal(pointer, newValue) }
    }

    var url: String {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
        nonmutating set { cmark_node_set_url(pointer, newValue) }
    }

    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isTightList: Bool { type == CMARK_NODE_LIST && cmark_node_get_list_tight(pointer) != 0 }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    /// 1-based, in bytes of the source line.
    var startByteColumn: Int { Int(cmark_node_get_start_column(pointer)) }

    func appendChild(_ child: CmarkNode) {
        cmark_node_append_child(pointer, child.pointer)
    }

    func prependChild(_ child: CmarkNode) {
        cmark_node_prepend_child(pointer, child.pointer)
    }

    /// Removes the node from its tree and frees it with everything below it.
    func delete() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    /// Puts the node's children where it is, in order, and frees the node: a link becomes its plain text.
    func unwrap() {
        while let child = firstChild {
            cmark_node_insert_before(pointer, child.pointer)
        }
        delete()
    }

    /// Puts `replacement` where this node is and frees this node with everything still below it.
    func replace(with replacement: CmarkNode) {
        cmark_node_replace(pointer, replacement.pointer)
        cmark_node_free(pointer)
    }

    /// Every node below this one (itself included), in document order, each reported once on entering.
    /// The list is taken before the caller changes anything, because a cmark iterator must not outlive edits.
    func descendants() -> [CmarkNode] {
        guard let iterator = cmark_iter_new(pointer) else { return [] }
        defer { cmark_iter_free(iterator) }
        var nodes: [CmarkNode] = []
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                nodes.append(CmarkNode(node))
            }
            event = cmark_iter_next(iterator)
        }
        return nodes
    }

    static func htmlInline(_ html: String) -> CmarkNode {
        let node = CmarkNode(new: CMARK_NODE_HTML_INLINE)
        node.literal = html
        return node
    }

    static func htmlBlock(_ html: String) -> CmarkNode {
        let node = CmarkNode(new: CMARK_NODE_HTML_BLOCK)
        node.literal = html
        return node
    }
}
