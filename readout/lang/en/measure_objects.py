"""(plover59b) An object naming a measure by what it restricts ('cancelled the visa requirement', 'lifted the arms
embargo'): the measure is the object, not its first word's thing.

Why its own module: `act_window.longer_object` keeps the nearer end of two objects starting at one word (a compound,
'closed the border crossing', is about the border), so 'cancel' + 'visa' (visas revoked: SANCTION) outranked CAMEO
0811's 'cancel' + 'visa requirement' (an eased restriction: CONCEDE). The measure's head nouns are a closed list of
the lexicon's cues (`measure_heads`), read here once, so the window asks one question.
"""
from __future__ import annotations

from readout import budget
from readout.lang.en.act_tokens import Token


@budget.table()
def measure_heads() -> frozenset[str]:
    """The head nouns of a measure (`measure_heads` in lexicon/en_acts.yaml)."""
    from readout.lang.act_lexicon import load_act_lexicon

    return load_act_lexicon("en").cue("measure_heads")


def measure_compound(toks: list[Token], shorter_end: int, longer_end: int) -> bool:
    """Whether the longer of two objects starting at one word goes on from the shorter's end to a measure's head
    noun: that object names the measure, so it wins over the nearer end."""
    return longer_end > shorter_end and toks[longer_end].low in measure_heads()
