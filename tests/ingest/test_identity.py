"""Document identity, invisible characters and bounded work: the rules of ingest/normalize.py,
ingest/records.py and the per-document time budget."""
from __future__ import annotations

import json
import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from readout import budget
from readout.api import extract_text, run
from readout.errors import BadRecord, TimeBudgetExceeded, TooLarge, UnsupportedInput
from readout.ingest.normalize import clean_text
from readout.ingest.records import document_id, record_to_document
from readout.ingest.sources import RawDocument, read_documents
from readout.settings import SETTINGS

GOOD_KO = "박진 외교부 장관은 13일 워싱턴에서 토니 블링컨 미국 국무장관과 회담했다."
GOOD_EN = "U.S. Secretary of State Antony Blinken met South Korean Foreign Minister Park Jin on Monday in Seoul."
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
             "\u2069", "\u00ad", "\u061c"]


# --- identity -------------------------------------------------------------------------------------------
def test_same_file_name_in_two_folders_is_two_documents(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "index.txt").write_text(GOOD_EN, encoding="utf-8")
    ids = [d.id for d in read_documents([str(tmp_path)])]
    assert ids == ["a/index.txt", "b/index.txt"]


def test_a_file_given_directly_is_named_by_its_file_name(tmp_path):
    (tmp_path / "x.txt").write_text(GOOD_EN, encoding="utf-8")
    assert [d.id for d in read_documents([str(tmp_path / "x.txt")])] == ["x.txt"]


def test_duplicate_ids_are_rejected_naming_both_places(tmp_path):
    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "same", "text": GOOD_EN}) + "\n", encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(json.dumps({"id": "other", "text": GOOD_KO}) + "\n"
                                        + json.dumps({"id": "same", "text": GOOD_KO}) + "\n", encoding="utf-8")
    items = list(read_documents([str(tmp_path)]))
    rejects = [i for i in items if not isinstance(i, RawDocument)]
    assert [d.id for d in items if isinstance(d, RawDocument)] == ["same", "other"]
    assert len(rejects) == 1 and rejects[0].code == "duplicate_id"
    assert "one.jsonl:1" in rejects[0].reason and "two.jsonl:2" in rejects[0].reason


def test_reruns_keep_the_same_winner(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "d", "text": GOOD_EN}) + "\n" + json.dumps({"id": "d", "text": GOOD_KO}) + "\n",
                    encoding="utf-8")
    first = run([str(feed)], db=str(tmp_path / "r.db"), progress=False)
    second = run([str(feed)], db=str(tmp_path / "r.db"), progress=False)
    assert first.new == 1 and second.unchanged == 1 and second.replaced == 0


@pytest.mark.parametrize("value,expected", [
    ("abc", "abc"), (" padded ", "padded"), ("123", "123"), ("e\u0301", "\u00e9"),
    ("\ud800x", "\ufffdx~74a7e4a2ddd5cec7"),  # harden54: a repaired id keeps a hash of the whole (two such ids stay apart)
])
def test_ids_are_normalized(value, expected):
    assert document_id({"id": value}, "w", SETTINGS.max_id_chars) == expected


def test_a_huge_integer_id_becomes_a_bounded_string():
    raw = b'{"id": ' + b"7" * 5000 + b', "text": "' + GOOD_EN.encode() + b'"}'
    doc = record_to_document(raw, "f.jsonl", "f.jsonl:1", 1, RawDocument, SETTINGS)
    assert len(doc.id) == SETTINGS.max_id_chars and doc.id.startswith("777")
    other = record_to_document(raw.replace(b"7777}", b"7778}").replace(b"77,", b"78,"), "f", "f:1", 1,
                                RawDocument, SETTINGS)
    assert other.id != doc.id  # the hash of the whole id keeps long ids apart


def test_url_is_the_id_when_there_is_none():
    raw = json.dumps({"url": "https://example.org/a", "text": GOOD_EN}).encode()
    assert record_to_document(raw, "f", "f:1", 1,
                                RawDocument, SETTINGS).id == "https://example.org/a"


