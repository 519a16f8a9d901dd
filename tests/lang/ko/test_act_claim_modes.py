"""The mode of a Korean claim follows what it says (accuse56, act_verdicts._judged_fact): a deed named as a fact
('B가 ...을 취소한 것은 ...에 어긋난다고 주장했다') is judged, ACCUSE disapprove; a deed claimed of B ('B가 ...을
위반하고 있다고 주장했다', '...을 나포했다고 주장했다') is alleged. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import assert_act
from tests.lang.ko.act_rows import PUB

ROWS = [
    ("칠레 대통령은 페루가 자국 어선을 나포한 것은 국제법에 어긋난다고 주장했다.", {"CHL"}, {"PER"}, "disapprove"),
    ("몽골 외교부는 중국이 자국 화물차의 통행을 막은 것이 협정 위반이라고 주장했다.", {"MNG"}, {"CHN"}, "disapprove"),
    ("칠레 대통령은 페루가 국경 협정을 위반하고 있다고 주장했다.", {"CHL"}, {"PER"}, "allege"),
    ("에콰도르 국방부는 페루 해군이 자국 어선을 나포했다고 주장했다.", {"ECU"}, {"PER"}, "allege"),
]


@pytest.mark.parametrize("text,actors,recipients,mode", ROWS)
def test_claim_mode_follows_what_it_says(text, actors, recipients, mode):
    assert_act(extract_text(text, published=PUB).events, "ACCUSE", actors, recipients, "occurred", mode)
