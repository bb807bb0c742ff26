/// Sentences that state what a series did, shared by line charts, small multiples and sparklines.
struct SeriesSummary {
    let strings: ChartStrings
    let format: ValueFormat

    /// "Gansu rose from 91.2% in 2019 to 96.1% in 2024".
    func sentence(label: String, points: [LinePoint]) -> String {
        let valued = points.filter { $0.value != nil }
        guard let first = valued.first, let last = valued.last, let firstValue = first.value,
            let lastValue = last.value
        else { return strings.fill(strings.seriesNoData, ["series": label]) }
        let values = [
            "series": label, "first": format.format(firstValue), "start": first.label,
            "last": format.format(lastValue), "end": last.label,
        ]
        if valued.count == 1 { return strings.fill(strings.single, values) }
        let template = values["first"] == values["last"]
            ? strings.unchanged : lastValue > firstValue ? strings.rose : strings.fell
        return strings.fill(template, values)
    }

    /// "Gansu: no data between 2012 and 2020", one sentence per gap, so the description keeps what the dotted
    /// bridge shows.
    func gapSentences(_ series: LineSeries) -> [String] {
        series.gaps.map { gap in
            strings.fill(strings.gapSentence, ["series": series.label, "start": gap.from.label, "end": gap.to.label])
        }
    }

    /// "Target ≥ 95%: met in 2024", judged on the latest value; nil without a target or a value.
    func targetSentence(_ target: ChartTarget?, points: [LinePoint]) -> String? {
        guard let target, let last = points.last(where: { $0.value != nil }), let value = last.value else { return nil }
        let template = target.isMet(by: value) ? strings.targetMet : strings.targetNotMet
        return strings.fill(template, ["target": target.label, "end": last.label])
    }
}
