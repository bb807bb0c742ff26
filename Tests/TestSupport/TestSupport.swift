import SiteModel
