"""groupings.yaml as the schema and `kb/groupings.check_groupings` check it (groups1): known member codes, no form
given to two groupings, every entry with a source."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from readout.errors import DataFileError
from readout.kb.groupings import check_groupings, groupings


def entry(gid: str, members: list[str], en: list[str], ko: list[str] | None = None):
    return SimpleNamespace(id=gid, members=members, en=en, ko=ko or [], source="test")


def test_file_loads_with_sources():
    assert groupings() and all(g.source and len(g.members) >= 2 for g in groupings())


@pytest.mark.parametrize("entries, message", [
    ([entry("grp_a", ["FRA", "XXX"], ["A3"])], "unknown country code"),
    ([entry("grp_a", ["FRA", "DEU"], ["A3"]), entry("grp_b", ["ESP", "ITA"], ["a 3"])], "also a form"),
    ([entry("grp_a", ["FRA", "FRA"], ["A3"])], "listed twice"),
    ([entry("grp_a", ["FRA", "DEU"], ["A3"]), entry("grp_a", ["ESP", "ITA"], ["B3"])], "duplicate"),
])
def test_check_refuses(entries, message):
    with pytest.raises(DataFileError, match=message):
        check_groupings(SimpleNamespace(groupings=entries))
