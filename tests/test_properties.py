"""Property-based: the text pipeline never raises on arbitrary input, and every evidence offset
points inside its document."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readout.api import extract_text, to_article
from readout.errors import BadRecord, ReadoutError, UnsupportedInput
from readout.ingest.decode import decode
from readout.ingest.normalize import clean_text
from readout.ingest.sources import RawDocument

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
PIECES = st.sampled_from(["조태열 장관은 ", "블링컨 국무장관과 ", "14일 ", "회담했다. ", "Secretary Blinken met ",
                          "Foreign Minister Cho ", "on Thursday ", "in Lima. ", "<script>x</script>", "<p>", "\n",
                          "북한이 미사일을 발사했다. ", "(현지시간)", "[서울=가상통신]", "• 페이스북\n"])
MIXED = st.lists(st.one_of(PIECES, st.text(alphabet=HANGUL, max_size=6), st.text(max_size=8)), max_size=40).map("".join)
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str) -> None:
    try:
        article = extract_text(text, "prop.txt", date(2024, 11, 15))
    except UnsupportedInput as exc:  # no Korean or English paragraph: skipped, naming the language
        assert exc.detail.get("skipped") and "not Korean or English" in exc.message
        return
    except BadRecord as exc:  # a NUL is binary data, not text: rejected by name (budget53), never cleaned away
        assert "\x00" in text and "NUL" in exc.message and "prop.txt" in str(exc)
        return
    n = len(article.text)
    assert article.text == clean_text(text)  # the stored text: invisible and control characters out
    for span in article.sentences + article.boilerplate:
        assert 0 <= span.start <= span.end <= n
    for event in article.events:
        for ev in event.evidence:
            assert 0 <= ev.start < ev.end <= n


@SLOW
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text):
    check(text)


@SLOW
@given(MIXED)
def test_mixes_of_hangul_latin_and_markup_never_raise(text):
    check(text)


@SLOW
@given(st.binary(max_size=400))
def test_arbitrary_bytes_are_read_or_rejected_cleanly(data):
    try:
        text = decode(data, "b.txt")
    except ReadoutError:
        return
    check(text)


@SLOW
@given(MIXED)
def test_arbitrary_html_is_read_or_rejected_cleanly(html):
    try:
        article = to_article(RawDocument("p.html", html=f"<html><body>{html}</body></html>"))
    except ReadoutError:
        return
    check(article.text)
