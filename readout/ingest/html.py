"""Main content of a saved web page (trafilatura), without navigation, ads and comment threads."""
from __future__ import annotations

from readout.errors import BadRecord


def main_text(html: str, doc: str) -> tuple[str, dict]:
    """The article text and what the page says of itself (title, date, url)."""
    import trafilatura

    result = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                         with_metadata=True, favor_precision=True)
    if result is None or not (result.text or "").strip():
        raise BadRecord("no article text found in the HTML page", doc=doc)
    meta = {"title": result.title, "published": result.date, "url": result.url}
    body = result.text
    if result.title and not body.startswith(result.title):
        body = f"{result.title}\n\n{body}"
    return body, meta
