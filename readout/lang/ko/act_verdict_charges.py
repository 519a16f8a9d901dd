"""The deeds a charge's complement tells: the content of an accusation or claim, no events of their own.

Why a module of its own: act_verdicts.py finds the verdict and the accusation it states; what the charge tells
inside ('A는 B가 반군에 드론을 제공했다고 주장했다', 'B가 공격하겠다고 위협했다고 비난했다') is a separate question,
which hits are the charge's content (dropped, or marked `charged_deed` for the pipeline), which deed a claim alleges
as its verdict, and when a plain report of backing an armed group charges a wrong.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_judged_measures import owned_measure
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_verdict_complements import speaker_bound, told_speech
from readout.sectors import ARMED_PEOPLE_SECTORS


def charged_transfers(toks: list, spans: tuple, e: int, hits: list[ActHit], lex: ActIndex) -> set[int]:
    """The transfers an accusation's or claim's complement charges the accused with ('A는 [B가 C에 무기를 공급했다]고
    비난했다', '[B가 반군에 드론을 제공했다]고 주장했다'; cue charged_transfer_type): the speaker asserts them, the report
    does not, so they are the charge's content, no occurred event of their own, as the English reader leaves the
    gerund of 'accused B of supplying C'. A deed done to the speaker or a test it condemns ('B군이 마을을 포격했다고
    비난했다') stays: the side it struck tells of what it suffered, and the project codes that deed (acts47). The ids of
    the verbal hits from the accused's words to the complement's ending at `e`."""
    return charged_in(toks, spans, e, hits, lex.cue("charged_transfer_type"))


def charged_in(toks: list, spans: tuple, e: int, hits: list[ActHit], kinds: frozenset[str],
                upto: int | None = None) -> set[int]:
    """The ids of the verbal hits of a type in `kinds` from the accused's words to the complement's ending at `e` (or
    through the token at `upto`, where the charge closes before that ending).
    (charges50) With cue charged_force_type these are the force deeds a charge tells: marked `charged_deed`, so the
    pipeline keeps one only where it struck the accuser (pipeline/act_charged_deeds.py)."""
    lo, last = spans[0][0], e - 1 if upto is None or upto >= e else upto
    # by morpheme, not by offset: kiwi gives a fused ending the offset of the stem it joins ('지원한다고': 하/XSV and
    # ᆫ다고/EC both start at 한), so the verb right before the ending is still inside the complement (attack71)
    return {id(h) for h in hits if not h.nominal and isinstance(h.data.get("pred"), int) and h.type in kinds
            and lo <= toks[h.data["pred"]][2] and h.data["pred"] <= last}


def told_threats(toks: list, spans: tuple, e: int, hits: list[ActHit], lex: ActIndex) -> set[int]:
    """(charges52) The verbal acts a charge's complement tells with their own quoted content ('A는 B가 자국을
    공격하겠다고 위협했다고 주장했다 / 비난했다': `told_speech`): the threat is what A alleges or condemns, a word and no
    deed (accuse66: the verbal types charged are the charge's ground), as English 'alleged that B had threatened to
    attack it' and 'condemned B for threatening to attack it' give the ACCUSE alone. `first_quote_ending` stops the
    charge at '공격하겠다고', the inner verb's own quote, so the verb after it is asked here. The ids of those hits."""
    told = charged_in(toks, spans, e, hits, lex.cue("judged_word_type"))
    return {id(h) for h in hits if id(h) in told and told_speech(toks, h.data["pred"], lex)}


def first_quote_ending(toks: list, spans: tuple, e: int, lex: ActIndex) -> int:
    """The first quoting ending ('-다며', '-라며') after the accused's words and before `e`, else `e`: the reported
    charge closes there, and a clause after it is the speaker's own."""
    return next((m for m in range(e) if toks[m][2] >= spans[0][0] and toks[m][1] == "EC"
                 and toks[m][0] in lex.cue("quote_ending")), e)


def planned_deeds(found: tuple[int, bool] | None, hits: list[ActHit], lex: ActIndex) -> set[int]:
    """(accuse56) A force deed or transfer a claim only says another side intends ('B가 마을을 공격하려 한다고
    주장했다'): the claim alleges the intent, no deed took place, so the planned hit is the claim's content, not an
    event of its own. The ids of such hits at the alleged predicate."""
    if not found:
        return set()
    kinds = lex.cue("charged_force_type") | lex.cue("charged_transfer_type")
    return {id(h) for h in hits if h.data.get("pred") == found[0] and h.status != "occurred" and h.type in kinds}


def judged_acts(spans: tuple, hits: list[ActHit]) -> set[int]:
    """The noun acts inside the accused run of an accusation ('B의 병력 증강과 무기 이전은 ...을 드러낸다며 비판했다'): the
    conduct judged, the reason the speaker gives, not acts of the report's day of their own. The ids of those hits."""
    lo, hi = spans[-1]
    return {id(h) for h in hits if h.nominal and lo <= h.start < hi
            and not owned_measure(h)}  # kolex49: '[B의 국경 봉쇄 조치]가 부당하다고 비난했다': B's measure, done


def violated_norms(toks: list, spans: tuple, at: int, hits: list[ActHit]) -> set[int]:
    """The nominal hits inside a verdict's phrase, between the judged side and the verdict noun ('이번 공습을
    "[휴전 합의]에 대한 위반"이라고', '[정전 협정] 위반이라며'): the agreement or act named there is the norm the
    verdict says was broken, not an act of its own. The ids of those hits."""
    after = spans[-1][1]
    return {id(h) for h in hits if h.nominal and isinstance(h.data.get("pred"), int)
            and after <= toks[h.data["pred"]][2] and h.data["pred"] < at}


def backs_armed_group(hit: ActHit, lex: ActIndex) -> bool:
    """(accuse66) Backing given to an armed group ('B가 반군을 지원하고 있다고', 'B가 민병대를 무장시켰다고'): a
    transfer of `charged_transfer_type` whose receiving side the reader found in an armed non-state group's sector, a
    wrong one state charges another with, whatever the backing's mode (the English reader's `arms_armed_group`)."""
    return hit.type in lex.cue("charged_transfer_type") and hit.data.get("domestic_sector") in ARMED_PEOPLE_SECTORS


def reported_backing(toks: list, e: int, say: int, hits: list[ActHit], lex: ActIndex) -> bool:
    """(ensupport68) A plain verb of saying whose complement tells another side backing an armed group ('A는 B가 반군을
    무장시키고 있다고 밝혔다'): a side's report that another arms or funds an armed group charges it with a wrong, as
    with a verb of alleging (`backs_armed_group`; the English reader's `reported_arming`), and the backing is the
    charge's content. Backing a state or its forces is no charge."""
    lo = speaker_bound(toks, e, say, lex)
    return any(isinstance(h.data.get("pred"), int) and max(lo, 0) < h.data["pred"] < e and not h.nominal
               and not h.negated and h.status == "occurred" and backs_armed_group(h, lex) for h in hits)


def alleged_act(toks: list, e: int, say: int, hits: list[ActHit], lex: ActIndex) -> tuple[int, bool] | None:
    """The act of force or of arming a claim's complement reports ('A는 B군이 민가를 공습해 민간인이 숨졌다고
    주장했다', 'B가 반군에 드론을 제공했다고 주장하며'; cues allege_verb, alleged_act_type as TYPE or TYPE:mode): to
    claim another side did it is to allege a wrong (PLOVER ACCUSE, allege), so it stands as the verdict, its subject the
    accused. The last such act between the speaker's particle and the ending at `e`, not negated; None when the
    complement reports no such act (a claim about a fact, a plan, one's own success)."""
    kinds, planned = lex.cue("alleged_act_type"), lex.cue("alleged_plan_type")
    lo = speaker_bound(toks, e, say, lex)
    found = [h.data["pred"] for h in hits
             if isinstance(h.data.get("pred"), int) and max(lo, 0) < h.data["pred"] < e and not h.nominal
             and not h.negated and (h.status == "occurred" and (h.type in kinds or f"{h.type}:{h.mode}" in kinds
                                                                 or backs_armed_group(h, lex))
                                    or h.type in planned)]  # acts47: a deployment alleged, done or being prepared
    return (max(found), False) if found else None
