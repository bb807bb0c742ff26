extension ContentFixture {
    /// The minimal site in Chinese (default), English and French, with French gaps a real team would have:
    /// - `site.yml` has no French description;
    /// - region 621100 (定西市) has no French name (`regions.csv` line 5);
    /// - indicator `infant-mortality-rate` has no French name (`indicators.csv` line 4);
    /// - `maternal-mortality-ratio` has no French long text (`indicators/maternal-mortality-ratio.fr.md`);
    /// - its 2020 note has no French (`data/maternal-mortality-ratio.csv` line 5).
    /// Adds `births` (a count, 12511127 in 2020) so grouping shows. Everything else is in French.
    public static func threeLanguages() -> ContentFixture {
        var fixture = minimal()
        fixture.files["site.yml"] = """
            title: {zh: 甘肃省妇女儿童发展规划监测, en: Gansu Women and Children Development Monitoring, fr: Suivi du développement des femmes et des enfants du Gansu}
            description: {zh: 监测妇女儿童发展规划目标的进展。, en: Progress towards the targets of the development plans.}
            publisher: {zh: 甘肃省人民政府妇女儿童工作委员会办公室, en: Office of the Gansu Working Committee on Women and Children, fr: Bureau du comité de travail du Gansu pour les femmes et les enfants}
            languages: [zh, en, fr]
            base_url: https://example.org/monitoring/
            home_region: "620000"
            comparators: ["100000"]

            """
        fixture.files["regions.csv"] = """
            code,name_zh,name_en,name_fr,short_zh,short_en,short_fr,level,parent,grid_row,grid_col
            100000,全国,China,Chine,,,,country,,,
            620000,甘肃省,Gansu Province,Province du Gansu,甘肃,Gansu,Gansu,province,100000,,
            620900,酒泉市,Jiuquan City,Ville de Jiuquan,酒泉,Jiuquan,Jiuquan,prefecture,620000,0,0
            621100,定西市,Dingxi City,,定西,Dingxi,,prefecture,620000,1,1

            """
        fixture.files["topics.csv"] = """
            id,parent,name_zh,name_en,name_fr
            women,,妇女发展规划,Women's Development Plan,Plan pour le développement des femmes
            women-health,women,妇女与健康,Women and health,Femmes et santé
            children,,儿童发展规划,Children's Development Plan,Plan pour le développement des enfants
            children-health,children,儿童与健康,Children and health,Enfants et santé
            children-education,children,儿童与教育,Children and education,Enfants et éducation

            """
        fixture.files["indicators.csv"] = """
            id,topic,name_zh,name_en,name_fr,unit,decimals,better,target_op,target_value,target_year,target_text_zh,target_text_en,target_text_fr,sources,headline
            hospital-delivery-rate,women-health,住院分娩率,Hospital delivery rate,Taux d'accouchement à l'hôpital,percent,1,higher,>=,98,2020,住院分娩率达到98%以上,Hospital delivery rate of 98% or more,,bulletin-2021,
            maternal-mortality-ratio,women-health,孕产妇死亡率,Maternal mortality ratio,Taux de mortalité maternelle,per_100k,2,lower,<=,18,2020,孕产妇死亡率控制在18/10万以下,"Maternal mortality ratio at or below 18 per 100,000",,bulletin-2021,
            infant-mortality-rate,children-health,婴儿死亡率,Infant mortality rate,,per_mille,2,lower,decrease,,,婴儿死亡率持续下降,Infant mortality keeps falling,,,
            preschool-gross-enrolment,children-education,学前三年毛入园率,Three-year preschool gross enrolment rate,Taux brut de préscolarisation sur trois ans,percent,1,higher,>=,85,2020,学前三年毛入园率达到85%,Three-year preschool gross enrolment of 85%,,,
            births,women-health,活产数,Live births,Naissances vivantes,count,0,higher,,,,,,,,

            """
        fixture.files["data/births.csv"] = """
            region,year,value
            620000,2019,12498003
            620000,2020,12511127

            """
        fixture.files["data/maternal-mortality-ratio.csv"] = """
            region,year,value,flag,note_zh,note_en,note_fr,source
            620000,2017,14.45,,,,,bulletin-2021
            620000,2018,18.69,,,,,
            620000,2019,,M,,,,
            620000,2020,15.07,,"较2017年上升,需关注","Higher than in 2017, to be watched",,bulletin-2021#p2
            100000,2017,19.6,,,,,
            100000,2018,18.3,,,,,
            100000,2019,17.8,,,,,
            100000,2020,16.9,,,,,
            620900,2020,12.1,,,,,
            621100,2020,16.4,,,,,

            """
        fixture.files["data/hospital-delivery-rate.csv"] = """
            region,year,value,flag,source
            620000,2018,98.5,,bulletin-2021
            620000,2019,99.1,,bulletin-2021
            620000,2020,99.6,E,bulletin-2021#p2
            100000,2018,99.9,,
            100000,2019,99.9,,
            100000,2020,99.9,,
            620900,2020,99.8,,
            621100,2020,99.2,,

            """
        fixture.files["data/infant-mortality-rate.csv"] = """
            region,year,area,value,flag,source
            620000,2018,,3.74,,
            620000,2020,,3.37,,bulletin-2021
            620000,2020,urban,3.10,,
            620000,2020,rural,3.60,,
            100000,2018,,6.1,,
            100000,2020,,5.4,,
            620900,2020,,2.9,,
            621100,2020,,3.8,,

            """
        fixture.files["sources.csv"] = """
            id,title_zh,title_en,title_fr,publisher_zh,publisher_en,publisher_fr,date,url,document
            bulletin-2021,甘肃省人民政府妇女儿童工作委员会专刊,Bulletin of the Gansu Working Committee on Women and Children,Bulletin du comité de travail du Gansu pour les femmes et les enfants,甘肃省人民政府妇儿工委办公室,Office of the Gansu Working Committee on Women and Children,Bureau du comité de travail du Gansu,2021-05-26,https://example.org/bulletin-2021.pdf,bulletin-2021

            """
        fixture.files["labels.csv"] = """
            dimension,code,name_zh,name_en,name_fr
            area,,城乡,Area,Milieu
            area,urban,城镇,Urban,Urbain
            area,rural,农村,Rural,Rural
            level,country,全国,Country,Pays
            level,province,省,Province,Province
            level,prefecture,市州,Prefecture,Préfecture
            kind,bulletin,专刊,Bulletin,Bulletin
            kind,report,报告,Report,Rapport

            """
        fixture.files["pages/about.fr.md"] = """
            ---
            title: À propos de ce site
            weight: 1
            ---
            Ce site publie les données de suivi des plans de développement du Gansu pour les femmes et les enfants.

            """
        return fixture
    }
}
