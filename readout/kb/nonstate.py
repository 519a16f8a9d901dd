"""The sides PLOVER codes as no state: NGO (non-governmental organizations) and IMG (armed groups of no one
state). The bodies themselves are organizations like any other (kb.loader reads nonstate_world.yaml after the
other tables); this module serves the words that tell an NGO's name from an intergovernmental body's.

Data: nonstate_world.yaml, generated from the Phoenix dictionaries by scripts/data/build_nonstate.py.
"""
from __future__ import annotations


from readout import budget
from readout.kb.loader import NONSTATE_CODES, parse

NGO_CODE = "NGO"
ARMED_GROUP_CODE = "IMG"
assert {NGO_CODE, ARMED_GROUP_CODE} == NONSTATE_CODES


@budget.table()
def ngo_words_en() -> frozenset[str]:
    """Words of Phoenix NGO names that no international body's name holds ('Lawyers', 'Watch', 'Foundation'):
    a name shaped like an intergovernmental body's that holds one is an NGO's."""
    return frozenset(parse("nonstate_world.yaml", "NonstateFile").ngo_words_en)
