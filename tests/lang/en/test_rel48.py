"""(enrel48) The English relative-clause readers after the act finder (protested makers, relative partners, inner
relative agents, reported heads, reporting relatives) look a hit's token indices up in the list the finder walked
(`acts.walk_tokens`: no short bracketed qualifier, no time adverbial before an entry's complement), not in the
sentence's full token list: a bracket or a dropped time phrase before the verb shifted every index after it, so a
reader read the wrong word and the relative clause's subject, partner or judge was lost ('Benin (Cotonou) condemned
the pact the party signed with Togo' read Togo as the condemned). The class is one of the English token lists
(Korean has no such pair of lists). Our own sentences."""
from __future__ import annotations

import pytest

from readout.lang.en import act_tokens, acts
from tests.conftest import assert_act, class_rows, countries, events_of

SPAN_KEYS = ("agent_span", "target_spans", "not_recipient_spans", "domestic_target")

# (a sentence with an aside or a time phrase before the verb or its complement, the aside as written there)
PAIRS = class_rows({
    "bracket-before-verb": [
        ("Benin (Cotonou) condemned the pact the party signed with Togo.", " (Cotonou)"),
        ("Farmers (mostly growers) protested against the pact the government signed with Ghana.", " (mostly growers)"),
        ("Peru (Lima) criticized the tariffs the union imposed on Chad.", " (Lima)"),
        ("Mali (Bamako) criticized the shells Chile fired at Chad.", " (Bamako)"),
        ("Gabon (Libreville) condemned the sanctions Chile imposed, which the union said were fair.", " (Libreville)"),
    ],
    "time-phrase-before-complement": [
        ("Peru announced on Monday that it opposed the tariffs the union imposed on Chad.", " on Monday"),
        ("Oman declared last week that it opposed the levies the bloc imposed on Yemen.", " last week"),
    ],
})


def shifted(value, at: int, by: int):
    """`value` (an offset pair or a tuple of them) as it stands in the sentence with `by` characters put in at `at`."""
    if isinstance(value[0], tuple):
        return tuple(shifted(v, at, by) for v in value)
    return tuple(o + by if o >= at else o for o in value)


def spans(hit) -> dict:
    return {k: hit.data[k] for k in SPAN_KEYS if k in hit.data}


@pytest.fixture(scope="module")
def english():
    from readout.api import library_pipeline

    return library_pipeline().language("en")


@pytest.mark.parametrize("text, aside", PAIRS)
def test_an_aside_before_the_verb_leaves_the_relative_readings_as_they_were(english, text, aside):
    """The readers' spans of the sentence with the aside are those of the sentence without it, moved past it."""
    at = text.index(aside)
    plain = text[:at] + text[at + len(aside):]
    before = [(h.type, {k: shifted(v, at, len(aside)) for k, v in spans(h).items()})
              for h in english.find_acts(plain, None)]
    after = [(h.type, spans(h)) for h in english.find_acts(text, None)]
    assert any(s for _, s in before), before  # the plain sentence has a relative reading to keep
    assert after == before


SIDES = class_rows({
    "partner-kept-out": [  # the clause's partner is the pact's, not the condemned
        ("Benin (Cotonou) condemned the pact the party signed with Togo.", "ACCUSE", {"BEN"}, set()),
    ],
    "clause-subject-agent": [  # the state named as the relative clause's subject fired, not the outer subject
        ("Mali (Bamako) criticized the shells Chile fired at Chad.", "ASSAULT", {"CHL"}, {"TCD"}),
    ],
    "judge-not-target": [  # the subject of a clause of saying judged the measure, it did not receive it
        ("Gabon (Libreville) condemned the sanctions Chile imposed, which the union said were fair.", "SANCTION",
         {"CHL"}, set()),
    ],
})


@pytest.mark.parametrize("text, type_, actors, recipients", SIDES)
def test_the_relative_clause_is_read_past_a_bracket(extract, text, type_, actors, recipients):
    found = [e for e in events_of(extract(text, published=None)) if e.type == type_]
    assert_act(found, type_, actors, recipients, "occurred")
    assert countries(found[0].participants) - countries(found[0].recipients) == actors


UNTOLD = [  # a measure told only as the topic of a clause of saying: no doer, no event (reported_head)
    "Niger (Niamey) criticized the tariffs the council said were fair.",
    "Chad, in a statement on Monday, criticized the levies the bloc said were lawful.",
]


@pytest.mark.parametrize("text", UNTOLD)
def test_a_reported_head_past_an_aside_is_no_event(extract, text):
    assert_act(events_of(extract(text, published=None)), "SANCTION", set(), None, None)


NEGATIVE = class_rows({  # an aside before the verb and no relative clause after it: nothing read that the sentence
    # without the aside lacks, and no clause subject taken as the agent
    "bracket-no-relative": [
        ("Benin (Cotonou) condemned the new pact between Togo and Ghana.", " (Cotonou)"),
        ("Farmers (mostly growers) protested against the government in Accra.", " (mostly growers)"),
        ("Peru (Lima) criticized the union over its tariffs on Chad.", " (Lima)"),
    ],
    "time-phrase-no-relative": [
        ("Peru announced on Monday that it opposed new tariffs on Chad.", " on Monday"),
    ],
})


@pytest.mark.parametrize("text, aside", NEGATIVE)
def test_no_relative_reading_without_a_relative_clause(english, text, aside):
    at = text.index(aside)
    plain = text[:at] + text[at + len(aside):]
    before = [(h.type, {k: shifted(v, at, len(aside)) for k, v in spans(h).items()})
              for h in english.find_acts(plain, None)]
    after = [(h.type, spans(h)) for h in english.find_acts(text, None)]
    assert after == before
    assert not any("agent_span" in s for _, s in after), after


@pytest.mark.parametrize("text, aside", PAIRS)
def test_the_finder_indexes_the_walked_tokens(text, aside):
    """Every hit's `token` names the word at the hit's start in `walk_tokens`, the list the readers are handed."""
    words = act_tokens.tokenize(text)
    toks = acts.walk_tokens(words)
    hits = acts.find_acts(text, words, toks)
    assert len(toks) < len(words) and hits
    for h in hits:
        if "token" in h.data:
            assert toks[h.data["token"]].start == h.start
