"""(speed48) A stretch of time or a recurrence with the verb ('criticized Chile for years', 'For decades, Peru has
...', 'have clashed time and again'): the wordings are split once (`act_background.wording_phrases`) and compared only
where a wording's first word stands; the reading is the one that compares every wording at every place. Our own
sentences."""
from __future__ import annotations


import pytest

from readout.lang.en.act_background import wording_phrases, stretched
from readout.lang.en.act_matcher import matcher
from readout.lang.en.act_tokens import tokenize


def every_place(toks, i, cues) -> bool:
    """The reading with no first-word gate: every wording compared at the sentence's opening and after the verb."""
    from readout.lang.en.act_background import RECURRENCE_REACH, clause_closed

    phrases = [tuple(p.split()) for p in cues.stretch_wordings]
    opened = next((len(p) for p in phrases if tuple(t.low for t in toks[:len(p)]) == p and len(toks) > len(p)
                   and toks[len(p)].raw == ","), None)
    if opened is not None and i > 2 and not clause_closed(toks, opened + 1, i, cues):
        return True
    for k in range(i + 1, min(len(toks), i + 1 + RECURRENCE_REACH)):
        if any(tuple(t.low for t in toks[k:k + len(p)]) == p for p in phrases):
            return True
        if not toks[k].word or toks[k].low in cues.clause_breaks or toks[k].low in cues.perfect_auxiliaries \
                or toks[k].low in cues.be or toks[k].low in cues.reporting:
            return False
    return False


ROWS = [  # sentence, verb, whether a stretch stands with it
    ("Ghana has criticized Togo for years over its border posts.", "criticized", True),
    ("For decades, Peru has sanctioned the mining firms of Chile.", "sanctioned", True),
    ("Quito accused Lima over the years of hiding its debts.", "accused", True),
    ("Malta condemned the raid for a long time before the vote.", "condemned", True),
    ("Benin sanctioned Niger for five years under the accord.", "sanctioned", False),  # a measure's length
    ("Oslo said Riga had funded the militia for months.", "said", False),  # the reported clause's stretch
    ("For years, Chad has criticized Sudan, and on Monday it recalled its envoy.", "recalled", False),  # a new clause
    ("Nepal condemned the attack on Friday.", "condemned", False),
    ("", None, False),
]


@pytest.mark.parametrize("text, verb, expected", ROWS)
def test_a_stretch_reads_as_comparing_every_wording_everywhere(text, verb, expected):
    cues, toks = matcher().cues, tokenize(text)
    i = next((k for k, t in enumerate(toks) if t.low == verb), 0)
    assert stretched(toks, i, cues) is expected
    assert every_place(toks, i, cues) is expected


@pytest.mark.parametrize("text, verb, expected", ROWS)
def test_an_empty_wording_compares_every_place(text, verb, expected):
    cues = matcher().cues.replace(stretch_wordings=matcher().cues.stretch_wordings | {""})
    toks = tokenize(text)
    i = next((k for k, t in enumerate(toks) if t.low == verb), 0)
    assert wording_phrases(cues.stretch_wordings)[1] is None
    assert stretched(toks, i, cues) is every_place(toks, i, cues)


def test_the_wordings_are_split_once():
    wordings = matcher().cues.stretch_wordings
    assert wording_phrases(wordings) is wording_phrases(wordings)
    assert {p[0] for p in wording_phrases(wordings)[0]} == wording_phrases(wordings)[1]


def recurring_every_place(toks, j, cues) -> bool:
    """`recurring_after` with no first-word gate: every wording compared at every place of the clause."""
    from readout.lang.en.act_background import RECURRENCE_REACH

    phrases = [tuple(p.split()) for p in cues.recurring_wordings]
    for k in range(j, min(len(toks), j + RECURRENCE_REACH)):
        low = toks[k].low
        if any(tuple(t.low for t in toks[k:k + len(p)]) == p for p in phrases):
            return True
        if low == "since":
            return k + 1 < len(toks) and toks[k + 1].raw.isdigit() and len(toks[k + 1].raw) == 4
        if not toks[k].word or low in cues.clause_breaks:
            return False
        if low in cues.habitual_adverbs and low != "long" \
                or low in cues.recurring_openers and any(t.low in cues.recurring_units for t in toks[k + 1:k + 3]):
            return True
    return False


RECURRING = [  # sentence, the verb the clause after it follows, whether it recurs
    ("Fiji and Tonga have clashed time and again over the reef.", "clashed", True),
    ("Laos has hosted such drills on several occasions since the accord.", "hosted", True),
    ("Samoa has sanctioned the firms over the years.", "sanctioned", True),
    ("Palau has sanctioned the firms of Nauru this week.", "sanctioned", False),
    ("Chad has recalled its envoy, and time and again it said so.", "recalled", False),  # past the clause's end
]


@pytest.mark.parametrize("text, verb, expected", RECURRING)
def test_a_recurrence_reads_as_comparing_every_wording_everywhere(text, verb, expected):
    from readout.lang.en.act_background import recurring_after

    cues, toks = matcher().cues, tokenize(text)
    j = next(k for k, t in enumerate(toks) if t.low == verb) + 1
    assert recurring_after(toks, j, cues) is expected
    assert recurring_every_place(toks, j, cues) is expected
