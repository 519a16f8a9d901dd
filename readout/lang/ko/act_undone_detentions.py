"""(kopar54, issue 15) A release's object described by the detention it ends: '세르비아는 [구금했던] 코소보 경찰관 3명을
석방했다' (the officers it had held, now freed) tells one act, the release, as English 'released three detained Kosovo
police officers' does.

Why: relclause52 read a subjectless past relative on the main verb's object as the sentence's subject's earlier deed
on the head (`act_relatives.own_subject_head`): right for '[억류했던] 상인들을 추방했다' (held, then deported: two
measures), but where the main verb is the release that undoes that very detention, the relative only says who was
released: every release presupposes the holding it ends, so the holding is no news of its own and coding it gave an
arrest with a guessed earlier date beside every release. The rule: a relative arrest read by `own_subject_head`
(no subject and no object of its own, the sentence's subject as its doer: data `recalled` with `agent_span`) whose
head is the object of a release (RETREAT release) read right after it (only the head's nouns, its count and the
object particle between the relative's ending and the release's predicate) is dropped. A clause with its own subject
('[알제리 당국이 억류했던] 어부들을 풀어줬다'), its own date ('[지난달 체포했던] 어부들을 석방했다', '[3일 체포했던]':
a detention the story dates is told news) or any other main verb ('[억류했던] 상인들을 추방했다') keeps its arrest.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.relative_time_words import relative_time_word
from readout.lang.ko.tags import NOUN_TAGS, OBJECT_PARTICLES

HEAD_TAGS = NOUN_TAGS | {"NNB"}  # the released head: its nouns, a count and its counter ('경찰관 3명을')
UNDONE = (("COERCE", "arrest"), ("RETREAT", "release"))  # (the relative's act, the main act that ends it)


def undone_detentions(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The hits less each subjectless relative detention whose head the release right after it frees."""
    releases = [h for h in hits if (h.type, h.mode) == UNDONE[1] and not h.nominal and isinstance(h.data.get("pred"), int)]
    if not releases:
        return hits
    return [h for h in hits if not any(ended_by(toks, h, r) for r in releases)]


def ended_by(toks: list, hit: ActHit, release: ActHit) -> bool:
    """Whether `hit` is a relative detention by the sentence's subject whose head `release` frees: between the
    relative's ending and the release's predicate stand only the head's nouns and one object particle."""
    if (hit.type, hit.mode) != UNDONE[0] or not (hit.data.get("recalled") and hit.data.get("relative")):
        return False
    first, last, pred = hit.data.get("first"), hit.data.get("last"), release.data.get("pred")
    if not all(isinstance(k, int) for k in (first, last, pred)) or pred <= last or dated(toks, first):
        return False
    between = toks[last + 1:pred]
    marks = [k for k, t in enumerate(between) if t[1] == "JKO"]
    if len(marks) != 1 or between[marks[0]][0] not in OBJECT_PARTICLES:
        return False
    head, verb_noun = between[:marks[0]], between[marks[0] + 1:]  # '코소보 경찰관 3명' 을 '석방'(하다)
    return bool(head) and all(t[1] in HEAD_TAGS for t in head) and all(t[1] in NOUN_TAGS for t in verb_noun)


def dated(toks: list, first: int) -> bool:
    """Whether the relative clause opening at `first` has a date of its own right before its verb: a relative date word
    ('지난달', '어제') or a number with its unit ('3일', '5월')."""
    if first < 1:
        return False
    form, tag = toks[first - 1][0], toks[first - 1][1]
    return relative_time_word(form) or tag == "NNB" and first > 1 and toks[first - 2][1] == "SN"
