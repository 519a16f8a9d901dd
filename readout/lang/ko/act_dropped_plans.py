"""(plans54b) A plan said dropped is no deed planned: '가나는 토고 외교관들을 추방할 계획이었으나 이를 철회했다',
'제재를 부과할 계획이었지만 계획을 취소했다'.

Why: a plan told in the past reads the deed planned (future53, plans54: '추방할 계획이었다'), whether or not it was
carried out, which the sentence leaves open; where the same sentence goes on to say it was dropped (a contrast ending,
`contrast_ending`: 으나, 지만, then a verb of giving up, `dropped_plan_verb`: 철회하다, 취소하다, 포기하다,
백지화하다, whose object, if any, is the plan, `dropped_plan_object`: 이를, 계획을), nothing is planned any more, and PLOVER codes what is intended or done. English 'had planned to expel
them but dropped the idea' reads so (lang/en/act_dropped_plans).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.ending_reading import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS

CONNECTIVE_TAG, FULL_STOP_TAG, OBJECT_TAG = "EC", "SF", "JKO"


def dropped_plans(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without each deed planned whose plan clause ends in a contrast and whose next predicate gives it up,
    and without that giving up's own CONCEDE (plans55b: '…추방할 계획이었으나 이를 철회했다': withdrawing one's own plan
    yields nothing to another side; a concession gives up a demand or a measure against it, which this plan never
    became), as English 'but dropped the idea' gives none."""
    verbs = [dropped(toks, h, lex) for h in hits]
    given_up = {v for v in verbs if v is not None} | noun_plans_given_up(toks, lex)
    return [h for h, v in zip(hits, verbs) if v is None and not (
        h.type == "CONCEDE" and any(h.data.get("first", -1) <= g <= h.data.get("last", -2) for g in given_up))]


def dropped(toks: list, hit: ActHit, lex: ActIndex) -> int | None:
    """The token of the verb giving the plan up where `hit` is a deed planned ('추방할 계획이었으나') whose clause's
    first connective after it is a contrast and whose next predicate after that, before the sentence ends, is a verb
    of giving the plan up; else None."""
    if hit.status != "planned" or "last" not in hit.data:
        return None
    before = plan_given_up_after(toks, hit.data["last"] + 1, lex)
    if before is not None:
        return before
    k = hit.data["last"] + 1
    while k < len(toks) and toks[k][1] != CONNECTIVE_TAG:
        if toks[k][1] in ACT_VERB_TAGS or toks[k][1] == FULL_STOP_TAG:
            return None  # another predicate or the sentence's end before any connective
        k += 1
    if k >= len(toks) or toks[k][0] not in lex.cue("contrast_ending"):
        return None
    verb = next((j for j in range(k + 1, len(toks)) if toks[j][1] in ACT_VERB_TAGS
                 or toks[j][1] == FULL_STOP_TAG), None)
    given_up = verb is not None and toks[verb][1] != FULL_STOP_TAG \
        and lemma_at(toks, verb) in lex.cue("dropped_plan_verb") and given_up_plan(toks, k, verb, lex)
    return verb if given_up else None


PLAN_MODIFIER_TAGS = frozenset({"ETM", "XSV", "EP"})  # '추방하[려던] 계획을', '부과할 계획을': the deed modifying the plan


def plan_given_up_after(toks: list, k: int, lex: ActIndex) -> int | None:
    """(plans55b) The token of the verb giving up the plan the deed before `k` modifies, in one clause ('외교관을
    추방하려던 계획을 철회했다', '관세를 부과할 계획을 취소했다'): past the deed's adnominal ending, a
    `dropped_plan_object` noun as the object (을/를), then a `dropped_plan_verb` as the next predicate; else None."""
    while k < len(toks) and toks[k][1] in PLAN_MODIFIER_TAGS:
        k += 1
    if k + 1 >= len(toks) or toks[k][0] not in lex.cue("dropped_plan_object") or toks[k + 1][1] != OBJECT_TAG:
        return None
    verb = next((j for j in range(k + 2, len(toks)) if toks[j][1] in ACT_VERB_TAGS or toks[j][1] == FULL_STOP_TAG),
                None)
    return verb if verb is not None and toks[verb][1] != FULL_STOP_TAG \
        and lemma_at(toks, verb) in lex.cue("dropped_plan_verb") else None


def given_up_plan(toks: list, k: int, verb: int, lex: ActIndex) -> bool:
    """What the verb at `verb` gives up is the plan itself: its object ('이를', '계획을', '방침을': a
    `dropped_plan_object` before 을/를) or none between the contrast ending `k` and the verb ('철회했다');
    not some other thing ('무역 협정을 취소했다')."""
    objects = [j for j in range(k + 1, verb) if toks[j][1] == OBJECT_TAG]
    return all(j > 0 and toks[j - 1][0] in lex.cue("dropped_plan_object") for j in objects)


NOUN_TAG, VERB_SUFFIX = "NNG", "하다"


def noun_plans_given_up(toks: list, lex: ActIndex) -> set[int]:
    """(plans56) The tokens of verbs giving up a plan named by a deed's noun ('외교관 [추방 계획을] 철회했다', '[제재
    방침을] 취소했다'): a `dropped_plan_object` noun after the noun of a deed the lexicon reads (추방 of 추방하다), as
    the object (을/를), then a `dropped_plan_verb` as the next predicate. One's own plan withdrawn yields nothing to
    another side (plans55b), as English 'withdrew its plan to expel' (lang/en/act_dropped_plans) gives nothing."""
    out = set()
    for k in range(1, len(toks) - 1):
        if toks[k][0] not in lex.cue("dropped_plan_object") or toks[k][1] != NOUN_TAG or toks[k + 1][1] != OBJECT_TAG \
                or toks[k - 1][1] != NOUN_TAG or toks[k - 1][0] + VERB_SUFFIX not in lex.verbs:
            continue
        verb = next((j for j in range(k + 2, len(toks)) if toks[j][1] in ACT_VERB_TAGS or toks[j][1] == FULL_STOP_TAG),
                    None)
        if verb is not None and toks[verb][1] != FULL_STOP_TAG and lemma_at(toks, verb) in lex.cue("dropped_plan_verb"):
            out.add(verb)
    return out
