"""(located66) A state's possessive right before a rule noun owns the rule ('criticized Chile's rules'): the owner is the
act's receiving side, as 'Chile's new rules' and 'Chile's laws' read; a body's resolution or charter ('the UN's
charter', 'Security Council resolutions') and a bare name before 'rules' ('UN rules') name what was broken, no party
(lexicon en.yaml rule_after_re). The Korean '칠레의 규정을' already reads the owner. Our own sentences."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import sides


@pytest.mark.parametrize("text, kind, doer, receiver", class_rows({
    "owned-rules": [
        ("Peru criticized Chile's rules.", "ACCUSE", "PER", "CHL"),
        ("Norway condemned Gabon's rules on foreign reporters.", "ACCUSE", "NOR", "GAB"),
        ("페루는 칠레의 규정을 비판했다.", "ACCUSE", "PER", "CHL"),
    ],
}))
def test_owner_of_rules_receives(text, kind, doer, receiver):
    assert ([doer], [receiver]) in sides(text, kind)


@pytest.mark.parametrize("text, kind", class_rows({
    "a-body's-rule": [
        ("Peru criticized the UN's charter.", "ACCUSE"),
        ("Chile criticized the Security Council's resolutions.", "ACCUSE"),
        ("Peru criticized UN rules on Friday.", "ACCUSE"),
    ],
}))
def test_rule_of_a_body_names_no_party(text, kind):
    assert not any(r for _a, r in sides(text, kind))
