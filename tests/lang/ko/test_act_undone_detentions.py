"""(kopar54, issue 15) A release whose object a subjectless past relative describes by the detention it ends
('[구금했던] B 경찰관들을 석방했다') tells the release alone, as English 'freed the detained B officers' does; a relative
with its own subject or date, or any other main verb, keeps its detention (lang/ko/act_undone_detentions.py)."""
from __future__ import annotations

import pytest

from tests.event_sides import events

# sentence, whether an arrest is read beside the release
ROWS = [
    ("칠레는 구금했던 페루 어부 5명을 석방했다.", False),
    ("케냐는 억류했던 우간다 기자 2명을 풀어줬다.", False),
    ("가나는 체포했던 토고 기자들을 석방했다.", False),
    ("태국은 억류했던 캄보디아 노동자들을 석방했다.", False),
    # the relative's own date: the holding is told news
    ("칠레는 지난달 체포했던 페루 어부 5명을 석방했다.", True),
    ("칠레는 3일 체포했던 페루 어부 5명을 석방했다.", True),
]


@pytest.mark.parametrize("text,arrest", ROWS)
def test_a_release_of_the_held_tells_the_release(text, arrest):
    found = events(text)
    assert [e for e in found if (e.type, e.mode) == ("RETREAT", "release")], [(e.type, e.mode) for e in found]
    assert bool([e for e in found if (e.type, e.mode) == ("COERCE", "arrest")]) == arrest


KEPT = [
    "가나는 억류했던 토고 상인들을 기소했다.",  # another measure on the held: both acts
    "칠레는 볼리비아 당국이 체포했던 페루 어부들을 석방했다.",  # the clause's own subject did the holding
]


@pytest.mark.parametrize("text", KEPT)
def test_other_shapes_keep_their_readings(text):
    found = events(text)
    assert [e for e in found if e.type in ("ACCUSE", "RETREAT")], [(e.type, e.mode) for e in found]
    if "당국이" in text:
        assert not [e for e in found if (e.type, e.mode) == ("COERCE", "arrest") and
                    {p.country for p in e.participants} == {"CHL"}]
    else:
        assert [e for e in found if (e.type, e.mode) == ("COERCE", "arrest")]
