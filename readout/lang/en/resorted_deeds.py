"""(plover59) A deed told as a gerund after a verb of turning to it and its 'to' ('youths resorted to throwing rocks',
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


def resort_frame(toks: list[Token], j: int, cues: Cues) -> bool:
    """(plover59b) Whether tokens j-1 and j are a verb of turning to a deed and its 'to' before a gerund ('youths
    resorted to throwing rocks'): the subject of the resort verb is the deed's, so the subject is read from before
    it, as from before an attempt's verb (act_people_subjects.attempt_frame); else the people noun heading the
    subject was never reached and the crowd's deed took CAMEO's ASSAULT, not the manual's PROTEST riot."""
    return (1 <= j < len(toks) - 1 and toks[j].low in cues.infinitive and toks[j - 1].low in resort_verbs()
            and toks[j + 1].low.endswith(GERUND_END))
