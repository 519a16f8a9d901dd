"""A page that names UTF-16 (or UTF-32) in its own meta tag, or in an HTTP header, while its bytes are ASCII-safe is
read as UTF-8, not as UTF-16 noise; a real UTF-16 page is still read (harden56). The pages are ours."""
from __future__ import annotations

import pytest

from readout.ingest.decode import decode, is_wide
from readout.ingest.warc import decode_declared

EN = "<p>The Bolivian trade minister met his Estonian counterpart in Sucre on Friday.</p>"
KO = "<p>볼리비아 통상장관은 금요일 수크레에서 에스토니아 통상장관과 회담했다.</p>"


def html(body: str, meta: str) -> str:
    return f'<html><head><meta charset="{meta}"><title>t</title></head><body>{body}</body></html>'


@pytest.mark.parametrize("body", [EN, KO])
@pytest.mark.parametrize("meta", ["utf-16", "UTF-16LE", "utf_16be", "utf-32", "unicode"])
def test_a_wide_meta_charset_on_utf8_bytes_is_read_as_utf8(body, meta):
    page = html(body, meta)
    assert decode(page.encode("utf-8"), "page.html") == page


@pytest.mark.parametrize("body", [EN, KO])
def test_a_real_utf16_page_is_still_read(body):
    page = html(body, "utf-16")
    assert decode(page.encode("utf-16"), "page.html") == page  # its byte-order mark


def test_a_real_utf16_page_without_a_mark_is_still_read():
    page = html(EN, "utf-16")  # Korean without a mark: tests/ingest/test_wide_and_latin.py (harden57)
    assert decode(page.encode("utf-16-le"), "page.html") == page  # its NUL bytes


@pytest.mark.parametrize("body", [EN, KO])
def test_a_wide_http_charset_on_utf8_bytes_is_not_believed(body):
    page = html(body, "utf-8")
    assert decode_declared(page.encode("utf-8"), "text/html; charset=utf-16", "https://paper.example/x") == page


def test_a_wide_http_charset_on_utf16_bytes_is_believed():
    page = html(KO, "utf-16")
    assert decode_declared(page.encode("utf-16"), "text/html; charset=UTF-16", "https://paper.example/y") == page


@pytest.mark.parametrize("name,wide", [("UTF-16", True), ("utf16le", True), ("UTF_32BE", True), ("utf-8", False),
                                       ("euc-kr", False), ("utf-7", False)])
def test_which_names_are_wide(name, wide):
    assert is_wide(name) is wide
