"""(harden60, issue 20) Fuzzing the readers not fuzzed before: RSS and Atom feeds built entry by entry (random
titles, links, dates, markup, cut anywhere), and every reader's input gzip-compressed (cut, a byte flipped, compressed
twice, a stored file name, a bare `.gz` name). For any of them: the batch goes on (a good file after it is read),
every reject names its file, and no reject is an exception's words (`read_documents` turning a crash into a reject).
Sentences and names are ours."""
from __future__ import annotations

import gzip
import io
import re
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from readout.ingest.sources import RawDocument, Reject, read_documents
from tests.ingest.test_fuzz_properties import contents

SENTENCES = [
    "The Latvian trade minister met her Kenyan counterpart in Riga on Wednesday to sign a grain accord.",
    "Bolivia condemned Chile's decision on Friday to close the Tambo Quemado border crossing.",
    "라트비아 통상장관은 수요일 리가에서 케냐 통상장관과 만나 곡물 협정에 서명했다.",
    "볼리비아는 금요일 칠레의 국경 검문소 폐쇄 결정을 규탄했다.",
]
CRASH = re.compile(r"^[A-Z]\w*(Error|Exception|Exit)\b")  # what `read_documents` writes of an exception it caught
SENTINEL = ("zz-last.txt", SENTENCES[0].encode())  # read after the fuzzed file: the batch went on

field_text = st.one_of(st.sampled_from(SENTENCES), st.text(max_size=40),
                       st.sampled_from(["<b>bold</b> " + SENTENCES[2], "&amp; &bogus; &#0; &#xD800;", "]]>", "\x00",
                                        "<![CDATA[" + SENTENCES[1] + "]]>", "<script>x()</script>"]))
dates = st.one_of(st.just(""), st.text(max_size=12), st.sampled_from([
    "Wed, 04 Mar 2026 09:00:00 +0900", "2026-03-04T09:00:00Z", "2026-02-30", "Mon, 99 Foo 2026 25:61:00 GMT",
    "0000-00-00", "9999-12-31T23:59:59+14:00", "2026-03-04T09:00:00+25:00"]))
links = st.one_of(st.just(""), st.text(max_size=20), st.sampled_from([
    "https://news.example.org/riga/1", "javascript:alert(1)", "http://[::1", "//x", "https://x.example/" + "a" * 3000]))
entries = st.lists(st.tuples(field_text, links, field_text, dates), max_size=4)


def escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def rss(items: list[tuple], raw: bool) -> str:
    """An RSS 2.0 feed of `items` (title, link, description, date); `raw`: the fields unescaped (markup as is)."""
    esc = (lambda t: t) if raw else escaped
    body = "".join(f"<item><title>{esc(t)}</title><link>{esc(u)}</link><description>{esc(d)}</description>"
                   f"<pubDate>{esc(p)}</pubDate></item>" for t, u, d, p in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Wire</title>{body}"
            "</channel></rss>")


def atom(items: list[tuple], raw: bool) -> str:
    esc = (lambda t: t) if raw else escaped
    body = "".join(f"<entry><title>{esc(t)}</title><link href=\"{esc(u).replace(chr(34), '')}\"/><id>{esc(u)}</id>"
                   f"<summary type='html'>{esc(d)}</summary><updated>{esc(p)}</updated></entry>"
                   for t, u, d, p in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>W</title>{body}"
            "</feed>")


feeds = st.builds(lambda make, items, raw, cut, encoding: cut_at(make(items, raw).encode(encoding, "replace"), cut),
                  st.sampled_from([rss, atom]), entries, st.booleans(), st.one_of(st.none(), st.integers(0, 2000)),
                  st.sampled_from(["utf-8", "cp949", "latin-1"]))


def cut_at(data: bytes, cut: int | None) -> bytes:
    return data if cut is None else data[:cut]


def check_batch(folder: Path, fuzzed: Path) -> list:
    """Read the folder; assert the reader's promises; the items of the fuzzed file."""
    items = list(read_documents([str(folder)]))  # an exception escaping fails the test
    mine = [i for i in items if (i.path if isinstance(i, Reject) else i.path) == str(fuzzed)]
    for item in items:
        if isinstance(item, Reject):
            assert item.code and item.reason.strip() and item.doc and item.path, item
            assert not CRASH.match(item.reason), item  # a crash turned into a reject
        else:
            assert isinstance(item, RawDocument) and (item.text is not None or item.html is not None)
    last = [i for i in items if isinstance(i, RawDocument) and i.id == SENTINEL[0]]
    assert len(last) == 1, items  # the batch went on
    return mine


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SENTINEL[0]).write_bytes(SENTINEL[1])
    path = folder / name
    path.write_bytes(data)
    return path


SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@hsettings(max_examples=60, **SETTINGS)
@given(feeds, st.sampled_from([".rss", ".xml", ".atom"]))
def test_any_feed_gives_documents_skips_or_rejects_naming_the_file(tmp_path_factory, data, suffix):
    folder = tmp_path_factory.mktemp("fuzz-feed")
    path = write(folder, "wire" + suffix, data)
    mine = check_batch(folder, path)
    assert all(i.doc for i in mine)


