"""A bracketed qualifier right after an English name (issue 14): "Hamas (Palestine) condemned ...", "the
Democratic Party (DP) criticized ...". The bracket belongs to the name's phrase; it is no clause boundary
and, at the start of a paragraph, no dateline (a wire dateline without a dash has the wire's own shape: a
city in capitals, or a city with its region's short form). A bracket that is an aside ("(AP)",
"(pictured)", "(local time)") changes nothing. Every sentence here is our own.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.loader import lexicon
from tests.conftest import countries, events_of, names
from tests.event_sides import sides

DAY = date(2025, 3, 4)


def dateline_end(line: str) -> int:
    """Where the lexicon's datelines end this paragraph's first line (0: none), as `Language.dateline_end`."""
    for pattern in lexicon("en")["dateline_re"]:
        m = re.match(pattern, line)
        if m and m.end() < len(line):
            return m.end()
    return 0


@pytest.mark.parametrize("line, dateline", [
    ("LIMA (Andina) Peru recalled its envoy.", "LIMA (Andina) "),
    ("Austin, TX (Wire) The governor spoke.", "Austin, TX (Wire) "),
    ("QUITO (Wire) -- Ecuador recalled its envoy.", "QUITO (Wire) -- "),
    ("Quito (Wire) - Ecuador recalled its envoy.", "Quito (Wire) - "),
    ("NAIROBI, Kenya (Wire) — Kenya recalled its envoy.", "NAIROBI, Kenya (Wire) — "),
    ("Hezbollah (Lebanon) fired rockets at Israel.", ""),
    ("The Socialist Party (SP) criticized Spain.", ""),
    ("Shining Path (Peru) ambushed a patrol.", ""),
    ("Later, Ghana (AP) condemned Togo.", ""),
    ("On Friday, Hezbollah (Lebanon) fired rockets.", ""),
])
def test_a_dateline_without_a_dash_has_the_wires_shape(line, dateline):
    assert line[:dateline_end(line)] == dateline



@pytest.mark.parametrize("line, dateline", [  # actors58: a base or camp of several words before its territory
    ("CAMP LEMONNIER NAVAL BASE, Djibouti, May 2 (AP) - Austin spoke.", "CAMP LEMONNIER NAVAL BASE, Djibouti, May 2 (AP) - "),
    ("THULE AIR BASE, Greenland, March 9 (AP) - The envoy spoke.", "THULE AIR BASE, Greenland, March 9 (AP) - "),
    ("Brazil and Chile, Peru said on Monday, quarrel.", ""),
])
def test_a_long_place_dateline_is_one_dateline(line, dateline):
    assert line[:dateline_end(line)] == dateline


def test_a_long_place_datelines_territory_is_no_actor():
    """The territory a dateline's base stands in ('..., Djibouti, May 2 (AP) -') is where the report was filed, not a
    side of the act the sentence after it tells."""
    text = ("Austin in Djibouti\n\nCAMP LEMONNIER NAVAL BASE, Djibouti, May 2 (AP) - U.S. Defense Secretary Lloyd "
            "Austin accused China on Friday of militarizing the Horn of Africa.")
    assert (["USA"], ["CHN"]) in sides(text, "ACCUSE", "2025-05-02"), sides(text, "ACCUSE", "2025-05-02")


# an act whose subject carries a bracket: the same event as without it
@pytest.mark.parametrize("bracketed, plain, ptype", [
    ("Hezbollah (Lebanon) fired rockets at Israel on Monday.", "Hezbollah fired rockets at Israel on Monday.",
     "ASSAULT"),
    ("Hamas (Palestine) denounced Egypt on Monday.", "Hamas denounced Egypt on Monday.", "ACCUSE"),
    ("On Monday, Hamas (Palestine) denounced Egypt.", "On Monday, Hamas denounced Egypt.", "ACCUSE"),
    ("Ghana (AP) condemned Togo on Monday.", "Ghana condemned Togo on Monday.", "ACCUSE"),
    ("Later, Ghana (pictured) condemned Togo.", "Later, Ghana condemned Togo.", "ACCUSE"),
    ("Ghana condemned Togo on Monday (local time).", "Ghana condemned Togo on Monday.", "ACCUSE"),
    ("Egypt condemned Hamas (Palestine) on Monday.", "Egypt condemned Hamas on Monday.", "ACCUSE"),
])
def test_a_bracket_after_the_subject_keeps_the_act(bracketed, plain, ptype):
    (with_bracket,) = events_of(extract_text(bracketed, published=DAY), ptype)
    (without,) = events_of(extract_text(plain, published=DAY), ptype)
    assert countries(with_bracket.participants) == countries(without.participants)
    assert countries(with_bracket.recipients) == countries(without.recipients)
    assert countries(with_bracket.participants) - {None}  # the actor has a state


# the country in the bracket names the state of a name that has none of its own
@pytest.mark.parametrize("sentence, ptype, actors, recipients", [
    ("The Justice Party (Poland) condemned Germany.", "ACCUSE", {"POL"}, {"DEU"}),
    ("On Monday, the Justice Party (Poland) condemned Germany.", "ACCUSE", {"POL"}, {"DEU"}),
])
def test_the_country_in_the_bracket_names_the_actors_state(sentence, ptype, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), ptype)
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


# meetings: a bracket after either party leaves the parties as they are
@pytest.mark.parametrize("sentence, parties", [
    ("Penny Wong (Australia) met Wang Yi in Beijing on Monday.", {"Penny Wong", "Wang Yi"}),
    ("Foreign Minister Penny Wong (Australia) met Wang Yi in Beijing on Monday.", {"Penny Wong", "Wang Yi"}),
    ("President William Ruto (pictured) met Ugandan President Yoweri Museveni in Nairobi on Monday.",
     {"William Ruto", "Yoweri Museveni"}),
    ("Wang Yi met Penny Wong (Australia) in Beijing on Monday.", {"Penny Wong", "Wang Yi"}),
])
def test_a_bracket_after_a_party_keeps_the_meeting(sentence, parties):
    (e,) = events_of(extract_text(sentence, published=DAY), "CONSULT")
    assert names(e) == parties


# an owner's gap ("Ghana's ruling party (NDC)"): the bracket sits inside the owned noun phrase
@pytest.mark.parametrize("sentence, ptype, actors, recipients", [
    ("Ghana's ruling party (NDC) criticized Togo.", "ACCUSE", {"GHA"}, {"TGO"}),
    ("On Monday, Ghana's ruling party (NDC) criticized Togo.", "ACCUSE", {"GHA"}, {"TGO"}),
    ("Ghana's ruling party (pictured) criticized Togo.", "ACCUSE", {"GHA"}, {"TGO"}),
    ("Ghana's foreign minister (pictured) met his Togolese counterpart in Accra on Monday.", "CONSULT",
     {"GHA", "TGO"}, set()),
])
def test_a_bracket_in_an_owners_noun_phrase_keeps_the_owner(sentence, ptype, actors, recipients):
    (e,) = events_of(extract_text(sentence, published=DAY), ptype)
    assert countries(e.participants) == actors and countries(e.recipients) == recipients


# the act readers read past a qualifier: a "that" clause's content stays governed by the request
@pytest.mark.parametrize("sentence, recipients", [
    ("Ghana demanded that Togo (Lome) withdraw its troops.", {"TGO"}),
    ("Ghana demanded that Togo withdraw its troops.", {"TGO"}),
    ("Ghana demanded that Hamas (Palestine) withdraw its fighters.", {"PSE"}),
])
def test_a_bracket_in_a_demanded_clause_keeps_it_the_requests_content(sentence, recipients):
    article = extract_text(sentence, published=DAY)
    (e,) = events_of(article, "REQUEST")
    assert countries(e.participants) == {"GHA"} and countries(e.recipients) == recipients
    assert not events_of(article, "RETREAT")  # the demanded withdrawal is no act that happened


def test_a_bracket_holding_an_act_word_stays_an_aside():
    from readout.lang.en.act_matcher import matcher
    from readout.lang.en.act_tokens import tokenize
    from readout.lang.en.act_walk_tokens import outside_brackets

    toks = tokenize("Ghana (which attacked Togo) and Togo (Lome) met.")
    kept = [t.raw for t in outside_brackets(toks, matcher().by_word)]
    assert kept == ["Ghana", "(", "which", "attacked", "Togo", ")", "and", "Togo", "met", "."]


def test_lower_case_by_opens_no_byline():
    """actors58: 'By' opens a byline; 'a government led by X' names X, no reporter whose words are no act."""
    from readout.api import extract_text

    found = extract_text("Peru's parties formed a coalition led by Ana Quispe Torres of the Andes Party on Friday.",
                         published="2025-03-08").mentions
    assert not any(m.entity and m.entity.office == "Reporter" for m in found), [(m.surface, m.title) for m in found]
