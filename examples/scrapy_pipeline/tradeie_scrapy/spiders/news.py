"""A small news spider: starts at a listing page, follows links on the same host, and yields
every page as an item for TradeiePipeline (which drops the pages without an article)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import scrapy


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, start_url: str | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not start_url:
            raise ValueError("give the listing page: scrapy crawl news -a start_url=URL")
        self.start_urls = [start_url]
        self.allowed_domains = [urlsplit(start_url).hostname or ""]

    def parse(self, response: scrapy.http.Response) -> Any:
        if not isinstance(response, scrapy.http.TextResponse):
            return
        yield {"url": response.url, "html": response.text}
        for href in response.css("a::attr(href)").getall():
            if href.startswith(("mailto:", "javascript:")) or href.startswith("#"):
                continue
            yield response.follow(href, callback=self.parse)
