"""An accord's matter in one document (pipeline/act_matter.py): two documents' words that share nothing are two
accords; a report fused with a retelling that names no document keeps no matter. Our own words."""
from __future__ import annotations

import pytest

from readout.pipeline.act_matter import joined_matter, other_matter


@pytest.mark.parametrize("a, b, other", [
    (("fishery",), ("culture", "exchange"), True),
    (("fishery",), ("fishery", "new"), False),
    (("수산",), ("문화", "교류"), True),
    (("fishery",), (), False),  # a retelling with no document: nothing said against it
    ((), (), False),
])
def test_other_matter(a, b, other):
    assert other_matter(a, b) is other


@pytest.mark.parametrize("a, b, joined", [
    (("fishery",), ("port",), ("fishery", "port")),
    (("수산",), (), ()),  # '해당 협정은 ...' beside '수산 협정에 서명': which accord is not known
])
def test_joined_matter(a, b, joined):
    assert joined_matter(a, b) == joined
