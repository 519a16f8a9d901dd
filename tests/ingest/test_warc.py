"""Web archives: the HTML pages of a WARC file are articles with their URL and capture date; what is
not an article (image, redirect, revisit, second capture) is counted, not rejected."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from readout.ingest.article import to_article
from readout.ingest.sources import RawDocument, Skipped, read_documents
from readout.parallel import batches, task_key
from readout.model import Article
from tests.ingest.news_pages import EN_1, EN_2, KO_1, KO_2, page

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402


def add(writer, url, body: bytes, status="200 OK", ctype="text/html; charset=utf-8", when="2024-05-01T10:00:00Z",
        kind="response", extra=()):
    headers = StatusAndHeaders(status, [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, kind, payload=io.BytesIO(body), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": when})
    writer.write_record(record)


def write_archive(path: Path, gz: bool) -> None:
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        add(w, "https://News.Example.com/world/1?utm_source=x#top", page(EN_1).encode(), when="2024-05-01T10:00:00Z")
        add(w, "https://news.example.com/ko/1", page(KO_1).encode(), when="2024-05-02T23:59:59Z")
        add(w, "https://news.example.com/ko/2", page(KO_2, "euc-kr").encode("euc-kr"),
            ctype="text/html; charset=euc-kr", when="2024-05-03T01:00:00Z")
        add(w, "https://news.example.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(50), ctype="image/png")
        add(w, "https://news.example.com/old", b"", status="301 Moved Permanently",
            extra=[("Location", "https://news.example.com/world/1")])
        add(w, "https://news.example.com/world/1", page(EN_1).encode(), when="2024-05-04T10:00:00Z")  # again
        revisit = w.create_revisit_record("https://news.example.com/ko/1", digest="sha1:AAAA",
                                          refers_to_uri="https://news.example.com/ko/1",
                                          refers_to_date="2024-05-02T23:59:59Z")
        w.write_record(revisit)
        w.write_record(w.create_warc_record("https://news.example.com/en/2", "resource",
                                            payload=io.BytesIO(page(EN_2).encode()),
                                            warc_content_type="text/html",
                                            warc_headers_dict={"WARC-Date": "2024-05-05T08:00:00Z"}))


@pytest.fixture(params=[".warc", ".warc.gz"])
def archive(tmp_path, request) -> Path:
    path = tmp_path / f"crawl{request.param}"
    write_archive(path, gz=request.param.endswith(".gz"))
    return path


def test_html_records_are_articles_with_url_and_capture_date(archive):
    items = list(read_documents([str(archive)]))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [(d.id, d.captured) for d in docs] == [
        ("https://news.example.com/world/1", date(2024, 5, 1)),
        ("https://news.example.com/ko/1", date(2024, 5, 2)),
        ("https://news.example.com/ko/2", date(2024, 5, 3)),
        ("https://news.example.com/en/2", date(2024, 5, 5)),
    ]
    assert docs[0].url == "https://News.Example.com/world/1?utm_source=x#top"  # the address as captured
    assert "노르웨이 외교부" in docs[2].html  # EUC-KR decoded by the HTTP header's charset


def test_what_is_not_an_article_is_counted_not_rejected(archive):
    skipped = [i for i in read_documents([str(archive)]) if isinstance(i, Skipped)]
    assert sorted(s.code for s in skipped) == ["duplicate_url", "not_html", "redirect", "revisit"]


def test_capture_date_is_only_a_fallback(archive):
    docs = [i for i in read_documents([str(archive)]) if isinstance(i, RawDocument)]
    article = to_article(docs[1])
    assert article.published == date(2024, 5, 2) and article.published_basis == "capture date"
    assert "부산에서 칠레 외교장관과 회담" in article.text
    dated = RawDocument("x", html=page(EN_1).replace("<head>", '<head><meta property="article:published_time" '
                                                      'content="2024-04-28">'), captured=date(2024, 5, 1))
    assert to_article(dated).published == date(2024, 4, 28)  # the page's own date comes first


def test_a_second_archive_with_the_same_page_is_a_duplicate_not_an_error(tmp_path):
    for name in ("a.warc", "b.warc.gz"):
        write_archive(tmp_path / name, gz=name.endswith(".gz"))
    items = list(read_documents([str(tmp_path)]))
    assert sum(isinstance(i, RawDocument) for i in items) == 4
    assert sum(isinstance(i, Skipped) and i.code == "duplicate_url" for i in items) == 1 + 5


def test_a_damaged_archive_is_rejected_by_name(tmp_path):
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not a web archive\r\n\r\n")
    items = list(read_documents([str(bad)]))
    assert len(items) == 1 and items[0].code in ("unsupported_input", "unreadable")


def test_one_archive_file_is_one_dask_task():
    arts = [Article(f"a{i}", "t", path="x/a.warc.gz") for i in range(70)]
    arts += [Article(f"b{i}", "t", path="x/b.warc") for i in range(3)]
    arts += [Article(f"j{i}", "t", path="x/c.jsonl") for i in range(5)]
    sizes = [len(b) for b in batches(arts, 64, task_key)]
    assert sizes == [70, 3, 5]
    assert [len(b) for b in batches(list(range(130)), 64)] == [64, 64, 2]


def test_a_folder_of_archives_on_dask_exports_what_a_local_run_exports(tmp_path):
    pytest.importorskip("distributed", reason="dask.distributed is not installed")
    from readout.cli import main
    from tests.conftest import read_jsonl

    crawl = tmp_path / "crawl"
    crawl.mkdir()
    write_archive(crawl / "a.warc.gz", gz=True)
    with open(crawl / "b.warc", "wb") as f:
        w = WARCWriter(f, gzip=False)
        add(w, "https://other.example.org/en/3", page(EN_2).encode().replace(b"Norway", b"Sweden"),
            when="2024-06-01T00:00:00Z")
    exports = {}
    for name, extra in {"local": [], "dask": ["--engine", "dask", "--workers", "1"]}.items():
        out = tmp_path / f"{name}.jsonl"
        assert main(["run", str(crawl), "--db", str(tmp_path / f"{name}.db"), "--out", str(out), "--quiet", *extra]) == 0
        exports[name] = sorted(read_jsonl(out), key=lambda e: e["id"])
    assert exports["local"] and exports["dask"] == exports["local"]


def test_the_run_summary_counts_what_was_passed_over(archive, tmp_path, capsys):
    from readout.cli import main

    assert main(["run", str(archive), "--db", str(tmp_path / "s.db"), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "read 4 documents: 4 new" in out
    assert "passed over 4 records that are not articles (1 duplicate_url, 1 not_html, 1 redirect, 1 revisit)" in out
