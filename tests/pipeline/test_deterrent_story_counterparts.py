"""A deterrent threat naming no one warns the story's other side, also when no act was told yet (threat62).

'Peru and Chile have quarrelled for months. Peru said it will not tolerate any provocation': a THREATEN marked
`deterrent` by the language readers (not tolerating a deed, readiness to defend the own realm, '어떠한 도발도 좌시하지
않겠다') whose sentence names no one takes the story's counterpart as a measure does
(pipeline/act_measure_counterparts.story_counterpart, DETERRENT_TYPES). Negative rows: no other state told, two
other states named last, and a threat not marked deterrent.
"""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides

QUARREL = "Peru and Chile have quarrelled over fishing rights for months.\n\n"
QUARREL_KO = "페루와 칠레의 어업권 갈등이 몇 달째 이어지고 있다.\n\n"

ROWS = class_rows({
    "quarrel-only-story": [
        (QUARREL + "Peru said it will not tolerate any provocation.", [(["PER"], ["CHL"])]),
        (QUARREL + "Peru said it stands ready to defend itself.", [(["PER"], ["CHL"])]),
        (QUARREL_KO + "페루는 어떠한 도발도 좌시하지 않겠다고 밝혔다.", [(["PER"], ["CHL"])]),
        (QUARREL_KO + "페루는 스스로를 방어할 준비가 돼 있다고 밝혔다.", [(["PER"], ["CHL"])]),
    ],
    "no-counterpart": [
        ("Peru's economy grew by 3 percent last year.\n\nPeru said it will not tolerate any provocation.", []),
        ("Chile and Bolivia held talks on a gas pipeline.\n\nPeru said it will not tolerate any provocation.", []),
        ("페루 경제는 지난해 3% 성장했다.\n\n페루는 어떠한 도발도 좌시하지 않겠다고 밝혔다.", []),
        (QUARREL + "Peru said it will not tolerate corruption in the police.", []),
    ],
})


@pytest.mark.parametrize("text, expected", ROWS)
def test_deterrent_story_counterpart(text, expected):
    assert sides(text, "THREATEN") == expected
