"""(debt56b) lang/en/towns.known_states: the one check the four tables of towns_world.yaml share (a town's state is a
known country code, else the data file is wrong, named by its first unknown code, sorted)."""
from __future__ import annotations

import pytest

from readout.errors import DataFileError
from readout.lang.en.towns import known_states, positional_towns, shared_towns, towns


@pytest.mark.parametrize("codes", [["NPL", "BTN"], [], ("LAO",)])
def test_known_codes_pass(codes) -> None:
    assert known_states(codes) is None


@pytest.mark.parametrize("codes,first", [(["NPL", "ZZY", "ZZX"], "ZZX"), (("QQQ",), "QQQ")])
def test_an_unknown_code_names_the_file(codes, first: str) -> None:
    with pytest.raises(DataFileError, match=f"unknown country code {first}"):
        known_states(codes)


def test_the_tables_still_load() -> None:
    assert towns() and positional_towns() and shared_towns()
