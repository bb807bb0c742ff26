extension ChoroplethMap {
    public func svg() -> String {
        let chartID = ChartID(id)
        let fontSize = style.fontSize
        let fills = areas.map(\.fill)
        let coloring = MapColoring(fills: fills, palette: style.palette, hatchID: chartID("no-data"))
        let legend = MapLegend(title: legendTitle, coloring: coloring, fills: fills, format: format, strings: strings,
                               width: width, fontSize: fontSize)
        let points: [Point] = features.flatMap { feature in feature.polygons.flatMap { $0.flatMap { $0 } } }
        let minX = points.map(\.x).min() ?? 0
        let maxX = points.map(\.x).max() ?? 1
        let minY = points.map(\.y).min() ?? 0
        let maxY = points.map(\.y).max() ?? 1
        let top = legend.height + fontSize
        let pad = 4.0
        let spanX = max(maxX - minX, 1e-9)
        let spanY = max(maxY - minY, 1e-9)
        let scale = min((width - 2 * pad) / spanX, width * 0.9 / spanY)
        let mapWidth = (maxX - minX) * scale
        let left = (width - mapWidth) / 2
        let height = top + (maxY - minY) * scale + pad
        func place(_ point: Point) -> Point { Point(x: left + (point.x - minX) * scale, y: top + (point.y - minY) * scale) }

        let byID = Dictionary(areas.map { ($0.featureID, $0) }, uniquingKeysWith: { first, _ in first })
        let frame = ChartFrame(id: chartID, kind: "choropleth", width: width, height: height, title: title,
                               description: summary, style: self.style, strings: strings)
        return frame.render(defs: { coloring.writeHatchPattern(to: &$0) }) { svg in
            legend.write(to: &svg)
            // The shapes first, all of them, then the labels over them.
            var labels: [(area: MapArea, fill: TileFill, polygons: [[[Point]]])] = []
            svg.open("g")
            svg.attribute("class", "areas")
            for feature in features {
                let area = feature.id.flatMap { byID[$0] }
                let fill = area?.fill ?? .noData
                let style = coloring.fillStyle(for: fill)
                var path = SVGPath()
                for polygon in feature.polygons {
                    for ring in polygon {
                        for (index, point) in ring.map(place).enumerated() {
                            if index == 0 { path.move(point.x, point.y) } else { path.line(point.x, point.y) }
                        }
                        path.close()
                    }
                }
                guard !path.isEmpty else { continue }
                svg.open("path")
                svg.attribute("class", "area ", style.className)
                svg.attribute("d", path)
                coloring.writeFill(style, to: &svg)
                svg.attribute("fill-rule", "evenodd")
                svg.attribute("stroke", coloring.paints.background.color)
                svg.attribute("stroke-width", 0.75)
                svg.attribute("stroke-linejoin", "round")
                svg.close()
                if let area { labels.append((area, fill, feature.polygons)) }
            }
            svg.close()
            svg.open("g")
            svg.attribute("class", "area-labels")
            for (area, fill, polygons) in labels {
                guard let anchor = Self.labelAnchor(polygons.map { $0.map { $0.map(place) } }) else { continue }
                MapLabelling.writeLabel(
                    to: &svg, name: area.name, value: area.fill.isNoData ? strings.noData : area.valueLabel,
                    centre: (anchor.centre.x, anchor.centre.y), maxWidth: anchor.width * 0.9,
                    maxHeight: anchor.height * 0.9, fontSize: 12, fill: fill, coloring: coloring)
            }
            svg.close()
        }
    }

    /// The point of the largest polygon farthest from its edges (holes included), found on a 24 × 24 grid, and
    /// the room around it: a label there never sits on an enclave, unlike the centroid.
    private static func labelAnchor(_ polygons: [[[Point]]]) -> (centre: Point, width: Double, height: Double)? {
        let largest = polygons.max { ringArea($0.first ?? []) < ringArea($1.first ?? []) }
        guard let polygon = largest, let outer = polygon.first, outer.count >= 3 else { return nil }
        let xs = outer.map(\.x)
        let ys = outer.map(\.y)
        let (minX, maxX, minY, maxY) = (xs.min()!, xs.max()!, ys.min()!, ys.max()!)
        var best: (clearance: Double, point: Point)?
        let steps = 24
        for row in 0...steps {
            for column in 0...steps {
                let point = Point(x: minX + (maxX - minX) * Double(column) / Double(steps),
                                  y: minY + (maxY - minY) * Double(row) / Double(steps))
                guard contains(polygon, point) else { continue }
                let clearance = polygon.map { distance(from: point, to: $0) }.min() ?? 0
                if best.map({ clearance > $0.clearance }) ?? true { best = (clearance, point) }
            }
        }
        guard let best else { return nil }
        return (best.point, min(maxX - minX, best.clearance * 4), best.clearance * 2)
    }

    private static func ringArea(_ ring: [Point]) -> Double {
        abs(zip(ring, ring.dropFirst() + ring.prefix(1)).reduce(0) { $0 + $1.0.x * $1.1.y - $1.1.x * $1.0.y }) / 2
    }

    /// Even-odd containment over all rings, matching `fill-rule="evenodd"`.
    private static func contains(_ polygon: [[Point]], _ point: Point) -> Bool {
        var inside = false
        for ring in polygon {
            for (a, b) in zip(ring, ring.dropFirst() + ring.prefix(1))
            where (a.y > point.y) != (b.y > point.y) && point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x {
                inside.toggle()
            }
        }
        return inside
    }

    private static func distance(from point: Point, to ring: [Point]) -> Double {
        zip(ring, ring.dropFirst() + ring.prefix(1)).map { a, b in
            let (dx, dy) = (b.x - a.x, b.y - a.y)
            let length = dx * dx + dy * dy
            let t = length == 0 ? 0 : min(max(((point.x - a.x) * dx + (point.y - a.y) * dy) / length, 0), 1)
            let (ex, ey) = (a.x + t * dx - point.x, a.y + t * dy - point.y)
            return (ex * ex + ey * ey).squareRoot()
        }.min() ?? 0
    }
}
