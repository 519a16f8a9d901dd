"""Issue 14: a meeting between office holders of any two states is an event with both parties'
country, office and sector, in both languages (our own sentences)."""
from datetime import date

import pytest

from readout.api import extract_text


@pytest.mark.parametrize("text", [
    "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.",
    "독일 총리 올라프 숄츠는 20일 베를린에서 에마뉘엘 마크롱 프랑스 대통령과 정상회담을 했다.",
])
def test_a_meeting_of_two_heads_of_any_states(text):
    (event,) = extract_text(text, published=date(2024, 5, 22)).events
    parties = sorted((p.country, p.office, p.sector) for p in event.participants)
    assert event.type == "CONSULT"
    assert parties == [("DEU", "Chancellor", "GOV"), ("FRA", "President", "GOV")]


def topic(word):
    """The topic particle after a Hangul word: 은 after a final consonant, else 는."""
    return "은" if (ord(word[-1]) - 0xAC00) % 28 else "는"


def _event_rows():
    from tests.lang.title_table import rows

    return rows(1)


@pytest.mark.parametrize("code, en, adj, ko, office, name, ko_name", _event_rows())
def test_the_acting_side_of_an_act_has_the_country_and_sector_of_the_title(code, en, adj, ko, office, name, ko_name):
    """The sector of a titled person reaches the event record: a general is MIL, a chief justice JUD, a
    minister GOV (issue 14's title table, one office per state, in both languages)."""
    title, ko_title, _office_id, sector = office
    target, ko_target = ("Chile", "칠레") if code == "NOR" else ("Norway", "노르웨이")
    english = f"{adj} {title} {name} condemned {target} on Monday."
    korean = f"{ko} {ko_title} {ko_name}{topic(ko_name)} {ko_target}를 강하게 비난했다."
    for text in (english, korean):
        events = extract_text(text, published=date(2024, 5, 22)).events
        acting = {(p.country, p.sector) for e in events for p in e.participants}
        assert (code, sector) in acting, (text, acting)
