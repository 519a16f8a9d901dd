"""A headline names a person by surname alone before the body names them in full ('…X 총리 순방', 'X heads to …'),
and the body goes on with the surname: every later surname is the person named in full, with the state the body
gives (pipeline/mentions.full_name, DocPeople.lookup, relink_forward). Why: when neither form is in the knowledge
base, the one-word headline reading came first and took the body's later short forms, leaving the meetings with a
stateless person. Our own sentences, both languages, read through the whole pipeline."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 10)
CASES = [
    ("오스트리아, 국경 경비 강화…하르트만 총리 발칸 순방 나서\n\n(서울=연합뉴스) 안나 하르트만 오스트리아 총리가 10일 "
     "세르비아를 방문했다.\n\n하르트만 총리는 이날 베오그라드에서 알렉산다르 부치치 세르비아 대통령과 회담했다.",
     "안나 하르트만", "AUT"),
    ("Austria tightens border, Hartmann heads to Balkans\n\nVIENNA, March 10 (Reuters) - Austrian Chancellor Anna "
     "Hartmann visited Serbia on Tuesday.\n\nHartmann met Serbian President Aleksandar Vucic in Belgrade on Tuesday.",
     "Anna Hartmann", "AUT"),
    ("핀란드, 북극 협력 확대…라우타 외교장관 방미\n\n(서울=연합뉴스) 에로 라우타 핀란드 외교장관이 9일 워싱턴을 "
     "찾았다.\n\n라우타 장관은 10일 마코 그레이 캐나다 외교장관과 회담했다.", None, "FIN"),
]


@pytest.mark.parametrize("text, full, state", CASES)
def test_later_surname_is_the_full_name(text, full, state):
    people = {(p.name, p.country) for e in extract_text(text, published=DAY).events if e.type == "CONSULT"
              for p in e.participants if p.kind == "person"}
    assert people, "no meeting read"
    assert all(country is not None for _, country in people), people  # no stateless one-word person at the table
    assert any(country == state and (full is None or name == full) for name, country in people), people
