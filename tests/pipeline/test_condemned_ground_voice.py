"""charges50b (issue 13): the ground of a condemnation is no voice going on. 'Peru condemned Ecuador for shelling its
border post. The ministry also urged Ecuador to ...' lost the REQUEST: the gerund deed (an event of its own, accuse66)
made Ecuador the acting side, so 'the ministry' read as Ecuador's own and its demand fell. The English reader marks a
gerund after a stated condemnation's preposition `judged_deed` (lang/en/act_charged_gerunds), and the pipeline notes
no acting side for it, as for a charged deed (pipeline/acts). The Korean twin read the demand already. The deed itself
is kept, a third state's too (accuse66). Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

ROWS = [
    ("Peru condemned Ecuador for shelling its border post. The ministry also urged Ecuador to halt the raids.",
     "REQUEST", [(["PER"], ["ECU"])]),
    ("Peru condemned Ecuador for bombing a bridge. The ministry also urged Ecuador to stop the attacks.",
     "REQUEST", [(["PER"], ["ECU"])]),
    ("페루는 에콰도르가 국경 초소를 포격했다고 규탄했다. 외교부는 또 에콰도르에 공격 중단을 촉구했다.",
     "REQUEST", [(["PER"], ["ECU"])]),
    # the deed stays an event of its own, a third state's too
    ("Peru condemned Ecuador for shelling villages in Colombia.", "ASSAULT", [(["ECU"], ["COL"])]),
    ("Peru condemned Ecuador for shelling its border post. The ministry also urged Ecuador to halt the raids.",
     "ACCUSE", [(["PER"], ["ECU"])]),
]


@pytest.mark.parametrize("text, kind, expected", ROWS)
def test_condemned_ground_is_no_voice(text, kind, expected):
    assert sides(text, kind) == expected
