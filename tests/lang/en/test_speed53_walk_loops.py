"""(speed53, issue 20) English loops made lighter with the same answers: the time adverbials the act walk leaves out
(entry words picked in one comprehension) and the shared party's default (the article's pattern compiled once)."""
from __future__ import annotations

import re

import pytest

from readout.lang.en import act_walk_tokens
from readout.lang.en.acts import matcher, tokenize, walk_tokens
from readout.lang.en.act_walk_tokens import OBJECT_BEFORE_TIME, fronted_object, outside_brackets, time_adverbial_end
from readout.lang.en.shared_parties import POSSESSIVE_RE, shared_party_default, shared_party_names
from readout.lang.en.organizations import surfaces


def old_without_time_adverbials(toks, act_words, cues):
    """The loop as it was before speed53: every token's word looked up in turn."""
    drop: set[int] = set()
    for k in range(len(toks) - 2):
        if toks[k].low in act_words:
            for start in range(k + 1, min(len(toks), k + 2 + OBJECT_BEFORE_TIME)):
                end = time_adverbial_end(toks, start, cues)
                if end > start and end < len(toks) and (toks[end].low in cues.complement_starts
                                                        or start == k + 1 and fronted_object(toks, end, cues)):
                    drop.update(range(start, end))
                    break
                if not toks[start].word or toks[start].low in cues.complement_starts:
                    break
    return [t for k, t in enumerate(toks) if k not in drop] if drop else toks


SENTENCES = [
    "Bolivia vowed on Sunday to retaliate against Paraguay.",
    "Ecuador asked Colombia on Tuesday to reopen the border crossing near Ipiales.",
    "Uruguay condemned on Friday the shelling of a village in the north.",
    "Argentina warned on March 3 that it would recall its envoy.",
    "Chile threatened last week to close its consulate in Tacna.",
    "Peru pressed the Bolivian government on Monday to release the detained fishermen.",
    "Venezuela called for calm.",
    "Talks.",
    "Ok",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_time_adverbials_left_out_as_before(text: str) -> None:
    m = matcher()
    toks = outside_brackets(tokenize(text), m.by_word)
    new = act_walk_tokens.without_time_adverbials(toks, m.by_word, m.cues)
    old = old_without_time_adverbials(toks, m.by_word, m.cues)
    assert [(t.start, t.low) for t in new] == [(t.start, t.low) for t in old]


def test_an_adverbial_is_still_left_out() -> None:
    """The rows above hold sentences where the adverbial goes: the new loop is not vacuous."""
    lows = [t.low for t in walk_tokens(tokenize("Bolivia vowed on Sunday to retaliate against Paraguay."))]
    assert "sunday" not in lows and "vowed" in lows and "to" in lows


def old_default(word: str) -> str | None:
    name = POSSESSIVE_RE.sub("", re.sub(r"^[Tt]he\s+", "", word.strip()))
    if name not in shared_party_names() or name not in surfaces():
        return None
    return surfaces()[name][1]


@pytest.mark.parametrize("word", ["the Labour Party", "The Conservative Party's chairman", " Democratic Party ",
                                  "theLabour Party", "the the Labour Party", "Thessaly Party", "the Green Party"])
def test_shared_party_default_as_before(word: str) -> None:
    assert shared_party_default(word) == old_default(word)


HEAD_SENTENCES = [
    "Colombia condemned the new border fence Ecuador built near Tulcan.",
    "Paraguay rejected the tariffs the Bolivian cabinet imposed last month.",
    "the shells the militia fired at Salto landed in a field",
    "Peru said the talks, which the envoys held in Cusco, had ended.",
    "The ministers who met in Arica signed nothing.",
]


@pytest.mark.parametrize("text", HEAD_SENTENCES)
def test_plain_word_is_words_of_one(text: str) -> None:
    """`plain_word(tok)` is `words(toks, k, 1, ...) > k`, as `head_noun_before` asked it, at every token."""
    from readout.lang.en.act_relative_partners import irregular_pasts, plain_word, words

    toks = tokenize(text)
    irregular = irregular_pasts()
    assert [plain_word(t, irregular) for t in toks] == [words(toks, k, 1, irregular) > k for k in range(len(toks))]


def old_head_noun(toks, n: int) -> bool:
    from readout.lang.en.act_inner_relatives import HEAD_REACH, NOT_HEADS
    from readout.lang.en.act_relative_partners import DETERMINERS, irregular_pasts, past, words

    h = n - 1
    if h < 1 or not toks[h].word or not toks[h].raw.islower() or toks[h].low in NOT_HEADS \
            or past(toks[h], irregular_pasts()) or words(toks, h, 1, irregular_pasts()) == h:
        return False
    k = h - 1
    while k >= 0 and h - k <= HEAD_REACH and toks[k].word and toks[k].low not in DETERMINERS \
            and words(toks, k, 1, irregular_pasts()) > k:
        k -= 1
    return k >= 1 and toks[k].low in DETERMINERS and h - k <= HEAD_REACH and toks[k - 1].word


@pytest.mark.parametrize("text", HEAD_SENTENCES)
def test_head_noun_as_before(text: str) -> None:
    from readout.lang.en.act_inner_relatives import head_noun_before

    toks = tokenize(text)
    new = [head_noun_before(toks, n) for n in range(len(toks) + 1)]
    assert new == [old_head_noun(toks, n) for n in range(len(toks) + 1)]


def test_head_noun_found() -> None:
    """Not vacuous: 'the tariffs' ends a head noun before its relative clause."""
    from readout.lang.en.act_inner_relatives import head_noun_before

    toks = tokenize("Paraguay rejected the tariffs the Bolivian cabinet imposed last month.")
    at = [t.low for t in toks].index("tariffs") + 1
    assert head_noun_before(toks, at)


@pytest.mark.parametrize("text,spoken", [
    ("Bolivia attacked Chile's new tariffs on copper.", True),
    ("Bolivia attacked the Chilean border posts near Ollague.", False),
    ("Ecuador launched a blistering attack on Peru's fishing rules.", True),
    ("Rebels attacked the protest in Quito.", False),
])
def test_spoken_attacks_read_as_before(text: str, spoken: bool) -> None:
    """The heads are built only for an attack with an object; the reading is the one the union gave."""
    from readout.lang.en.act_spoken_attacks import SPOKEN_TYPE, spoken_heads
    from readout.lang.en.acts import find_acts

    cues = matcher().cues
    heads = spoken_heads(cues)
    assert heads == (cues.descriptive_heads | cues.measure_nouns | cues.charge_nouns
                     | frozenset(cues.welcomed_deeds)) - cues.protest_gathering_nouns
    types = {h.type for h in find_acts(text)}
    assert (SPOKEN_TYPE in types) == spoken
