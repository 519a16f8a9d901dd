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

from readout import budget
from readout.lang.base import ActHit
from readout.lang.en.act_consequences import trailing_speaker
from readout.lang.en.act_predictions import speakers_own_state

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

@budget.table()
def guessing_speakers() -> frozenset[str]:
    """Speakers whose trailed guess is no plan (`guessing_speakers` in lexicon/en_acts.yaml): onlookers."""
    from readout.lang.act_lexicon import load_act_lexicon  # imported when first asked, as lang/en/measure_objects does

    return load_act_lexicon("en").cue("guessing_speakers")


@budget.table()
def guess_frame_verbs() -> frozenset[str]:
    """(acts60) The verbs of a trailing frame of a guess besides the reporting ones (`guess_frame_verbs` in
    lexicon/en_acts.yaml: 'warned', 'believe', 'predicted')."""
    from readout.lang.act_lexicon import load_act_lexicon

    return load_act_lexicon("en").cue("guess_frame_verbs")


@budget.table()
def guessed_auxiliaries() -> frozenset[str]:
    """(acts60) The auxiliary of an onlooker's guessed deed besides the modals of possibility ('would')."""
    from readout.lang.act_lexicon import load_act_lexicon

    return load_act_lexicon("en").cue("guessed_auxiliaries")


SUBJECT_WORDS = 4  # words of the reported clause's subject before its modal ('the Russian defence ministry')
OPENERS = frozenset({"that", "whether", "if"})  # the words that open a reported clause after its verb


def reported_possibility(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the verb of `hit` follows a modal of possibility whose subject, after a reporting verb or a clause
    opener, is someone other than the speaker. Not a claim refused by calling its deed impossible ('said no state
    can annex another', act_denied_seizures: `refused_yield`): that refusal is said, not possible."""
    i = hit.data["token"]
    if hit.nominal or hit.type == "THREATEN" or hit.data.get("refused_yield") or i < 2 or toks[i - 1].low not in cues.prediction_modals:
        return False
    modal = i - 1
    if i < 3:  # 'Chile could attack Peru, analysts said': no frame before a one-word subject
        return trailed_possibility(toks, hit, modal, cues)
    for j in range(modal - 1, max(modal - 2 - SUBJECT_WORDS, 0), -1):
        opener = toks[j - 1].low
        if opener in cues.reporting or opener in OPENERS or opener in cues.feared_act_verbs:  # plover57: 'critics
            # fear X could attack' with no 'that': a fear governs the clause as a reporting verb does
            if toks[j].low in cues.speaker_pronouns or not all(t.word for t in toks[j:modal]):
                return False
            return not speakers_own_state(toks, j, modal, j - 1)
    return trailed_possibility(toks, hit, modal, cues)


def trailed_possibility(toks: list[Token], hit: ActHit, modal: int, cues: Cues) -> bool:
    """(acts59b) The possibility opens the sentence and its speaker closes it ('Chile could attack Peru, analysts
    said', '..., observers said on Monday': act_consequences.trailing_speaker): the same guess about another side as
    'analysts said Chile could attack Peru', PLOVER's hypothetical, no event. The subject, a name of a few words
    before the modal, is no pronoun, and the frame names no state of it ('..., Chile's defence minister said': the
    speaker's own course stays a plan, as speakers_own_state keeps it)."""
    if not 0 < modal <= SUBJECT_WORDS or not all(t.word for t in toks[:modal]) or toks[0].low in cues.speaker_pronouns:
        return False
    frame = trailing_speaker(toks, cues, cues.reporting | cues.feared_act_verbs | guess_frame_verbs())  # acts60:
    # '..., analysts warned', '..., experts believe': a guess told as 'said' tells it
    if frame is None or frame[0] < toks[hit.data["token"]].end:
        return False
    first = next(k for k, t in enumerate(toks) if t.start >= frame[0])
    if not any(t.low in guessing_speakers() or t.raw[:1].isupper() for t in toks[first:]):
        return False  # lead: 'Japan may impose sanctions, the chief cabinet secretary said': a bare office, no
        # onlooker and no name, speaks for the subject's own state: its plan ("Somalia's minister": a guess)
    framed = [*toks[first:], *toks[:modal]]  # the frame read as if it opened the sentence before the subject
    return not speakers_own_state(framed, len(toks) - first, len(framed), len(toks) - first)


def guessed_future(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(acts60, issue 13) An onlooker's forecast of another side's deed: 'Analysts said Peru would attack Chile',
    'Peru would impose sanctions on Chile, experts predicted': a verb right after a hypothetical auxiliary
    (`guessed_auxiliaries`: 'would') whose clause a guessing speaker (`guessing_speakers`: analysts, experts) reports,
    before it with a verb of saying, guessing or fearing or in a frame closing the sentence, is the same hypothetical
    as their 'could' (`reported_possibility`), no plan nor threat of the subject. A state's or an official's 'would'
    stays a reported plan or threat: only onlookers guess; 'will' stays acts58's forecast (a THREATEN)."""
    i = hit.data["token"]
    if hit.nominal or i < 2 or toks[i - 1].low not in guessed_auxiliaries():
        return False
    verbs = cues.reporting | cues.feared_act_verbs | guess_frame_verbs()
    for v in range(i - 2, max(i - 3 - SUBJECT_WORDS, -1), -1):  # 'Analysts said (that) Peru would'
        if not toks[v].word:
            break
        if toks[v].low in verbs:
            return any(t.low in guessing_speakers() for t in toks[max(0, v - SUBJECT_WORDS):v])
    frame = trailing_speaker(toks, cues, verbs)
    if frame is None or frame[0] < toks[i].end:
        return False
    return any(t.low in guessing_speakers() for t in toks if t.start >= frame[0])