def test_a_lone_surrogate_is_replaced_and_the_document_stored(tmp_path):
    (tmp_path / "s.jsonl").write_bytes(b'{"id": "s", "text": "' + GOOD_EN.encode() + b' \\ud800 end"}\n')
    report = run([str(tmp_path / "s.jsonl")], db=str(tmp_path / "r.db"), progress=False)
    assert report.rejected == [] and report.new == 1


def test_a_byte_order_mark_does_not_cost_the_first_line(tmp_path):
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "first", "text": GOOD_EN}).encode() + b"\n")
    assert [d.id for d in read_documents([str(tmp_path)])] == ["first"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded(tmp_path, codec):
    (tmp_path / "u.txt").write_bytes(GOOD_EN.encode(codec))
    assert [d.text for d in read_documents([str(tmp_path)])] == [GOOD_EN]


# --- invisible characters --------------------------------------------------------------------------------
@pytest.mark.parametrize("char", INVISIBLE)
def test_invisible_characters_are_removed(char):
    assert clean_text(f"박{char}진 met{char} Park") == "박진 met Park"


@pytest.mark.parametrize("text", [GOOD_KO, GOOD_EN])
@pytest.mark.parametrize("char", ["\u200b", "\u200d", "\u200f", "\u2066"])
def test_invisible_characters_inside_names_do_not_hide_them(extract, text, char):
    plain = extract(text)
    hidden = extract(text.replace("진", f"진{char}").replace("Park", f"Pa{char}rk").replace("블링", f"블{char}링"))
    assert [(e.type, sorted(p.name for p in e.participants)) for e in hidden.events] == \
        [(e.type, sorted(p.name for p in e.participants)) for e in plain.events]
    assert plain.events and char not in hidden.text
    for e in hidden.events:  # offsets point into the stored (cleaned) text
        assert all(hidden.text[s.start:s.end].strip() for s in e.evidence)


@pytest.mark.parametrize("separator,expected", [("\r\n", "\n"), ("\r", "\n"), ("\u2028", "\n"), ("\x0b", " "),
                                                 ("\x00", ""), ("\x1b", ""), ("\x7f", ""), ("\x85", "\n")])
def test_line_breaks_and_controls(separator, expected):
    assert clean_text(f"a{separator}b") == f"a{expected}b"


def test_text_over_the_extraction_limit_is_rejected():
    with pytest.raises(TooLarge):
        clean_text("a" * (SETTINGS.max_extract_chars + 1), "big", SETTINGS.max_extract_chars)


# --- Hypothesis ----------------------------------------------------------------------------------------
FORMAT_AND_CONTROL = st.characters(whitelist_categories=("Cc", "Cf", "Cs", "Zl", "Zp"))
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                           max_leaves=20)


@hsettings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300),
                 st.dictionaries(st.sampled_from(["id", "text", "html", "url", "title", "published", "source", "x"]),
                                 json_values).map(lambda d: json.dumps(d).encode()),
                 st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_jsonl_line_is_a_document_or_a_bad_record(raw):
    try:
        doc = record_to_document(raw, "f.jsonl", "f.jsonl:1", 1, RawDocument, SETTINGS)
    except BadRecord as exc:
        assert exc.message
        return
    assert isinstance(doc.id, str) and 0 < len(doc.id) <= SETTINGS.max_id_chars
    for value in (doc.id, doc.text, doc.html, doc.url, doc.title, doc.source):
        if value is not None:
            value.encode("utf-8")  # no lone surrogate reaches the database
    assert doc.published is None or SETTINGS.min_year <= doc.published.year <= SETTINGS.max_year


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(GOOD_EN)), FORMAT_AND_CONTROL), max_size=8))
def test_text_with_random_control_and_format_characters(insertions):
    text = GOOD_EN
    for pos, char in sorted(insertions, reverse=True):
        text = text[:pos] + char + text[pos:]
    try:
        article = extract_text(text, "h", date(2024, 11, 15))
    except UnsupportedInput as exc:  # a text damaged enough to read as another language: skipped, named
        assert exc.detail.get("skipped")
        return
    except BadRecord as exc:  # a NUL character: binary data, rejected as on the JSONL path (budget53)
        assert "\x00" in text and "NUL" in exc.message and exc.doc == "h"
        return
    assert "\x00" not in text
    cleaned = article.text
    cleaned.encode("utf-8")
    assert not any(c in cleaned for c in INVISIBLE)
    for event in article.events:
        for span in event.evidence:
            assert 0 <= span.start < span.end <= len(cleaned)


