"""(speed52, issue 20) The English relative clauses: `relative_re`'s second and third branches look ahead for ' who'
before their lookbehinds (the same matches as the pattern without the look-aheads), and `between_subject_and_verb`
reads the sentence's relative clauses from `clause_spans.relative_clauses`, found once per sentence, instead of
running the pattern again for every name. Our own sentences."""
from __future__ import annotations

import re

import pytest

from readout.kb.loader import lexicon
from readout.lang.base import Trigger
from readout.lang.en import clause_spans
from readout.lang.en.act_inner_relatives import LINKS, NOT_HEADS
from readout.lang.en.act_relative_partners import DETERMINERS, PERFECT
from readout.lang.en.clause_patterns import patterns, with_slots

LOOKAHEAD = r"(?=\s+who\b)"

SENTENCES = [
    "Lithuania, which borders Belarus, signed a pact with Poland on Tuesday.",
    "The Latvian envoy who visited Minsk urged talks with Vilnius.",  # a second past: no relative clause
    "The Estonian diplomats who had criticized the drills met officials in Riga.",
    "Finland's minister, who was in Oslo, said the ministers who has been pressing for talks spoke.",
    "An official who sought talks with Chad and a negotiator who had spoken to Niger met in Niamey.",
    "Ministers whose plans stalled, and envoys who flew home, blamed Kyiv; others who stayed agreed.",
    "The delegates WHO attended the summit in Tbilisi were greeted by Georgian officials.",
    "Nobody who matters said anything at the meeting in Baku.",
    "Peru's foreign minister met a Chilean envoy who urged talks with Bolivia.",  # the singular head's branch
    "Bolivia thanked the mediators who had brokered the truce in La Paz, officials said.",  # the plural's branch
    "Chile's president received an official who has sought new trade rules with Argentina.",
    "Armenia and Azerbaijan held talks in Geneva on Friday.",
    "",
]


def old_relative() -> re.Pattern:
    """The pattern as it was written before speed52: no look-ahead before the lookbehinds."""
    lex = lexicon("en")["clause"]
    return re.compile(with_slots(lex, lex["relative_re"].replace(LOOKAHEAD, "")), re.I)


def test_the_source_holds_the_look_aheads():
    """One look-ahead before each branch that opens with a look-behind (meet52's cut branches and meet51b's kept
    ones: four)."""
    source = lexicon("en")["clause"]["relative_re"]
    assert source.count(LOOKAHEAD) == source.count("|(?=") == 4


@pytest.mark.parametrize("text", SENTENCES)
def test_the_look_aheads_keep_every_match(text):
    new = [m.span() for m in patterns()["relative"].finditer(text)]
    assert new == [m.span() for m in old_relative().finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_between_subject_and_verb_reads_the_kept_clauses(text):
    spans = [m.span() for m in old_relative().finditer(text)]
    assert list(clause_spans.relative_clauses(text)) == spans
    for verb in re.finditer(r"\b(?:signed|urged|met|said|blamed|agreed|were|held)\b", text):
        trigger = Trigger(verb.start(), verb.end(), verb.group())
        for name in re.finditer(r"\b[A-Z][a-z]+", text):
            old = name.start() < trigger.start and any(a <= name.start() < b <= trigger.start for a, b in spans)
            assert clause_spans.between_subject_and_verb(text, name.start(), trigger) == old


def test_the_pattern_runs_once_per_sentence(monkeypatch):
    text = "Moldova, which hosts the talks, met Romania in Chisinau and signed a deal with Ukraine."
    clause_spans.relative_clauses.cache_clear()
    runs = []
    real = patterns()["relative"]

    class Counting:
        def finditer(self, string, *args):
            runs.append(string)
            return real.finditer(string, *args)

    monkeypatch.setitem(patterns(), "relative", Counting())
    trigger = Trigger(text.index("signed"), text.index("signed") + 6, "signed")
    for name in ("Moldova", "Romania", "Chisinau"):
        clause_spans.between_subject_and_verb(text, text.index(name), trigger)
    clause_spans.relative_spans(text)
    assert runs == [text]
    clause_spans.relative_clauses.cache_clear()


def test_the_head_noun_stops_are_the_three_lists():
    assert NOT_HEADS == DETERMINERS | PERFECT | LINKS
