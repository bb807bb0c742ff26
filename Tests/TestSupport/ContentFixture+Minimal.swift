extension ContentFixture {
    /// A small but complete, valid site in Chinese (default) and English.
    ///
    /// What it covers, so tests of later stages can rely on it:
    /// - regions: the country 100000, the province 620000 (home region, parent 100000), and the prefectures
    ///   620900 and 621100 (parent 620000, with tile-grid positions);
    /// - topics on two levels (`women` → `women-health`; `children` → `children-health`, `children-education`);
    /// - indicators: `hospital-delivery-rate` (percent, higher, `>= 98`), `maternal-mortality-ratio`
    ///   (per_100k, lower, `<= 18`, long texts in both languages), `infant-mortality-rate` (per_mille, lower,
    ///   `decrease`, an `area` dimension with totals, urban and rural), `preschool-gross-enrolment` (no data file);
    /// - data with an `E` flag, an `M` row without value, a note in both languages and `bulletin-2021#p2` anchors;
    /// - source `bulletin-2021` tied to document `bulletin-2021` (zh + en translation, a `chart` block, an
    ///   `indicator:` link, four paragraphs) and document `jiuquan-report` in Chinese only;
    /// - pages `about` (both languages) and labels for `area`, `level` and `kind`.
    public static func minimal() -> ContentFixture {
        ContentFixture(files: [
            "site.yml": siteYAML,
            "regions.csv": regionsCSV,
            "topics.csv": topicsCSV,
            "indicators.csv": indicatorsCSV,
            "indicators/maternal-mortality-ratio.zh.md": maternalMortalityZH,
            "indicators/maternal-mortality-ratio.en.md": maternalMortalityEN,
            "data/hospital-delivery-rate.csv": hospitalDeliveryData,
            "data/maternal-mortality-ratio.csv": maternalMortalityData,
            "data/infant-mortality-rate.csv": infantMortalityData,
            "sources.csv": sourcesCSV,
            "labels.csv": labelsCSV,
            "documents/bulletin-2021.zh.md": bulletinZH,
            "documents/bulletin-2021.en.md": bulletinEN,
            "documents/jiuquan-report.zh.md": jiuquanReportZH,
            "pages/about.zh.md": aboutZH,
            "pages/about.en.md": aboutEN,
        ])
    }

    private static let siteYAML = """
        title: {zh: 甘肃省妇女儿童发展规划监测, en: Gansu Women and Children Development Monitoring}
        description: {zh: 监测妇女儿童发展规划目标的进展。, en: Progress towards the targets of the development plans.}
        publisher: {zh: 甘肃省人民政府妇女儿童工作委员会办公室, en: Office of the Gansu Working Committee on Women and Children}
        license: {zh: 知识共享署名 4.0 国际许可协议, en: Creative Commons Attribution 4.0 International}
        languages: [zh, en]
        base_url: https://example.org/monitoring/
        home_region: "620000"
        comparators: ["100000"]

        """

    private static let regionsCSV = """
        code,name_zh,name_en,short_zh,short_en,level,parent,grid_row,grid_col
        100000,全国,China,,,country,,,
        620000,甘肃省,Gansu Province,甘肃,Gansu,province,100000,,
        620900,酒泉市,Jiuquan City,酒泉,Jiuquan,prefecture,620000,0,0
        621100,定西市,Dingxi City,定西,Dingxi,prefecture,620000,1,1

        """

    private static let topicsCSV = """
        id,parent,name_zh,name_en
        women,,妇女发展规划,Women's Development Plan
        women-health,women,妇女与健康,Women and health
        children,,儿童发展规划,Children's Development Plan
        children-health,children,儿童与健康,Children and health
        children-education,children,儿童与教育,Children and education

        """

    private static let indicatorsCSV = """
        id,topic,name_zh,name_en,unit,decimals,better,target_op,target_value,target_year,target_text_zh,target_text_en,sources,headline
        hospital-delivery-rate,women-health,住院分娩率,Hospital delivery rate,percent,1,higher,>=,98,2020,住院分娩率达到98%以上,Hospital delivery rate of 98% or more,bulletin-2021,
        maternal-mortality-ratio,women-health,孕产妇死亡率,Maternal mortality ratio,per_100k,2,lower,<=,18,2020,孕产妇死亡率控制在18/10万以下,"Maternal mortality ratio at or below 18 per 100,000",bulletin-2021,
        infant-mortality-rate,children-health,婴儿死亡率,Infant mortality rate,per_mille,2,lower,decrease,,,婴儿死亡率持续下降,Infant mortality keeps falling,,
        preschool-gross-enrolment,children-education,学前三年毛入园率,Three-year preschool gross enrolment rate,percent,1,higher,>=,85,2020,学前三年毛入园率达到85%,Three-year preschool gross enrolment of 85%,,

        """

    private static let maternalMortalityZH = """
        孕产妇死亡率指每10万名活产中孕产妇死亡的人数。

        """

    private static let maternalMortalityEN = """
        The maternal mortality ratio is the number of maternal deaths per 100,000 live births.

        """

    private static let hospitalDeliveryData = """
        region,year,value,flag,note_zh,note_en,source
        620000,2018,98.5,,,,bulletin-2021
        620000,2019,99.1,,,,bulletin-2021
        620000,2020,99.6,E,,,bulletin-2021#p2
        100000,2018,99.9,,,,
        100000,2019,99.9,,,,
        100000,2020,99.9,,,,
        620900,2020,99.8,,,,
        621100,2020,99.2,,,,

        """

    private static let maternalMortalityData = """
        region,year,value,flag,note_zh,note_en,source
        620000,2017,14.45,,,,bulletin-2021
        620000,2018,18.69,,,,
        620000,2019,,M,,,
        620000,2020,15.07,,"较2017年上升,需关注","Higher than in 2017, to be watched",bulletin-2021#p2
        100000,2017,19.6,,,,
        100000,2018,18.3,,,,
        100000,2019,17.8,,,,
        100000,2020,16.9,,,,
        620900,2020,12.1,,,,
        621100,2020,16.4,,,,

        """

    private static let infantMortalityData = """
        region,year,area,value,flag,note_zh,note_en,source
        620000,2018,,3.74,,,,
        620000,2020,,3.37,,,,bulletin-2021
        620000,2020,urban,3.10,,,,
        620000,2020,rural,3.60,,,,
        100000,2018,,6.1,,,,
        100000,2020,,5.4,,,,
        620900,2020,,2.9,,,,
        621100,2020,,3.8,,,,

        """

    private static let sourcesCSV = """
        id,title_zh,title_en,publisher_zh,publisher_en,date,url,document
        bulletin-2021,甘肃省人民政府妇女儿童工作委员会专刊,Bulletin of the Gansu Working Committee on Women and Children,甘肃省人民政府妇儿工委办公室,Office of the Gansu Working Committee on Women and Children,2021-05-26,https://example.org/bulletin-2021.pdf,bulletin-2021

        """

    private static let labelsCSV = """
        dimension,code,name_zh,name_en
        area,,城乡,Area
        area,urban,城镇,Urban
        area,rural,农村,Rural
        level,country,全国,Country
        level,province,省,Province
        level,prefecture,市州,Prefecture
        kind,bulletin,专刊,Bulletin
        kind,report,报告,Report

        """

    private static let bulletinZH = """
        ---
        title: 甘肃省妇女儿童发展规划监测专刊
        date: 2021-05-26
        author: 甘肃省人民政府妇儿工委办公室
        kind: bulletin
        indicators: [maternal-mortality-ratio, hospital-delivery-rate]
        ---
        ## 总体情况

        全省妇女儿童发展规划主要目标基本实现。

        2020年，全省孕产妇死亡率为15.07/10万，住院分娩率为99.6%，详见[孕产妇死亡率](indicator:maternal-mortality-ratio)。

        ```chart
        indicator: maternal-mortality-ratio
        regions: ["620000", "100000"]
        ```

        - [酒泉市](region:620900)和定西市的情况见各市报告。

        > 数据由各市州上报。

        """

    private static let bulletinEN = """
        ---
        title: Monitoring bulletin of the Gansu development plans for women and children
        date: 2021-05-26
        author: Office of the Gansu Working Committee on Women and Children
        kind: bulletin
        indicators: [maternal-mortality-ratio, hospital-delivery-rate]
        translation: true
        ---
        ## Overview

        The main targets of the development plans for women and children have been broadly met.

        In 2020 the [maternal mortality ratio](indicator:maternal-mortality-ratio) was 15.07 per 100,000 and the hospital delivery rate 99.6%.

        ```chart
        indicator: maternal-mortality-ratio
        regions: ["620000", "100000"]
        ```

        - See the reports of [Jiuquan](region:620900) and Dingxi.

        > Figures are reported by the prefectures.

        """

    private static let jiuquanReportZH = """
        ---
        title: 用情用力落实政府主体责任
        date: 2021-05-10
        author: 酒泉市人民政府
        kind: report
        indicators: [hospital-delivery-rate]
        ---
        酒泉市住院分娩率达到99.8%。

        全省情况见[专刊](document:bulletin-2021)，方法见[关于](page:about)。

        """

    private static let aboutZH = """
        ---
        title: 关于本站
        weight: 1
        ---
        本站发布甘肃省妇女儿童发展规划的监测数据。

        """

    private static let aboutEN = """
        ---
        title: About this site
        weight: 1
        ---
        This site publishes the monitoring data of the Gansu development plans for women and children.

        """
}
