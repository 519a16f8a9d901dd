"""A possible future deed of another side, reported by a speaker (kofut45): 'said B could supply missiles to C',
'said that B may send troops'.

Why: a modal of possibility (cue prediction_modals) in a reported clause whose subject is
not the speaker is the speaker's guess or fear about B, not B's plan: B announced nothing, so no planned act of B is
coded. The speaker's own possible act ('said it could send aid', 'Japan said Japan may ...') stays a plan, as the
prediction reader keeps 'warned that it would retaliate' a threat (act_predictions.prediction). The Korean reader does
the same for 'B가 ...할 수 있다고 우려했다' (lang/ko/act_possible_deeds). (plover57) A verb of fearing (cue
`feared_act_verbs`) opens such a clause with no 'that' too ('critics fear X could attack Y'): a dreaded deed. An outcome in doubt ('is watching whether B
would hand over technology') is read by the cue `open_outcomes` (act_clause, hypo45), whatever its modal.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_predictions import speakers_own_state

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

SUBJECT_WORDS = 4  # words of the reported clause's subject before its modal ('the Russian defence ministry')
OPENERS = frozenset({"that", "whether", "if"})  # the words that open a reported clause after its verb


def reported_possibility(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the verb of `hit` follows a modal of possibility whose subject, after a reporting verb or a clause
    opener, is someone other than the speaker. Not a claim refused by calling its deed impossible ('said no state
    can annex another', act_denied_seizures: `refused_yield`): that refusal is said, not possible."""
    i = hit.data["token"]
    if hit.nominal or hit.type == "THREATEN" or hit.data.get("refused_yield") or i < 3 or toks[i - 1].low not in cues.prediction_modals:
        return False
    modal = i - 1
    for j in range(modal - 1, max(modal - 2 - SUBJECT_WORDS, 0), -1):
        opener = toks[j - 1].low
        if opener in cues.reporting or opener in OPENERS or opener in cues.feared_act_verbs:  # plover57: 'critics
            # fear X could attack' with no 'that': a fear governs the clause as a reporting verb does
            if toks[j].low in cues.speaker_pronouns or not all(t.word for t in toks[j:modal]):
                return False
            return not speakers_own_state(toks, j, modal, j - 1)
    return False
