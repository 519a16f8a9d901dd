"""(koacts59b, issue 13) A hostile deed told in a reported complement under a plain verb of saying is also the
speaker's charge: '페루는 볼리비아군이 국경 초소를 포격했다고 말했다', '칠레는 아르헨티나 해커들이 재무부 서버를
해킹했다고 밝혔다'.

Why: the speaker tells that another side did it wrong, which is PLOVER's ACCUSE ("allege": accuse of wrongdoing),
aimed at the complement's subject, as English 'Peru said Bolivia had shelled its border post' now reads
(lang/en/act_reported_charges.py, acts59). A verb of claiming ('주장했다', cue allege_verb) already made its
complement's deed an allegation (act_verdict_charges.alleged_act); a plain verb of saying ('말했다', '밝혔다') did not,
so the speaker's act was lost. The deed stays as the reported deed (its own event); the charge is added beside it, at
the saying verb. Only force and coercion (`CHARGED_TYPES`): a threat told ('...공격하겠다고 위협했다고 밝혔다') is a
report (charges51), an aid or agreement told is no wrong. Not where the saying verb is an act of its own (an
accusation '비난했다' reads its own charge; a warning, a threat), nor for a deed negated, planned, passive ('B의 장관이
체포됐다고 밝혔다': the subject suffers it) or named by a noun; the complement's subject must be another's (the
verdict reader's accused_side drops one in the first person, '우리 군이', '자국군이').
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_verdict_complements import speaker_bound
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import SUBJECT_TAGS

CHARGED_TYPES = frozenset({"ASSAULT", "COERCE"})  # deeds of force or coercion: told of another, a wrong alleged


def reported_charge(toks: list, e: int, say: int, hits: list[ActHit], lex: ActIndex,
                    said_act: ActHit | None) -> tuple[int, bool] | None:
    """The morpheme of the last occurred deed of `CHARGED_TYPES` the complement closed at `e` tells, under the plain
    verb of saying at `say` (cue say_verb, no act of its own: `said_act` is None), as a verb verdict (False: no noun);
    None when the verb states an act or claims (its own readers), or no such deed is told."""
    if said_act is not None or lemma_at(toks, say) not in lex.cue("say_verb") \
            or lemma_at(toks, say) in lex.cue("allege_verb"):
        return None
    if any(toks[m][1] in SUBJECT_TAGS for m in range(e + 1, say)):
        return None  # lead: '…포격했다고 페루 정부가 밝혔다': a speaker after the clause attributes the news, as English
        # '…, Peru said' (kospeaker68: a trailing plain verb of saying is no charge; a trailing claim verb is)
    lo = speaker_bound(toks, e, say, lex)
    found = [h.data["pred"] for h in hits
             if h.type in CHARGED_TYPES and isinstance(h.data.get("pred"), int) and max(lo, 0) < h.data["pred"] < e
             and not h.nominal and not h.negated and h.status == "occurred" and not h.data.get("passive")]
    return (max(found), False) if found and not own_subject(toks, max(lo, 0), max(found), lex) else None


def own_subject(toks: list, lo: int, deed: int, lex: ActIndex) -> bool:
    """The complement's subject (the words after the speaker's particle at `lo` up to the first subject particle
    before the deed at `deed`) is a pronoun or the speaker's own ('우리 군이', '자국군이', '그들이'): the speaker tells
    its own or an unnamed side's deed, no charge. An object of the speaker's ('B가 자국 초소를') stays a charge."""
    end = next((m for m in range(lo + 1, deed) if toks[m][1] == "JKS"), None)
    return end is not None and any(toks[m][1] == "NP" or toks[m][0] in lex.cue("self_noun") for m in range(lo + 1, end))
