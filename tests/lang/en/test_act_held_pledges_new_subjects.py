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
    "가나 정부는 영토 보전을 지키겠다고 다짐했다.",  # the Korean reader: act_vowed_responses.kept_holdings
    "말리 대통령은 국가 주권을 수호하겠다고 맹세했다.",
    "네팔 총리는 자리를 지키겠다고 다짐했다.",
])
def test_a_pledge_to_keep_ones_own_is_no_agreement(sentence):
    assert not events_of(extract_text(sentence, published=DAY), "AGREE")


@pytest.mark.parametrize("sentence, actors", [
    ("Tunisia promised to hold elections next year.", {"TUN"}),  # PLOVER codes a reform promised as AGREE
    ("Chile promised to protect its partnership with Peru.", {"CHL", "PER"}),  # a partner named: kept
    ("Mali pledged to uphold the truce.", {"MLI"}),
    ("수단은 차드와의 휴전 합의를 지키겠다고 약속했다.", {"SDN"}),  # an accord kept: still a promise
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
    ("Peru refused to let the cargo flights land and Washington threatened Peru with tariffs.", "THREATEN", {"USA"},
     {"PER"}),  # 'refused to let': a finite verb before the 'and'
    ("Kenya agreed to send troops and Uganda pledged to fund the mission.", "AGREE", {"UGA"}, set()),
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


# A harm only denied is no ASSAULT or COERCE; the denial is the denier's REJECT towards the side the harm would have hit
# (reading_acts.denial_of; gold: 'denied targeting civilians' is a REJECT). 'that' may be left out.
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Syria denied its forces had attacked Turkish soldiers, calling the report baseless.", "SYR", "TUR"),
    ("Thailand denied its jets had bombed Cambodian villages.", "THA", "KHM"),
    ("Ecuador denied arresting Colombian journalists.", "ECU", "COL"),
])
def test_a_denied_harm_is_a_rejection_not_a_deed(sentence, actor, recipient):
    article = extract_text(sentence, published=DAY)
    assert not events_of(article, "ASSAULT") and not events_of(article, "COERCE")
    (e,) = events_of(article, "REJECT")
    assert countries(e.participants) == {actor} and countries(e.recipients) == {recipient}


@pytest.mark.parametrize("sentence", [
    "Armenia denied that its troops had shelled Azerbaijani villages.",
    "Georgia said it had not attacked civilians in Abkhazia.",
    "The Indian army said no shots were fired at Pakistani positions.",
    "Russia denied supplying weapons to Sudan.",  # a transfer denied: nothing at all
])
def test_denied_or_negated_fights_are_no_deeds(sentence):
    article = extract_text(sentence, published=DAY)
    assert not [e for e in article.events if e.type in ("ASSAULT", "AID", "COERCE")]


def test_a_harm_stated_stays_a_deed():
    (e,) = events_of(extract_text("Thai jets bombed Cambodian villages on Monday.", published=DAY), "ASSAULT")
    assert countries(e.participants) == {"THA"}


# A threat whose object is the measure threatened ('threatened steep tariffs') is aimed where the measure would land,
# else at the other side of the act just told (act_measure_threats.measure_objects); 'threatened X with Y' keeps X.
@pytest.mark.parametrize("sentence, actor, recipient", [
    ("Peru refused to let the cargo planes land, and the US president threatened steep tariffs.", "USA", "PER"),
    ("Bolivia expelled two Chilean diplomats. Chile threatened sanctions in response.", "CHL", "BOL"),
    ("The Canadian prime minister threatened punishing tariffs on Mexican steel.", "CAN", "MEX"),
    ("Pakistan threatened India with retaliatory strikes.", "PAK", "IND"),
])
def test_a_threatened_measure_is_content_not_addressee(sentence, actor, recipient):
    found = [e for e in events_of(extract_text(sentence, published=DAY), "THREATEN")
             if countries(e.participants) == {actor}]
    assert found and countries(found[0].recipients) == {recipient}


def test_a_measure_threatened_at_no_one_takes_no_bystander():
    article = extract_text("Ghana's president threatened new levies, speaking at a rally in Accra.", published=DAY)
    assert all(not e.recipients for e in events_of(article, "THREATEN"))
