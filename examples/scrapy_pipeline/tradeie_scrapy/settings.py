"""Settings of the example project: bounded and polite by default."""

BOT_NAME = "tradeie_news"
SPIDER_MODULES = ["tradeie_scrapy.spiders"]
NEWSPIDER_MODULE = "tradeie_scrapy.spiders"

ITEM_PIPELINES = {"tradeie_scrapy.pipelines.TradeiePipeline": 300}
TRADEIE_HTML_FIELD = "html"
TRADEIE_KEEP_HTML = False

# Be polite and bounded: raise DOWNLOAD_DELAY (or enable AUTOTHROTTLE) for real sites.
ROBOTSTXT_OBEY = True
USER_AGENT = "tradeie-example (+https://github.com/)"
DOWNLOAD_DELAY = 0.1
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DEPTH_LIMIT = 2
CLOSESPIDER_PAGECOUNT = 100
CLOSESPIDER_TIMEOUT = 300
DOWNLOAD_TIMEOUT = 15
RETRY_TIMES = 1

TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
