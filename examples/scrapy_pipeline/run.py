"""Crawl a news listing and write one JSON line per article, with its facts.

    python examples/scrapy_pipeline/run.py http://127.0.0.1:8000/index.html articles.jsonl

The same crawl from this directory with Scrapy's own command:

    scrapy crawl news -a start_url=http://127.0.0.1:8000/index.html -O articles.jsonl

Exit code 1 if the crawl logged errors.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the example project, uninstalled

from scrapy.crawler import CrawlerProcess  # noqa: E402
from scrapy.settings import Settings  # noqa: E402
from tradeie_scrapy.spiders.news import NewsSpider  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    start_url, output = argv
    settings = Settings()
    settings.setmodule("tradeie_scrapy.settings", priority="project")
    settings.set("FEEDS", {Path(output).resolve().as_uri(): {
        "format": "jsonlines", "overwrite": True, "encoding": "utf-8"}})
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(NewsSpider)
    process.crawl(crawler, start_url=start_url)
    process.start()
    errors = crawler.stats.get_value("log_count/ERROR", 0)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
