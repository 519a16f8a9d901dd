"""Saved RSS and Atom feeds: entries that carry their article are documents (link, date, title);
entries with only a link are listed as needing a fetch, not rejected."""
from __future__ import annotations

import json
from datetime import date

import pytest

from readout.ingest.article import to_article
from readout.ingest.sources import RawDocument, Reject, Skipped, read_documents
from tests.ingest.news_pages import EN_1, EN_2, EN_3, KO_1, KO_2, html_fragment

pytest.importorskip("feedparser")


def rss(items: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title>'
            f'<link>https://wire.example.org/</link><description>test</description>{items}</channel></rss>')


def item(link: str, title: str, when: str, summary: str = "", content: str | None = None) -> str:
    body = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return (f"<item><title>{title}</title><link>{link}</link><pubDate>{when}</pubDate>"
            f"<description><![CDATA[{summary}]]></description>{body}</item>")


RSS = rss(item("https://wire.example.org/a/1?utm_medium=rss", EN_1[0], "Tue, 14 May 2024 09:00:00 +0900",
               "A short teaser.", html_fragment(EN_1))
          + item("https://wire.example.org/a/2", KO_1[0], "Wed, 15 May 2024 18:30:00 +0900",
               html_fragment(KO_1) + html_fragment(KO_2))
          + item("https://wire.example.org/a/3", "Only a link", "Thu, 16 May 2024 07:00:00 GMT", "Read more."))
ATOM = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>'
        '<id>urn:x</id><updated>2024-05-17T00:00:00Z</updated>'
        f'<entry><title>{EN_2[0]}</title><link href="https://atom.example.net/n/2"/><id>urn:2</id>'
        '<published>2024-05-16T22:00:00Z</published><updated>2024-05-17T00:00:00Z</updated>'
        f'<content type="html"><![CDATA[{html_fragment(EN_2)}]]></content></entry>'
        f'<entry><title>{EN_3[0]}</title><link href="https://atom.example.net/n/3"/><id>urn:3</id>'
        '<updated>2024-05-17T00:00:00Z</updated><summary>Leaders met.</summary></entry></feed>')


@pytest.fixture
def feeds(tmp_path):
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "wire.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://x.org/</loc></url>'
                                          '</urlset>', encoding="utf-8")
    return tmp_path


def test_entries_with_text_are_documents_and_link_only_ones_need_fetching(feeds):
    items = list(read_documents([str(feeds)]))
    docs = {i.id: i for i in items if isinstance(i, RawDocument)}
    assert set(docs) == {"https://wire.example.org/a/1", "https://wire.example.org/a/2", "https://atom.example.net/n/2"}
    assert docs["https://wire.example.org/a/1"].published == date(2024, 5, 14)
    assert docs["https://atom.example.net/n/2"].published == date(2024, 5, 16)
    assert docs["https://wire.example.org/a/2"].title == KO_1[0]
    assert docs["https://wire.example.org/a/1"].source == "Example Wire"
    fetch = sorted(i.doc for i in items if isinstance(i, Skipped))
    assert fetch == ["https://atom.example.net/n/3", "https://wire.example.org/a/3"]
    rejected = [i for i in items if isinstance(i, Reject) and not isinstance(i, Skipped)]
    assert [(r.doc, r.code) for r in rejected] == [("sitemap.xml", "unsupported_input")]


@pytest.mark.parametrize("doc_id, words", [
    ("https://wire.example.org/a/1", "met his Chilean counterpart in Busan"),  # content:encoded, not the teaser
    ("https://wire.example.org/a/2", "부산에서 칠레 외교장관과 회담"),  # a summary long enough to be the article
    ("https://atom.example.net/n/2", "criticized a missile launch"),
])
def test_feed_content_goes_through_the_page_extraction(feeds, doc_id, words):
    doc = next(i for i in read_documents([str(feeds)]) if isinstance(i, RawDocument) and i.id == doc_id)
    article = to_article(doc)
    assert words in article.text and article.published_basis == "metadata"


def test_run_lists_the_entries_that_need_fetching(feeds, tmp_path):
    from readout.api import run

    out = tmp_path / "out" / "events.jsonl"
    out.parent.mkdir()
    report = run([str(feeds)], db=str(tmp_path / "r.db"), out=str(out), progress=False)
    assert report.new == 3 and report.ignored == {"needs_fetching": 2}
    lines = [json.loads(x) for x in (out.parent / "events.rejects.jsonl").read_text().splitlines()]
    assert {x["doc"] for x in lines if x.get("needs_fetching")} == {"https://atom.example.net/n/3",
                                                                    "https://wire.example.org/a/3"}


def test_the_progress_and_the_rejects_say_an_entry_needs_fetching(feeds, tmp_path, capsys):
    """harden54: the progress line named link-only entries 'skipped', as if passed over for good."""
    from readout.api import run

    out = tmp_path / "events.jsonl"
    run([str(feeds)], db=str(tmp_path / "r.db"), out=str(out), progress=True)
    assert "2 need fetching" in capsys.readouterr().err
    lines = [json.loads(x) for x in (tmp_path / "events.rejects.jsonl").read_text().splitlines()]
    fetch = [x for x in lines if x.get("needs_fetching")]
    assert len(fetch) == 2 and all(x["code"] == "needs_fetching" and "fetch" in x["reason"] for x in fetch)
