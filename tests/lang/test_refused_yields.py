"""(pledges64) A yield said not to come refuses the yield demanded, REJECT, in both languages: every retreat or
concession of the lexicon by its type ('would not withdraw', 'will not release', 'would not lift'), not only the
resignation verbs; a retreat refused goes to the side it would reach, or to no one named, never home (only a refused
resignation rejects the calls at home). Our own sentences; negatives are a retreat not done in the past, a retreat
promised, and a negation that affirms."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

REFUSED = [  # (sentence, actor, recipients)
    ("Uruguay said on Wednesday it would not withdraw its troops from Paraguay.", "URY", ["PRY"]),
    ("Uruguay said it would not release the six Paraguayan sailors it holds.", "URY", ["PRY"]),
    ("Uruguay said it would not withdraw from the disputed territories.", "URY", []),
    ("Uruguay will not lift its sanctions on Paraguay, the foreign minister said on Wednesday.", "URY", ["PRY"]),
    ("우루과이는 12일 파라과이에서 병력을 철수하지 않겠다고 밝혔다.", "URY", ["PRY"]),
    ("우루과이 정부는 12일 억류 중인 파라과이 선원 6명을 석방하지 않겠다고 밝혔다.", "URY", ["PRY"]),
    ("우루과이는 12일 분쟁 지역에서 철수하지 않겠다고 밝혔다.", "URY", []),
]


@pytest.mark.parametrize("text, actor, recipients", REFUSED)
def test_refused_yield_is_reject(text, actor, recipients):
    found = sides(text, "REJECT")
    assert found, text
    actors, receiving = found[0]
    assert actor in actors and actor not in receiving, found  # never home
    assert set(recipients) <= set(receiving), found


@pytest.mark.parametrize("text", [
    "Uruguay did not withdraw its troops from Paraguay on Wednesday.",  # the past: no act told
    "Uruguay said on Wednesday it would withdraw its troops from Paraguay.",  # promised: AGREE
    "Uruguay said it would not hesitate to recall its ambassador from Paraguay.",  # the negation affirms
    "우루과이는 12일 파라과이에서 병력을 철수하지 않았다.",
    "우루과이는 12일 파라과이에서 병력을 철수하겠다고 밝혔다.",
])
def test_no_refused_yield(text):
    assert not sides(text, "REJECT"), sides(text, "REJECT")


@pytest.mark.parametrize("text", [
    "The Uruguayan president said on Wednesday he would not step down.",
    "우루과이 대통령은 12일 사퇴하지 않겠다고 밝혔다.",
])
def test_refused_resignation_still_home(text):
    found = sides(text, "REJECT")
    assert found and found[0][1] == ["URY"], found
