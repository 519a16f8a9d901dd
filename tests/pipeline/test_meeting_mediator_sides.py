"""(mediator53) A mediator sits at the table it brokers (CONSULT participant: consult10, meet52) but is no side of
what the others agree there: an act that inherits its sides from the meeting just told ('the two sides agreed ...',
'양측은 ... 합의했다', or an accord told at the meeting) takes the meeting's parties without its mediators
(`Event.mediators`, act_actor_defaults.meeting_countries)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2025, 3, 4)


def states(event) -> set[str]:
    return {p.country for p in event.participants if p.country}


@pytest.mark.parametrize("text, mediator, sides", [
    ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday in talks mediated by "
     "Turkish President Recep Tayyip Erdogan. The two sides agreed to a ceasefire.", "TUR", {"KEN", "ETH"}),
    ("William Ruto, the Kenyan president, and Ethiopian Prime Minister Abiy Ahmed held talks in Ankara on Monday, hosted "
     "by Turkish President Recep Tayyip Erdogan. The two leaders agreed to reopen their border.", "TUR", {"KEN", "ETH"}),
    ("윌리엄 루토 케냐 대통령과 아비 아머드 에티오피아 총리는 3일 앙카라에서 레제프 타이이프 에르도안 튀르키예 대통령의 중재로 "
     "회담했다. 양측은 휴전에 합의했다.", "TUR", {"KEN", "ETH"}),
    ("레제프 타이이프 에르도안 튀르키예 대통령의 중재로 3일 앙카라에서 열린 정상회담에서 윌리엄 루토 케냐 대통령과 아비 아머드 "
     "에티오피아 총리는 국경을 다시 열기로 합의했다.", "TUR", {"KEN", "ETH"}),
])
def test_mediator_is_at_the_table_not_a_side_of_the_accord(extract, text, mediator, sides):
    article = extract(text, published=DAY)
    meetings = events_of(article, "CONSULT")
    assert any(mediator in states(e) and sides <= states(e) for e in meetings), [states(e) for e in meetings]
    agreed = events_of(article, "AGREE")
    assert agreed and all(states(e) == sides for e in agreed), [states(e) for e in agreed]


@pytest.mark.parametrize("text, sides", [
    # no mediator: a three-party meeting's accord keeps all its parties
    ("Kenyan President William Ruto, Ethiopian Prime Minister Abiy Ahmed and Turkish President Recep Tayyip Erdogan met "
     "in Ankara on Monday. The three leaders agreed to set up a joint water commission.", {"KEN", "ETH", "TUR"}),
])
def test_no_mediator_keeps_every_party(extract, text, sides):
    agreed = events_of(extract(text, published=DAY), "AGREE")
    assert agreed and any(states(e) == sides for e in agreed), [states(e) for e in agreed]
