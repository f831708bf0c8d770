"""An item pipeline that turns each article item into structured facts with tradeie.

Items carry either the page (``html``, with ``url``) or its text (``text``, with an optional
``published`` date). The pipeline adds:

- ``text``: the article text the offsets refer to (extracted from the page when needed),
- ``published``: the publication date used to resolve "last year", "in March" ...,
- ``facts``: one flat dict per fact, the figure's text, value and unit beside the fact's
  fields, ready for a feed export or a database row,
- ``tradeie``: the full result in the ``tradeie/1`` contract (entities, facts, checks),

and removes the raw ``html`` unless ``TRADEIE_KEEP_HTML`` is set. A page without article
text is dropped (``DropItem``), with the reason in the log.

Settings: ``TRADEIE_HTML_FIELD`` (default "html"), ``TRADEIE_TEXT_FIELD`` ("text"),
``TRADEIE_KEEP_HTML`` (False), ``TRADEIE_BASE_PIPELINE`` (a spaCy pipeline name to add
tradeie's components to; default tradeie's own blank-English pipeline).

Extraction is CPU work done in the reactor thread, a few milliseconds per article: fine for
a crawl that fetches pages politely. For large crawls, store the pages and run
``tradeie extract --input pages.jsonl --n-process 4`` afterwards instead.
"""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

import tradeie


def fact_rows(res: tradeie.Extraction) -> list[dict[str, Any]]:
    """The facts with their figure's text, value and unit inlined (ids still resolve in the
    ``tradeie`` field)."""
    return res.fact_rows()


class TradeiePipeline:
    def __init__(self, html_field: str = "html", text_field: str = "text",
                 keep_html: bool = False, base: str | None = None, crawler: Any = None) -> None:
        self.html_field = html_field
        self.text_field = text_field
        self.keep_html = keep_html
        self.base = base
        self.crawler = crawler
        self.nlp = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> TradeiePipeline:
        settings = crawler.settings
        return cls(
            html_field=settings.get("TRADEIE_HTML_FIELD", "html"),
            text_field=settings.get("TRADEIE_TEXT_FIELD", "text"),
            keep_html=settings.getbool("TRADEIE_KEEP_HTML", False),
            base=settings.get("TRADEIE_BASE_PIPELINE"),
            crawler=crawler,
        )

    # `spider=None`: Scrapy >= 2.13 stops passing the spider to methods that do not require
    # it; older versions always pass it.
    def open_spider(self, spider: Any = None) -> None:
        # Build the spaCy pipeline once per crawl, not once per item.
        self.nlp = tradeie.load(self.base)
        self._log("tradeie pipeline loaded: %s", ", ".join(self.nlp.pipe_names))

    def close_spider(self, spider: Any = None) -> None:
        self.nlp = None

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        url = adapter.get("url")
        html = adapter.get(self.html_field)
        text = adapter.get(self.text_field)
        published = adapter.get("published") or None
        try:
            if html:
                res = tradeie.extract_html(html, url=url, published=published, nlp=self.nlp)
            elif text:
                res = tradeie.extract(text, published=published, nlp=self.nlp)
            else:
                raise DropItem(f"{url}: item has neither {self.html_field!r} nor "
                               f"{self.text_field!r}")
        except (ValueError, TypeError) as err:
            if html and not self.keep_html:
                del adapter[self.html_field]  # Scrapy logs the dropped item: keep it short
            reason = str(err) if url and url in str(err) else f"{url}: {err}"
            raise DropItem(reason) from None
        adapter[self.text_field] = res.text
        adapter["published"] = res.published
        adapter["facts"] = fact_rows(res)
        adapter["tradeie"] = res.to_dict()
        if html and not self.keep_html:
            del adapter[self.html_field]
        return item

    def _log(self, message: str, *args: Any) -> None:
        spider = getattr(self.crawler, "spider", None)
        if spider is not None:
            spider.logger.info(message, *args)
