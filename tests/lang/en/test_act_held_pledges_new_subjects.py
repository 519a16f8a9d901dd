"""(enclause50) English clause reading, our own sentences.

A pledge to keep what the pledger holds ('vowed to protect its territorial integrity', 'vowed to stay in office') is
resolve, not PLOVER's AGREE (a commitment to cooperate): no AGREE, and so no state named beside it becomes a false
partner (act_frames.own_holding). A pledge to act for or with another stays an AGREE."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import countries, events_of

DAY = date(2025, 3, 4)


@pytest.mark.parametrize("sentence", [
    "Ghana vowed to protect its territorial integrity.",
    "Uruguay's president pledged to defend his country's sovereignty after the vote in Brussels.",
    "The Bolivian president vowed to stay in office despite protests backed by the European Union.",
    "Nepal's prime minister vowed to remain in power.",
    "Estonia promised to safeguard its independence.",
])
def test_a_pledge_to_keep_ones_own_is_no_agreement(sentence):
    assert not events_of(extract_text(sentence, published=DAY), "AGREE")


@pytest.mark.parametrize("sentence, actors", [
    ("Tunisia promised to hold elections next year.", {"TUN"}),  # PLOVER codes a reform promised as AGREE
    ("Chile promised to protect its partnership with Peru.", {"CHL", "PER"}),  # a partner named: kept
    ("Mali pledged to uphold the truce.", {"MLI"}),
])
def test_a_pledge_that_offers_something_stays_an_agreement(sentence, actors):
    found = events_of(extract_text(sentence, published=DAY), "AGREE")
    assert found and countries(found[0].participants) == actors


# A bare 'and' (no comma) before a new subject with its own finite verb opens a clause of its own
# (clauses.subject_joints, act_joints.clipped_at_joints): the second act keeps its own subject, and the first takes no
# target from it. The Korean connective '-고' already splits ('A는 ...했고 B는 ...했다'): the rows in Korean check it.
@pytest.mark.parametrize("sentence, kind, actors, recipients", [
    ("Japan imposed sanctions on Russia and China condemned the move.", "SANCTION", {"JPN"}, {"RUS"}),
    ("Morocco recalled its envoy from Algeria and Tunisia urged calm between the two.", "SANCTION", {"MAR"}, {"DZA"}),
    ("Norway expelled a Russian diplomat and Finland summoned the Russian envoy.", "ACCUSE", {"FIN"}, {"RUS"}),
    ("일본은 러시아에 제재를 부과했고 중국은 이를 규탄했다.", "SANCTION", {"JPN"}, {"RUS"}),
    ("노르웨이는 러시아 외교관을 추방했고 핀란드는 러시아 대사를 초치했다.", "ACCUSE", {"FIN"}, {"RUS"}),
])
def test_a_new_subject_after_a_bare_and_opens_its_own_clause(sentence, kind, actors, recipients):
    found = [e for e in events_of(extract_text(sentence, published=DAY), kind)
             if countries(e.participants) == actors]
    assert found and countries(found[0].recipients) == recipients


@pytest.mark.parametrize("sentence, kind, actors, recipients", [
    ("Britain and France agreed to impose sanctions on Iran.", "SANCTION", {"GBR", "FRA"}, {"IRN"}),  # one subject
    ("Troops sent by Rwanda and Uganda attacked Congo.", "ASSAULT", {"RWA", "UGA"}, {"COD"}),  # a participle
    ("Militias backed by Rwanda and Uganda attacked Congo.", "ASSAULT", {"RWA", "UGA"}, {"COD"}),
])
def test_coordinated_names_stay_one_side(sentence, kind, actors, recipients):
    found = events_of(extract_text(sentence, published=DAY), kind)
    assert any(countries(e.participants) == actors and countries(e.recipients) >= recipients for e in found)


def test_the_first_act_takes_no_target_from_the_next_subject():
    article = extract_text("Peru closed its border and Bolivia recalled its ambassador.", published=DAY)
    assert all("BOL" not in countries(e.recipients) for e in article.events if "PER" in countries(e.participants))
