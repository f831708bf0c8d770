"""A Scrapy project that adds tradeie's facts to every scraped news article."""
