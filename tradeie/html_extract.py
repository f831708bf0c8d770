"""Facts from a web page: main text with trafilatura, publication date with htmldate.

Both libraries are the optional extra ``html`` (``pip install "tradeie[html]"``) and are
imported only when a page is processed, so ``import tradeie`` never needs them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from spacy.language import Language

from tradeie.api import MAX_TEXT_LENGTH, extract
from tradeie.schema import Extraction

# Shorter "main text" is what trafilatura returns for pages without an article: a nav bar
# ("Home | About us") or a list heading. A one-sentence news brief is still longer.
MIN_ARTICLE_LENGTH = 40


def _require() -> tuple[Any, Any]:
    try:
        import htmldate
        import trafilatura
    except ImportError as err:
        raise ImportError(
            f"extract_html needs trafilatura and htmldate ({err.name} is missing): "
            "pip install 'tradeie[html]'"
        ) from None
    return trafilatura, htmldate


def article_text(html: str | bytes, url: str | None = None) -> str | None:
    """The page's main text, paragraphs separated by newlines (boilerplate, navigation,
    comments and tables left out: teasers and ads carry numbers that are not the story's)."""
    trafilatura, _ = _require()
    return trafilatura.extract(
        html, url=url, output_format="txt", include_comments=False, include_tables=False,
        favor_precision=True, deduplicate=False, with_metadata=False,
    )


def publication_date(html: str | bytes, url: str | None = None) -> str | None:
    """The page's original publication date (YYYY-MM-DD), not its last update, or None."""
    _, htmldate = _require()
    return htmldate.find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")


def extract_html(
    html: str | bytes,
    url: str | None = None,
    *,
    published: str | date | datetime | None = None,
    nlp: Language | None = None,
    min_length: int = MIN_ARTICLE_LENGTH,
    max_length: int = MAX_TEXT_LENGTH,
) -> Extraction:
    """Entities and facts of the article in a web page.

    The main text is extracted and the publication date found in the page (meta tags,
    JSON-LD, ``<time>``, the URL); ``published`` overrides the date. Offsets in the result
    refer to the extracted text, available as ``result.text``. Raises ValueError when the
    page holds no article text.
    """
    if not isinstance(html, str | bytes):
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    where = f" at {url}" if url else ""
    text = article_text(html, url) if html.strip() else None
    if not text or len(text.strip()) < min_length:
        found = f" (only {text.strip()!r})" if text and text.strip() else ""
        raise ValueError(f"no article text found in the page{where}{found}")
    if published is None:
        published = publication_date(html, url)
    return extract(text, published=published, nlp=nlp, max_length=max_length)
