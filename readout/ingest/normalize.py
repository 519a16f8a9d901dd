"""The text a document is stored and read with: invisible characters out, nothing else changed.

Design: the cleaning happens once, at ingest, and the cleaned text is the stored `Article.text`. Every
offset (sentences, mentions, evidence) is into that stored text, so no offset map is needed and the
web page highlights exactly what extraction read. What is removed never carries meaning in news text:
zero-width spaces and joiners, word joiners, soft hyphens, byte-order marks inside the text, and the
bidirectional marks, embeddings and isolates (they hide a name from every pattern: 박\u200b진 is not
박진). Other control characters (C0 and C1) are dropped too (Secret\x7fary is Secretary, not a
Dutch-looking 'Secret ary'), except the vertical tab and form feed, which become a space; line and
paragraph separators become line breaks; lone UTF-16 surrogates (which no encoder accepts) become
U+FFFD. The longest text extraction may see is `max_extract_chars` (bounded work per document).
"""
from __future__ import annotations

import re

from readout.errors import TooLarge

INVISIBLE_RE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
SPACING_CONTROL_RE = re.compile("[\x0b\x0c]")
SURROGATE_RE = re.compile("[\ud800-\udfff]")
LINE_SEPARATOR_RE = re.compile("\r\n|[\r\u2028\u2029\x85]")


def no_surrogates(value: str) -> str:
    """A string every encoder accepts: a lone surrogate (from a JSON escape like \\ud800) becomes U+FFFD."""
    return SURROGATE_RE.sub("\ufffd", value)


def clean_text(text: str, doc: str | None = None, max_chars: int | None = None) -> str:
    """The stored text of a document (see the module docstring); a text over `max_chars` (a run passes
    its setting `max_extract_chars`) is rejected."""
    text = LINE_SEPARATOR_RE.sub("\n", text)
    text = INVISIBLE_RE.sub("", text)
    text = CONTROL_RE.sub("", text)
    text = SPACING_CONTROL_RE.sub(" ", text)
    text = no_surrogates(text)
    if max_chars is not None and len(text) > max_chars:
        raise TooLarge(f"text of {len(text)} characters is over the extraction limit of "
                       f"{max_chars} (setting max_extract_chars)", doc=doc)
    return text
