"""(plover59) A deed told as a gerund after a verb of turning to it and its 'to' ('youths resorted to throwing stones',
'the army returned to shelling the villages', 'took to burning tyres'): the 'to' there is a preposition, not an
infinitive's mark, so the deed is done, no plan or goal another act governs.

Why its own module: `act_modality.modality_of` reads any act word right after 'to' as an infinitive (governed, not
yet fact); the verbs that take 'to' + a gerund of a deed done are a closed list of the lexicon's cues
(`resort_verbs`), read here once, so the modality reader asks one question.
"""
from __future__ import annotations

from readout import budget
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

GERUND_END = "ing"


@budget.table()
def resort_verbs() -> frozenset[str]:
    """The forms of the verbs of turning to a deed (`resort_verbs` in lexicon/en_acts.yaml)."""
    from readout.lang.act_lexicon import load_act_lexicon

    return load_act_lexicon("en").cue("resort_verbs")


def resorted_gerund(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the act word at token i is a gerund after 'to' and a verb of turning to a deed: done, not planned."""
    return (i >= 2 and toks[i].low.endswith(GERUND_END) and toks[i - 1].low in cues.infinitive
            and toks[i - 2].low in resort_verbs())