def damaged(data: bytes, how: str, at: int, name: str | None) -> bytes:
    """`data` gzip-compressed (storing `name`), then cut at `at`, a byte at `at` flipped, or compressed again."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename=name or "", mode="wb", fileobj=buffer, mtime=0) as f:
        f.write(data)
    packed = buffer.getvalue()
    at = at % max(len(packed), 1)
    if how == "cut":
        return packed[:at]
    if how == "flip":
        return packed[:at] + bytes([packed[at] ^ 0xFF]) + packed[at + 1:] if packed else packed
    if how == "twice":
        return gzip.compress(packed, mtime=0)
    if how == "thrice":
        return gzip.compress(gzip.compress(packed, mtime=0), mtime=0)
    return packed


NAMES = st.one_of(st.none(), st.sampled_from(["feed.jsonl", "story.html", "story.txt", "crawl.warc", "wire.rss",
                                              "list.json", "table.bin", "../x.jsonl", "말로.txt"]),
                  st.text(string.printable, max_size=12))


@hsettings(max_examples=80, **SETTINGS)
@given(st.one_of(contents, feeds), st.sampled_from(["whole", "cut", "flip", "twice", "thrice"]),
       st.integers(0, 10_000), NAMES,
       st.sampled_from([".jsonl.gz", ".json.gz", ".html.gz", ".txt", ".txt.gz", ".rss.gz", ".warc.gz", ".gz", ""]))
def test_any_gzip_input_is_read_or_one_named_reject(tmp_path_factory, data, how, at, name, suffix):
    folder = tmp_path_factory.mktemp("fuzz-gzip")
    path = write(folder, "input" + suffix, damaged(data, how, at, name))
    mine = check_batch(folder, path)
    if suffix in (".html.gz", ".txt", ".txt.gz"):  # one document per file: one item, a page or a reject
        assert len(mine) == 1 and (isinstance(mine[0], RawDocument) or mine[0].doc == "input" + suffix), mine


# --- the class the feed fuzz found: a numeric reference to no character crashed feedparser's loose parser -----------
LONG = SENTENCES[0] + " " + SENTENCES[1] + " The talks will go on in Nairobi next month. " * 8
LONG_KO = SENTENCES[2] + " " + SENTENCES[3] + " 협의는 다음 달 나이로비에서 이어진다. " * 12


@pytest.mark.parametrize("reference", ["&#xD800;", "&#XDFFF;", "&#55296;", "&#1114112;", "&#x110000;",
                                       "&#" + "9" * 5000 + ";"])
@pytest.mark.parametrize("make, body", [(rss, LONG), (atom, LONG_KO)])
def test_a_reference_to_no_character_is_read_as_the_replacement_character(tmp_path, make, body, reference):
    """Before harden60 the feed was one reject, 'UnicodeEncodeError: ...' (or ValueError): its entries lost."""
    feed = make([("Riga " + reference + " talks", "https://news.example.org/riga/2", body + reference,
                  "2026-03-04T09:00:00Z")], raw=True)
    path = tmp_path / "wire.xml"
    path.write_bytes(feed.encode())
    (doc,) = read_documents([str(path)])
    assert isinstance(doc, RawDocument) and "\ufffd" in doc.html and body.split(" ")[0] in doc.html


@pytest.mark.parametrize("reference", ["&#xAC00;", "&#233;", "&#x1F600;"])
def test_a_reference_to_a_character_is_kept(reference):
    from readout.ingest.feeds import NUMERIC_REFERENCE, code_point_mended

    assert NUMERIC_REFERENCE.sub(code_point_mended, reference.encode()) == reference.encode()


# --- the second class the feed fuzz found: an address urllib cannot split lost the whole feed -----------------------
@pytest.mark.parametrize("link, expected", [
    ("https://[::1/riga", "https://[::1/riga"), (" A://[ ", "A://["), ("http://[zz]/x", "http://[zz]/x"),
    ("HTTPS://News.Example.org:443/a?utm_source=x&b=1", "https://news.example.org/a?b=1"),
])
def test_an_address_urllib_cannot_split_is_kept_as_written(link, expected):
    from readout.ingest.urls import canonical_url

    assert canonical_url(link) == expected


@pytest.mark.parametrize("make, body", [(rss, LONG), (atom, LONG_KO)])
def test_a_feed_entry_with_a_broken_address_loses_no_entry(tmp_path, make, body):
    """Before harden60: one reject 'ValueError: Invalid IPv6 URL' for the whole feed."""
    feed = make([("Riga", "https://[::1/riga", body, "2026-03-04T09:00:00Z"),
                 ("Nairobi", "https://news.example.org/nairobi", body, "2026-03-05T09:00:00Z")], raw=False)
    path = tmp_path / "wire.rss"
    path.write_bytes(feed.encode())
    docs = list(read_documents([str(path)]))
    assert [d.id for d in docs] == ["https://[::1/riga", "https://news.example.org/nairobi"]
    assert all(isinstance(d, RawDocument) for d in docs)
