"""Library entry points: the CLI, the HTTP API and the tests all call these functions."""
from __future__ import annotations

from datetime import date

from readout.errors import BadRecord
from readout.ingest.sources import RawDocument
from readout.model import Article
from readout.pipeline import Pipeline, default_pipeline

_PIPELINE: Pipeline | None = None


def pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = default_pipeline()
    return _PIPELINE


def to_article(doc: RawDocument) -> Article:
    """The stored text of a document: plain text as given, or the main content of an HTML page."""
    text, meta = doc.text, {}
    if text is None and doc.html is not None:
        from readout.ingest.html import main_text

        text, meta = main_text(doc.html, doc.id)
    if text is None:
        raise BadRecord("document has no text", doc=doc.id)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    published = doc.published or parse_meta_date(meta.get("published"))
    return Article(doc.id, text, url=doc.url or meta.get("url"), title=doc.title or meta.get("title"),
                   source=doc.source, published=published, path=doc.path)


def parse_meta_date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def extract(doc: RawDocument | Article) -> Article:
    """Run the whole pipeline on one document."""
    article = doc if isinstance(doc, Article) else to_article(doc)
    return pipeline()(article)


def extract_text(text: str, doc_id: str = "text", published: date | None = None) -> Article:
    return extract(RawDocument(doc_id, text=text, published=published))
