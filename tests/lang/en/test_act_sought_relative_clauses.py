"""English acts nobody performs (act_sought), acts in relative clauses, curbed trade, 'once' clauses:
- cooperative acts nobody performs (act_sought): support or guarantees a side seeks, wins or needs, more of a thing
  welcomed, a future hoped for, a commitment a side only remains in, and a noun act joined by 'or' to a negated one.

Formerly tests/lang/test_en_sides37.py; classes first read as "English acts and sides, session 23 (en37), on our own
sentences" (docs/history.md)."""
from __future__ import annotations

import pytest

from readout.lang.en.acts import find_acts
from tests.event_sides import events, sides


def kinds(text: str) -> list[str]:
    return [h.type for h in find_acts(text)]


@pytest.mark.parametrize("text, kind", [
    ("Analysts said Chile was trying to win support for a lifting of the tariffs.", "SUPPORT"),
    ("Peru is seeking backing from its neighbours for the bid, officials said.", "SUPPORT"),
    ("The Bolivian minister said his country would need international security guarantees before it disarmed.",
     "AGREE"),
    ("Ecuador needs firm guarantees before it signs, its president said.", "AGREE"),
    ("Uruguay said it welcomed more investment from Chilean firms.", "SUPPORT"),
    ("Paraguay's foreign ministry said it hoped the meeting would help restart the stalled talks.", "AGREE"),
    ("The Chilean government said Chile remained committed to a peaceful settlement of the dispute.", "AGREE"),
    ("An aide said Lima did not plan to sign any accord or issue a joint statement at the summit.", "AGREE"),
])
def test_acts_nobody_performs_are_no_acts(text, kind):
    assert kind not in kinds(text), find_acts(text)


def test_what_sought_support_is_for_is_not_done():
    text = "Analysts said Chile was trying to win support for an easing of sanctions."
    assert not find_acts(text), find_acts(text)


@pytest.mark.parametrize("text, kind", [
    ("Chile expressed support for Peru's bid to join the bloc.", "SUPPORT"),
    ("Uruguay welcomed Chile's decision to reopen the border.", "SUPPORT"),
    ("Peru said it would sign the trade accord with Chile next month.", "AGREE"),
    ("The two ministers agreed to sign the accord and issue a joint statement.", "AGREE"),
    ("Chile committed to closely coordinating with Peru on the crisis.", "AGREE"),
])
def test_acts_done_or_pledged_stay(text, kind):
    assert kind in kinds(text), find_acts(text)


def test_a_hoped_future_is_no_agreement_in_a_story():
    text = ("SANTIAGO (Reuters) - Chile's foreign ministry said on Monday it hoped the summit would help revive the "
            "stalled border talks with Peru.")
    assert not sides(text, "AGREE"), sides(text, "AGREE")


def test_a_pledge_not_to_act_is_no_agreement():
    assert "AGREE" not in kinds("Chile vowed not to return the islands to Peru.")
    assert "AGREE" in kinds("Chile vowed to return the islands to Peru.")


# the doer of a past act told in ', which'/', who' is the name the clause hangs on (act_antecedents, which force9 wrote for the same class)
@pytest.mark.parametrize("text, actor", [
    ("WASHINGTON (Reuters) - The envoy urged the two allies to settle their dispute and stressed cooperation in "
     "dealing with Iran, which on Friday fired two missiles into the sea.", "IRN"),
    ("LIMA (Reuters) - Chile urged Peru and Bolivia to talk, citing Venezuela, which on Monday tested a new missile.",
     "VEN"),
])
def test_a_relative_clause_act_is_done_by_its_antecedent(text, actor):
    assert [a for a, _ in sides(text, "MOBILIZE")] == [[actor]], sides(text, "MOBILIZE")


def test_a_passive_relative_clause_gives_no_agent():
    text = "Chile's president visited Lebanon, which was struck by Israel on Monday."
    assert not any("LBN" in a for a, _ in sides(text, "ASSAULT")), sides(text, "ASSAULT")


# a restriction that names a trade flow curtails the exchange with the partner: SANCTION (act_trade_curbs)
@pytest.mark.parametrize("text", [
    "LIMA (Reuters) - On May 3, Chile tightened controls on exports to Peru of two metals used in batteries.",
    "LIMA (Reuters) - Chile restricted exports of lithium to Peru on Monday.",
])
def test_curbed_trade_is_a_sanction_on_the_partner(text):
    assert sides(text, "SANCTION") == [(["CHL"], ["PER"])], sides(text, "SANCTION")
    assert not sides(text, "COERCE"), sides(text, "COERCE")


def test_a_restriction_of_no_trade_stays_coercion():
    text = "LIMA (Reuters) - Chile restricted the movement of Peruvian traders on Monday."
    assert not sides(text, "SANCTION") and sides(text, "COERCE")


def test_a_perfect_in_a_relative_clause_is_a_stance_not_an_act():
    text = ("MONTEVIDEO (Reuters) - Chile and Peru, which have declined to recognize Bolivia's new government, issued a "
            "joint statement on Thursday calling for dialogue.")
    assert not sides(text, "REJECT"), sides(text, "REJECT")


# an earlier deed told after a meeting takes the calendar day opening its sentence, not the meeting's
# (act_dates.own_day_word); a calendar day later in the sentence naming an accord leaves the meeting's day
def test_a_sentence_opening_day_dates_an_earlier_deed_after_a_meeting():
    text = ("LIMA (Reuters) - Chile's foreign minister met his Peruvian counterpart in Lima on Thursday. On May 4, Chile "
            "tightened controls on exports to Peru of two metals used in batteries.")
    dated = [str(e.date) for e in events(text, "2026-08-01") if e.type == "SANCTION"]
    assert dated == ["2026-05-04"], dated


def test_an_accords_day_does_not_date_a_statement_at_a_meeting():
    text = ("LIMA (Reuters) - Chile's foreign minister met his Peruvian counterpart in Lima on Thursday. Chile's "
            "defence ministry said Peru had violated the May 4 border accord and called on Peru to stop the drills.")
    dated = [str(e.date) for e in events(text, "2026-08-01") if e.type == "REQUEST"]
    assert dated and "2026-05-04" not in dated, dated


# a deed done to what its doer named ('tested what it called a new weapon'): the naming verb's noun phrase is the
# object (act_window_names.reported_frame_end), as after 'what it said was'
@pytest.mark.parametrize("text", [
    "Iran on Sunday fired what it called a new hypersonic missile into the sea.",
    "On Monday Peru tested what it described as a new cruise missile.",
    "Iran fired what it said was a new missile.",
])
def test_a_named_weapon_after_what_it_called_is_the_object(text):
    assert "MOBILIZE" in kinds(text), find_acts(text)


# 'once' before a subject opens a condition in time: what it names is no act of the day (condition_openers)
@pytest.mark.parametrize("text, kind", [
    ("The accord is expected to cut tariffs on most goods traded between the two countries once it is signed and "
     "ratified, officials said.", "SUPPORT"),
    ("Chile said it would lift the ban once the two sides signed a ceasefire.", "AGREE"),
])
def test_an_act_in_a_once_clause_is_a_condition(text, kind):
    after = [h for h in find_acts(text) if h.type == kind and h.start > text.index("once")]
    assert not after, after


def test_once_as_an_adverb_opens_no_condition():
    assert "ACCUSE" in kinds("Chile, once the main backer of the rebels, condemned the attack on Monday.")
