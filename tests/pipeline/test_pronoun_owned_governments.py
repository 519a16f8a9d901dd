"""A government owned by a personal pronoun is the government of the person the pronoun stands for, in both languages:
- 'his government' / 'her government' / '그의 정부는' / '그녀의 정부가' after a named head of state or government: that
  person's state acts ('X said her government condemned Y' -> X's state), never the writer's home state a bare Korean
  '정부는' would name (lang/ko/countries.owned_head, lang/ko/name_heads.agent_head; English 'her' before a government
  head is the possessive, lang/en/language.py find_references).
- with no one named before, the pronoun's government names no state: no actor rather than the home state."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2025, 3, 14)


@pytest.mark.parametrize("text, kind, state", [
    ("Finnish President Alexander Stubb addressed parliament in Helsinki on Tuesday. He said his government would "
     "impose sanctions on Belarus.", "SANCTION", "FIN"),
    ("Danish Prime Minister Mette Frederiksen held a news conference in Copenhagen on Wednesday. Her government "
     "condemned Russia on Thursday.", "ACCUSE", "DNK"),
    ("Danish Prime Minister Mette Frederiksen held a news conference in Copenhagen on Wednesday. Frederiksen said her "
     "government condemned Russia.", "ACCUSE", "DNK"),
    ("알렉산데르 스투브 핀란드 대통령은 11일 헬싱키에서 의회 연설을 했다. 그의 정부는 12일 벨라루스에 제재를 부과했다.",
     "SANCTION", "FIN"),
    ("메테 프레데릭센 덴마크 총리는 12일 코펜하겐에서 기자회견을 했다. 그녀의 정부는 13일 러시아를 비난했다.",
     "ACCUSE", "DNK"),
    ("메테 프레데릭센 덴마크 총리는 12일 기자회견에서 그녀의 정부가 러시아를 규탄한다고 말했다.", "ACCUSE", "DNK"),
])
def test_a_pronouns_government_is_its_persons_state(extract, text, kind, state):
    acts = events_of(extract(text, published=DAY), kind)
    assert acts and {p.country for p in acts[0].participants} == {state}


@pytest.mark.parametrize("text", [
    "그의 정부는 13일 러시아를 비난했다.",
    "Her government condemned Russia on Thursday.",
])
def test_a_pronouns_government_with_no_one_named_is_no_home_state(extract, text):
    acts = events_of(extract(text, published=DAY), "ACCUSE")
    assert not any(p.country == "KOR" for e in acts for p in e.participants)