# --- bounded work ---------------------------------------------------------------------------------------
def test_the_budget_stops_a_loop_in_any_thread():
    import threading

    errors = []

    def work():
        try:
            with budget.limit(0.05, "doc"):
                while True:
                    budget.check("loop")
        except TimeBudgetExceeded as exc:
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(5)
    assert errors and errors[0].doc == "doc" and "loop" in errors[0].message
    budget.check()  # no budget outside the block


def unpunctuated(words: list[str], size: int) -> str:
    out, total, i = [], 0, 0
    while total < size:
        out.append(words[i % len(words)])
        total += len(out[-1]) + 1
        i += 7
    return " ".join(out)[:size]


@pytest.mark.parametrize("words", [GOOD_KO.rstrip(".").split(), GOOD_EN.rstrip(".").split()], ids=["ko", "en"])
def test_a_megabyte_paragraph_finishes_within_the_budget(words):
    from readout.pipeline import default_pipeline

    seconds = 4.0
    pipeline = default_pipeline(SETTINGS.replace(document_seconds=seconds))
    extract_text(GOOD_KO + "\n" + GOOD_EN, "warm", date(2024, 11, 15), pipeline)  # models loaded outside the budget
    text = unpunctuated(words, SETTINGS.max_extract_chars - 10)
    started = time.monotonic()
    try:
        extract_text(text, "mb", date(2024, 11, 15), pipeline)
    except TimeBudgetExceeded as exc:
        assert exc.doc == "mb"
    assert time.monotonic() - started < seconds + 4  # one uninterruptible piece past the deadline at most


@pytest.mark.parametrize("words", [GOOD_KO.rstrip(".").split(), GOOD_EN.rstrip(".").split()], ids=["ko", "en"])
def test_extraction_is_about_linear_in_sentence_length(words):
    def cost(n: int) -> float:
        text = unpunctuated(words, n)
        started = time.process_time()
        extract_text(text, "lin", date(2024, 11, 15))
        return time.process_time() - started

    cost(2000)  # warm up the models
    small, large = min(cost(10_000) for _ in range(2)), min(cost(40_000) for _ in range(2))
    assert large < 4 * small * 2.5  # four times the text: well under the sixteen of a quadratic step


@pytest.mark.parametrize("errno_,code,reason", [(13, "unreadable", "permission denied"),
                                                (5, "unreadable", "Input/output error"),
                                                (40, "not_regular_file", "symbolic link loop")])
def test_operating_system_refusals_are_named(tmp_path, monkeypatch, errno_, code, reason):
    import os

    from readout.ingest import sources

    (tmp_path / "x.txt").write_text(GOOD_EN, encoding="utf-8")
    real_open = os.open

    def refusing(path, *args, **kwargs):
        if str(path).endswith("x.txt"):
            raise OSError(errno_, os.strerror(errno_), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(sources.os, "open", refusing)
    [reject] = list(read_documents([str(tmp_path)]))
    assert (reject.code, reject.doc) == (code, "x.txt") and reason in reject.reason


def test_the_ids_read_are_kept_out_of_memory():
    """`SeenIds` answers as the dict it replaced (the first place, for every later reading of an id),
    and the Python heap does not grow with the number of ids (they live in a temporary database)."""
    import tracemalloc

    from readout.ingest.sources import SeenIds

    seen = SeenIds()
    assert seen.setdefault("a.txt", "in/a.txt") == "in/a.txt"
    assert seen.setdefault("a.txt", "other/a.txt") == "in/a.txt"
    assert seen.setdefault("feed.jsonl:2", "feed.jsonl:2") == "feed.jsonl:2"
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for n in range(20_000):
            seen.setdefault(f"https://news.example/{n:06d}/an-article-with-a-long-address", f"crawl.warc.gz:{n}")
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 200_000  # a dict of them: about 5 MB
    assert seen.setdefault("https://news.example/000007/an-article-with-a-long-address", "x") == "crawl.warc.gz:7"
    seen.close()
