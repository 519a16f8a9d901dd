"""speed51b (issue 20): `ActHit.copied(**changes)` makes what `dataclasses.replace` made (the same fields, the same
`__dict__` order, so the same pickle), refuses an unknown field as `replace` did, and leaves the original as it was.
"""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from readout.lang.base import ActHit

HIT = ActHit(start=4, end=12, type="ACCUSE", mode="disapprove", lemma="condemn", target=("object",),
             status="planned", contexts=("border",), data={"pred": 3, "target_spans": ((13, 20),)})


@pytest.mark.parametrize("changes", [
    {},
    {"type": "REJECT", "mode": None},
    {"data": {**HIT.data, "home_subject": True}},
    {"negated": True, "status": "occurred", "target": ()},
    {"start": 0, "end": 3, "lemma": "denounce", "nominal": True, "generic": True, "contexts": ()},
])
def test_copied_is_what_replace_made(changes):
    copy, made = HIT.copied(**changes), dataclasses.replace(HIT, **changes)
    assert copy == made and copy is not HIT
    assert list(vars(copy).items()) == list(vars(made).items())  # same values, same order
    assert pickle.dumps(copy) == pickle.dumps(made)
    assert copy.data is made.data  # the data dict is shared unless replaced, as `replace` shares it
    assert HIT.type == "ACCUSE" and "home_subject" not in HIT.data


def test_copied_refuses_an_unknown_field_and_stays_frozen():
    with pytest.raises(TypeError):
        HIT.copied(kind="REJECT")
    with pytest.raises(TypeError):
        dataclasses.replace(HIT, kind="REJECT")
    with pytest.raises(dataclasses.FrozenInstanceError):
        HIT.copied(type="REJECT").type = "AGREE"
    assert hash(HIT.copied(data={})) == hash(HIT)  # data is neither compared nor hashed
