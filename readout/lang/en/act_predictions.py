"""An English warning that predicts another side's deed ('officials warned the North could step up its provocations'):
no threat, and no act of the predicted side; the forms that name the speaker's own state before it.

Why its own module: the finder and the possible-deeds reader ask it with the kb's state forms it reads, which no
other act_context reader needs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout import budget
from readout.lang.base import ActHit
from readout.kb.loader import kb

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


SUBJECT_WORDS = 4  # words of the subject of a warning's clause before its modal


def prediction(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """"officials warned the North could step up its provocations": a warning whose clause has a
    subject other than the speaker and a modal of possibility is a prediction about someone else,
    not a threat (PLOVER's THREATEN is the actor's own conditional hostility). "warned that it would
    retaliate" (the speaker's pronoun) and "warned X of consequences" stay threats."""
    verbs, modals, speakers = cues.prediction_verbs, cues.prediction_modals, cues.speaker_pronouns
    if hit.type != "THREATEN" or hit.lemma.split()[0] not in verbs or "object" in hit.data:
        return False
    j = hit.data["end_token"] + 1
    if j < len(toks) and toks[j].low == "that":
        j += 1
    if j >= len(toks) or not toks[j].word or toks[j].low in speakers:
        return False
    for k in range(j + 1, min(len(toks), j + 1 + SUBJECT_WORDS)):
        if not toks[k].word:
            return False
        if toks[k].low in modals:
            return not speakers_own_state(toks, j, k, hit.data["token"])
    return False


def speakers_own_state(toks: list[Token], start: int, end: int, verb: int) -> bool:
    """'X's foreign minister warned that Tehran could cut its cooperation with the agency', 'Iran rejected ... and
    the minister warned that Iran could ...': the subject of the warned clause (tokens `start`..`end`) is a state
    whose name, seat or adjective the sentence gave before the warning verb (token `verb`): the speaker's own state
    stating its own course, a threat, not a prediction about another."""
    lows = [t.low for t in toks[start:end]]
    lows = lows[len(lows) - lows[::-1].index("that"):] if "that" in lows else lows  # 'warned on Monday that X could'
    code = state_codes().get(" ".join(w for w in lows if w != "the"))
    if code is None:
        return False
    words = [t.low.removesuffix("'s") for t in toks[:verb] if t.word]  # "venezuela's" is one token
    forms = state_forms().get(code, ())
    return any(words[i:i + len(f)] == list(f) for f in forms for i in range(len(words)))


@budget.table()
def state_codes() -> dict[str, str]:
    """Each state's English names and seats of government, lower-cased, to its code ('tehran': 'IRN')."""
    return {n.lower(): c.code for c in kb().countries.countries if c.kind == "state" for n in (*c.en, *c.metonyms_en)}


@budget.table()
def state_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each state's names, seats and adjectives as lower-case word tuples ('IRN': (('iran',), ('iranian',), ...)):
    the forms that name the speaker's side before a warning."""
    return {c.code: tuple(tuple(n.lower().replace("'s", "").split()) for n in (*c.en, *c.metonyms_en, *c.adjectives_en))
            for c in kb().countries.countries if c.kind == "state"}
