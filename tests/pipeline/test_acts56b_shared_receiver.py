"""(acts56b, issue 13) Two doers' blows at one side, each told in its own clause, are two acts: a shared receiver
does not join them (pipeline/acts.clauses_apart). A blow's own outcome told after it ('and the shelling hit ...')
and a clause that shares a doer stay one act. Our own sentences, both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

ROWS = [  # (sentence, the (acting, receiving) country lists of the ASSAULT events, sorted)
    ("Kenya shelled a Somali post and Ethiopia attacked a Somali town.",
     [(["ETH"], ["SOM"]), (["KEN"], ["SOM"])]),
    ("Chad shelled a Sudanese camp, and Libyan troops attacked a Sudanese village.",
     [(["LBY"], ["SDN"]), (["TCD"], ["SDN"])]),
    ("케냐는 소말리아 초소를 포격했고 에티오피아는 소말리아 마을을 공격했다.",
     [(["ETH"], ["SOM"]), (["KEN"], ["SOM"])]),
    ("Kenyan troops shelled a Somali post, and the shelling hit Somali soldiers.", [(["KEN"], ["SOM"])]),
    ("Kenyan troops shelled a Somali post and Kenyan jets bombed a Somali town.", [(["KEN"], ["SOM"])]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_shared_receiver_keeps_two_doers_apart(text, expected):
    assert sorted(sides(text, "ASSAULT")) == expected
