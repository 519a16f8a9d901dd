"""English meeting and act rules that lang/en/language.py adds over the clause reader and the act lexicon."""
from datetime import date

import pytest

from tests.conftest import events_of


@pytest.mark.parametrize("text, mode", [
    ("North Korea conducted an intermediate-range ballistic missile test on Sunday.", "weapons"),
    ("North Korea conducted a nuclear test on Sunday.", "weapons"),
    ("The South Korean army conducted drills near the border on Sunday.", "troops"),
])
def test_a_mobilization_naming_a_weapon_is_the_weapons_mode(extract, text, mode):
    a = extract(text, published=date(2024, 11, 19))
    (e,) = events_of(a, "MOBILIZE")
    assert e.mode == mode
