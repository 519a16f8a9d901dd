"""Korean act classes (issues 13 and 15): the addressee of a promise or proposal, the date
of a proposal's content, the frame of a clause joined to a saying verb, aimed launches, channels, suspended
members, detected forces, strike headlines and coordinated act nouns. Each row is a sentence we wrote, through
the whole pipeline: the type, acting and receiving states, mode and status it states (status None: no event).

Formerly tests/lang/test_ko_act_addressed.py; classes first read by the fifth session (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)

# sentence, type, actors, recipients (None: not checked), mode (None: not checked), status
ROWS = [
    # a promise or proposal is made TO its 에 party, past the object or the proposed clause between them
    ("일본은 튀르키예에 긴급 구호 지원을 약속했다.", "AGREE", {"JPN"}, {"TUR"}, None, "occurred"),
    ("독일 정부는 몰도바에 재정 지원을 약속했다.", "AGREE", {"DEU"}, {"MDA"}, None, "occurred"),
    # (proposals66) a meeting or negotiation proposed asks the side proposed to to meet: REQUEST meet (coding-choices)
    ("중국은 미국에 무역 협상을 재개하자고 제안했다.", "REQUEST", {"CHN"}, {"USA"}, "meet", "occurred"),
    ("인도는 파키스탄에 국경 문제를 논의하자고 제의했다.", "REQUEST", {"IND"}, {"PAK"}, "meet", "occurred"),
    # a clause joined by 며/면서 to a saying verb takes the saying verb's frame, not the quote's future
    ("이란은 이스라엘을 비난하며 가혹한 보복을 받게 될 것이라고 경고했다.", "ACCUSE", {"IRN"}, {"ISR"}, "disapprove",
     "occurred"),
    ("중국은 필리핀을 규탄하면서 모든 책임을 지게 될 것이라고 위협했다.", "ACCUSE", {"CHN"}, {"PHL"}, "disapprove",
     "occurred"),
    # a launch or fire aimed at a target (a ship, a position, a town) is force used against it; at open sea, a show
    ("예멘 반군은 아덴만에서 화물선을 겨냥해 순항미사일을 발사했다.", "ASSAULT", {"YEM"}, None, None, "occurred"),
    ("러시아군은 우크라이나 진지를 향해 사격했다.", "ASSAULT", {"RUS"}, {"UKR"}, None, "occurred"),
    ("헤즈볼라는 이스라엘 북부 마을을 향해 로켓을 쐈다.", "ASSAULT", {"LBN"}, {"ISR"}, None, "occurred"),
    ("북한은 서해상을 향해 방사포를 발사했다.", "ASSAULT", set(), None, None, None),
    ("북한은 서해상을 향해 방사포를 발사했다.", "MOBILIZE", {"PRK"}, None, None, "occurred"),
    # a route ('~ 경로를 통해', '~ 채널을 거쳐') names no addressee: the owner of what is protested receives
    ("한국 외교부는 러시아의 북한 파병에 대해 모스크바 대사관 채널을 통해 항의했다.", "ACCUSE", {"KOR"}, {"RUS"},
     "disapprove", "occurred"),
    ("호주 정부는 이란의 드론 수출에 대해 도쿄 대사관 경로를 거쳐 항의했다.", "ACCUSE", {"AUS"}, {"IRN"},
     "disapprove", "occurred"),
    # a body suspending a member's membership sanctions the member (the manual's 'expel': from a group, for a time)
    ("유럽평의회는 러시아의 회원국 자격을 정지했다.", "SANCTION", set(), {"RUS"}, "expel", "occurred"),
    ("아프리카연합은 니제르의 회원 자격을 박탈했다.", "SANCTION", set(), {"NER"}, "expel", "occurred"),
    # kiwi fuses a state's name with 의 in context ('쿠데타 이후 니제르의/NNP'): the tokens are split again
    ("서아프리카 경제공동체는 군사정변 이후 니제르의 회원국 자격을 정지했다.", "SANCTION", set(), {"NER"}, "expel",
     "occurred"),
    # forces detected near a state: the forces' state shows force (MOBILIZE), the place's state receives
    ("대만 국방부는 중국 군용기 25대가 대만 주변에서 포착됐다고 밝혔다.", "MOBILIZE", {"CHN"}, {"TWN"}, None,
     "occurred"),
    ("한국 합참은 북한 무인기 5대를 탐지했다.", "MOBILIZE", {"PRK"}, None, None, "occurred"),
    ("정부는 북한의 도발 징후를 포착했다.", "MOBILIZE", set(), None, None, None),
    # a headline's '요구하며 총파업 돌입': the strike is the act, its subject the phrase the comma closes
    ("영국 간호사 노조, 임금 인상 요구하며 파업", "PROTEST", {"GBR"}, None, "strike", "occurred"),
    ("이스라엘 노총, 인질 석방 합의 촉구하며 총파업 돌입", "PROTEST", {"ISR"}, None, "strike", "occurred"),
    ("프랑스 농민 단체, 곡물 수입 제한 요구하며 총파업 돌입", "PROTEST", {"FRA"}, None, "strike", "occurred"),
    # act nouns coordinated in one object: each conjunct's owner receives, both sides of a joint noun
    ("한국과 일본은 북한의 핵 개발과 러시아와의 군사협력을 규탄했다.", "ACCUSE", {"KOR", "JPN"}, {"PRK", "RUS"},
     "disapprove", "occurred"),
    ("미국은 중국의 인권 탄압과 이란의 핵 개발을 비판했다.", "ACCUSE", {"USA"}, {"CHN", "IRN"}, "disapprove",
     "occurred"),
    ("캐나다는 벨라루스의 선거 조작과 이란과의 무기 거래를 비난했다.", "ACCUSE", {"CAN"}, {"BLR", "IRN"},
     "disapprove", "occurred"),
]


@pytest.mark.parametrize("text,type_,actors,recipients,mode,status", ROWS)
def test_addressed_classes(text, type_, actors, recipients, mode, status):
    assert_act(extract_text(text, published=PUB).events, type_, actors, recipients, status, mode)


@pytest.mark.parametrize("text, stated", [
    ("호주는 피지에 인도적 지원을 약속했다.", "AID"),
    ("호주는 피지에 교역 확대를 약속했다.", None),
])
def test_promise_states_what_it_hands_over(ko_acts, text, stated):
    """A promise of an act noun that hands something over carries it as stated_type (as 'pledged aid to X')."""
    (hit,) = [h for h in ko_acts(text) if h.type == "AGREE"]
    assert hit.data.get("stated_type") == stated and hit.data.get("addressee")


def test_an_exhortation_proposed_to_a_side_promises_nothing(ko_acts):
    """(kopropose68) '...하자고 제안했다' to a side asks it (REQUEST, no mode), no AGREE: it had been an offer."""
    hits = ko_acts("미국은 이집트에 교역을 늘리자고 제안했다.")
    assert not [h for h in hits if h.type == "AGREE"] and [h for h in hits if h.type == "REQUEST" and h.mode is None]


@pytest.mark.parametrize("text, day", [
    ("외교부는 5일 일본에 다음 주 도쿄에서 국장급 협의를 열자고 제안했다.", date(2024, 5, 5)),
    ("러시아는 지난 2일 우크라이나에 오는 20일 이스탄불에서 협상을 하자고 제안했다.", date(2024, 5, 2)),
    ("이란은 지난 4일 이스라엘을 비난하며 오는 10일 보복을 받게 될 것이라고 경고했다.", date(2024, 5, 4)),
])
def test_content_dates_are_not_the_saying(text, day):
    """A date inside the proposed or quoted clause dates its content; the saying keeps the day after its subject."""
    events = [e for e in extract_text(text, published=PUB).events if e.type in ("AGREE", "THREATEN", "REQUEST")]
    assert events and all(e.date == day for e in events), [(e.type, e.date) for e in events]


@pytest.mark.parametrize("text, modality", [
    ("한국이 도발을 계속하며 긴장을 높이게 될 것이라고 주장했다.", "future"),  # a complement's own subject: inside it
    ("북한은 한국을 비난하며 대가를 치를 것이라고 주장했다.", None),  # joined to the saying verb
])
def test_clause_joined_to_a_quote(text, modality):
    """A 며 clause takes the quote's future only when it is inside the quote (its own subject before it)."""
    from readout.lang.ko.act_table import act_index
    from readout.lang.ko.endings import read_clause, tokens_of
    from readout.lang.ko.sentences import kiwi
    toks = tokens_of([(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])
    stem = next(k for k, t in enumerate(toks) if t[1] == "XSV" and toks[k + 1][0] == "며")
    assert read_clause(toks, stem, act_index()).modality == modality
