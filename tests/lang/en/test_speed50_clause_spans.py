"""(speed50) The bare commas a trailing attribution may follow are found once per sentence (`clause_spans.free_commas`),
and `speaker_comma` answers from them as the scan of the whole sentence it replaced did, at every position. Every
sentence is written for the test."""
from __future__ import annotations

import pytest

from readout.lang.en.clause_patterns import boundary_pattern
from readout.lang.en.clause_spans import clause_bounds, free_commas, relative_spans, speaker_comma
from readout.patterns import fold


def scanned_speaker_comma(low: str, start: int, embedded) -> int:
    """The plain computation: the boundary pattern over the whole sentence, up to `start`."""
    last = 0
    for m in boundary_pattern().finditer(low):
        if m.start() >= start:
            break
        if m.group() == "," and not any(a <= m.start() < b for a, b in embedded):
            last = m.end()
    return last


SENTENCES = [
    "Chile's navy seized a trawler off Arica, Peru said on Thursday.",
    "Ghana, which borders Togo, closed its embassy in Lome, officials in Accra said.",
    "The minister, speaking at a rally in Kumasi, accused Togo of shelling a border post, and Togo denied it.",
    "Uruguay, Paraguay, and Bolivia condemned the raid, the foreign ministry in Montevideo said late on Monday.",
    "No comma stands in this sentence about Fiji and Tonga",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_speaker_comma_answers_as_the_whole_scan_at_every_position(text):
    low, embedded = fold(text), relative_spans(text)
    for start in range(len(text) + 1):
        assert speaker_comma(low, start, embedded) == scanned_speaker_comma(low, start, embedded)


@pytest.mark.parametrize("text, comma_after", [
    ("Chile's navy seized a trawler off Arica, Peru said on Thursday.", "Arica"),
    ("Togo shelled a post near Aflao, Ghana alleged.", "Aflao"),
])
def test_a_trailing_attribution_starts_after_its_comma(text, comma_after):
    comma = text.index(comma_after) + len(comma_after)
    assert any(a == comma for a, _ in free_commas(fold(text), tuple(relative_spans(text))))
    speaker = text.index(",", comma) + 2
    assert clause_bounds(text, speaker, speaker + 4)[0] > comma


def test_commas_inside_an_embedded_clause_are_not_kept():
    text = "Ghana, which borders Togo, closed its embassy in Lome, officials in Accra said."
    embedded = tuple(relative_spans(text))
    assert embedded
    assert all(not any(a <= c < b for a, b in embedded) for c, _ in free_commas(fold(text), embedded))
