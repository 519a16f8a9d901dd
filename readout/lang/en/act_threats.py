"""Threats stated without a verb of threatening (threaten38): deterrence said as a consequence of any hostile act,
a response pledged to any such act, and a side's forces declared targets.

Why a reader of its own: the PLOVER manual's THREATEN is "a statement of intent to take a negative action against
another actor", and officials state it in three fixed ways that name no threatening verb:

1. what any attack will bring: "any attack by X on Y will meet a swift and overwhelming response", "any nuclear
   attack by X is unacceptable and will result in the end of the regime". The attack, after a determiner of any
   instance ("any"), is the condition, no deed (act_context.any_instance); the speaker threatens the attack's author
   (its "by" agent, or the proper adjective before it: "any Peruvian attack"). The consequence is a verb of
   bringing about (`deterrence_verbs`, or "be met with") with a noun of response (`deterrence_objects`).
2. a response pledged to any act: "Helsinki would respond firmly to any act that threatens its security". The
   subject of the response warns (the manual's threat of unspecified negative action); the one warned is the
   one told ("told the envoy that ...", "warned X that ..."), else the one the sentence's request asked ("urged X
   to ..., warning that ..."), else the side whose deed the story told last (`unaddressed`).
3. a side's forces declared targets: "said X's soldiers who join the fighting would become legitimate military
   targets": the speaker threatens force (mode violence) against the side the forces belong to.

A forecast by no named speaker ("analysts said any attack would meet ...") names an analyst's side as the speaker:
the pipeline gives a threat only to a speaker that is a state's (an expert's statement is no state's act).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_consequences import trailing_speaker
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_purposes import hedged_acts
from readout.lang.en.act_tokens import LOW, Token
from readout.lang.en.act_near_words import skip_adverbs

FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # the hostile deeds whose "any" instance is deterred
ANY_REACH = 3  # words from "any" to the act word it opens ("any nuclear missile attack")
CONDITION_REACH = 24  # words from "any" to the future auxiliary of the consequence
OBJECT_REACH = 5  # words from the verb of bringing about to its noun of response ("meet a swift and overwhelming response")
AGENT_REACH = 5  # words of the attack's "by" agent ("by the North Korean regime")
RESPONSE_REACH = 9  # words from the response verb to "to any" ("respond with all available means together with ...")
TARGET_REACH = 3  # words from "become" to "targets" ("legitimate military targets")
PASSIVE_MEETING = ("be", "met", "with")  # "will be met with a response"


def stated_threats(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The THREATEN hits of the three forms in the module docstring (new hits; the given ones are unchanged)."""
    if cues.future_auxiliaries.isdisjoint(map(LOW, toks)):
        return []
    out: list[ActHit] = []
    for a, t in enumerate(toks):
        if t.low not in cues.future_auxiliaries or (a and toks[a - 1].low in cues.negation):
            continue
        k = skip_adverbs(toks, a + 1, cues)
        if k >= len(toks) or toks[k].low in cues.negation:
            continue
        hit = deterrence(toks, a, k, hits, cues) or pledged_response(toks, a, k, hits, cues) \
            or declared_targets(toks, a, k, cues)
        if hit is not None:
            out.append(hit)
    return out


def deterrence(toks: list[Token], a: int, k: int, hits: list[ActHit], cues: Cues) -> ActHit | None:
    """Form 1: "any attack by X ... will meet/result in a response/the end": the speaker threatens X."""
    if not brought_about(toks, k, cues):
        return None
    deed = next((h for h in hits if h.type in FORCE and instance_at(toks, h.data["token"], cues) is not None
                 and a - CONDITION_REACH <= h.data["token"] < a), None)
    if deed is None:
        return None
    author = deed_author(toks, deed.data["token"], cues)
    if author is None:
        return None
    return spoken_threat(toks, instance_at(toks, deed.data["token"], cues), k, author, "violence", cues)


def brought_about(toks: list[Token], k: int, cues: Cues) -> bool:
    """Whether token k opens a consequence: a verb of bringing about with a noun of response near after it, or
    "be met with"."""
    if tuple(t.low for t in toks[k:k + 3]) == PASSIVE_MEETING:
        return True
    return toks[k].low in cues.deterrence_verbs and any(
        toks[j].low in cues.deterrence_objects for j in range(k + 1, min(len(toks), k + 2 + OBJECT_REACH)))


def instance_at(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The "any" (cue instance_determiners) that opens the act word at token i within `ANY_REACH` words, no
    punctuation or preposition between; None without one."""
    for j in range(i - 1, max(i - ANY_REACH - 1, -1), -1):
        if not toks[j].word or toks[j].low in cues.prepositions:
            return None
        if toks[j].low in cues.instance_determiners:
            return j
    return None


def deed_author(toks: list[Token], i: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of the deed's author: its "by" agent ("any attack by the Peruvian army"), else the
    capitalized words between "any" and the act word ("any Peruvian attack"); None when neither names one."""
    if i + 2 < len(toks) and toks[i + 1].low == "by":
        end = i + 2
        while end < len(toks) and end - i - 2 < AGENT_REACH and toks[end].word and toks[end].low not in cues.prepositions \
                and toks[end].low not in cues.relative and toks[end].low not in cues.future_auxiliaries:
            end += 1
        return (toks[i + 2].start, toks[end - 1].end) if end > i + 2 else None
    first = instance_at(toks, i, cues)
    named = [j for j in range(first + 1, i) if toks[j].raw[:1].isupper()] if first is not None else []
    return (toks[named[0]].start, toks[named[-1]].end) if named else None


def spoken_threat(toks: list[Token], opening: int, k: int, target: tuple[int, int], mode: str | None,
                  cues: Cues) -> ActHit | None:
    """A threat whose speaker states the words from token `opening` on: the reporting verb before them is the
    trigger (its subject threatens), else a trailing reporting frame is the agent; None with no speaker."""
    said = next((j for j in range(opening - 1, -1, -1) if toks[j].low in cues.reporting
                 or toks[j].low in cues.deterrence_frames), None)
    if said is not None and any(toks[j].low in (";", ":") for j in range(said, opening)):
        said = None
    data: dict = {"token": k, "end_token": k, "target_spans": (target,), "stated_threat": True}
    if said is not None:
        data["token"] = first = said
    elif (frame := trailing_speaker(toks, cues)) is not None:
        first = k
        data["agent_span"] = frame
    else:
        return None
    return ActHit(toks[first].start, toks[k].end, "THREATEN", mode, toks[k].low, ("object",), False, False,
                  "occurred", False, (), data)


def pledged_response(toks: list[Token], a: int, k: int, hits: list[ActHit], cues: Cues) -> ActHit | None:
    """Form 2: "X would respond (firmly, with all means) to any act": X warns the one told, asked or last acting."""
    if toks[k].low not in cues.response_verbs or any(h.data["token"] == k for h in hits):
        return None
    end = min(len(toks) - 1, k + RESPONSE_REACH)
    to_any = next((j for j in range(k + 1, end) if toks[j].low in ("to", "against")
                   and toks[j + 1].low in cues.instance_determiners), None)
    if to_any is None or any(toks[j].low in cues.clause_breaks and toks[j].low != "and" or not toks[j].word
                             and toks[j].low != "," for j in range(k + 1, to_any)):
        return None
    if any(h.type == "THREATEN" and not h.nominal and h.data["token"] < a
           and toks[h.data["token"] + 1:a] and "that" in (t.low for t in toks[h.data["token"] + 1:a]) for h in hits):
        return None  # 'warned that X would respond to any act': the warning is the threat (addressed_warnings)
    data: dict = {"token": k, "end_token": k, "stated_threat": True}
    told = told_party(toks, a, hits, cues)
    if told is not None:
        data["target_spans"] = (told,)
    else:
        data["unaddressed"] = True  # '... would respond firmly to any provocation': the deed just told answers it
    return ActHit(toks[k].start, toks[k].end, "THREATEN", None, toks[k].low, ("object",), False, False,
                  "occurred", False, (), data)


def told_party(toks: list[Token], a: int, hits: list[ActHit], cues: Cues) -> tuple[int, int] | None:
    """The one a threat's statement is addressed to: the object of a verb of telling or warning before the
    "that" of the statement ("told the envoy that", "warned Peru that"), else the one the sentence's request
    asked before it ("urged Peru to ..., warning that")."""
    that = next((j for j in range(a - 1, -1, -1) if toks[j].low == "that"), None)
    if that is not None:
        verb = next((j for j in range(that - 1, max(that - 8, -1), -1) if toks[j].low in cues.telling_verbs), None)
        if verb is not None and verb + 1 < that:
            return toks[verb + 1].start, toks[that - 1].end
    asked = [h for h in hits if h.type == "REQUEST" and not h.nominal and h.end <= toks[a].start]
    return asked_object(toks, asked[-1].data["token"], cues) if asked else None


def asked_object(toks: list[Token], i: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of the object of the verb of asking at token i: its words up to the "to" of what it
    asks ("urged Peru to"), when they are few and name someone (a capitalized word); None otherwise."""
    end = next((j for j in range(i + 1, min(len(toks), i + 2 + AGENT_REACH)) if toks[j].low in cues.infinitive), None)
    if end is None or end == i + 1 or not any(toks[j].raw[:1].isupper() for j in range(i + 1, end)):
        return None
    return toks[i + 1].start, toks[end - 1].end


def declared_targets(toks: list[Token], a: int, k: int, cues: Cues) -> ActHit | None:
    """Form 3: "X's soldiers would become legitimate (military) targets": the speaker threatens X with force."""
    if toks[k].low not in cues.becoming_verbs:
        return None
    near = [t.low for t in toks[k + 1:k + 2 + TARGET_REACH]]
    if not any(w in cues.target_words for w in near) or not any(w in cues.legitimate_words for w in near):
        return None
    said = next((j for j in range(a - 1, -1, -1) if toks[j].low in cues.reporting), None)
    first = said + 1 if said is not None else 0
    if first < len(toks) and toks[first].low == "that":
        first += 1
    if first >= a:
        return None
    return spoken_threat(toks, first, k, (toks[first].start, toks[a - 1].end), "violence", cues)


def addressed_warnings(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, a warning in a participle after a request that names no one ("urged X to withdraw, warning that
    ...") aimed at the one the request asked (X): the participle goes on with the request's addressee. Read
    unaddressed, it answered the acts told before, which may be another side's or none."""
    out = []
    for h in hits:
        if h.type == "THREATEN" and h.data.get("unaddressed") and not h.nominal and toks[h.data["token"]].low.endswith("ing") \
                and h.data["token"] > 0 and toks[h.data["token"] - 1].low == ",":
            asked = [r for r in hits if r.type == "REQUEST" and not r.nominal and r.end <= h.start]
            span = asked_object(toks, asked[-1].data["token"], cues) if asked else None
            if span is not None:
                data = {key: v for key, v in h.data.items() if key != "unaddressed"}
                h = ActHit(h.start, h.end, h.type, h.mode, h.lemma, h.target, h.nominal, h.negated, h.status,
                           h.generic, h.contexts, {**data, "target_spans": (span,)})
        out.append(h)
    return out


HEDGE_REACH = 4  # words from "rule out" to the arming it keeps open ("not rule out the possibility of providing weapons")
ARMING_MODE = "military"


def hedged_arming(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"would not rule out supplying weapons to Z", said in answer to another side's deed: arming a third side kept
    open is a threat to the side whose deed it answers (PLOVER THREATEN, no mode: the manual's modes name no aid to
    an enemy's enemy). The arming (AID military, governed by a negated hedge, `hedge_lemmas`) becomes that threat,
    unaddressed: Z, its "to" phrase, is the side to be armed, not the one warned; the deed the story told last
    names the one warned, so the words after the arming are barred as its recipient. No `stated_type`: the pipeline gives a promise of aid (a stated AID) to the one to be
    aided. Force kept open is read by act_purposes.hedged_threats."""
    out = list(hits)
    for _, nxt in hedged_acts(hits, cues, HEDGE_REACH):
        if hits[nxt].type != "AID" or hits[nxt].mode != ARMING_MODE:
            continue
        act = hits[nxt]
        data = {k: v for k, v in act.data.items() if k not in ("modality", "target_spans")}
        out[nxt] = ActHit(act.start, act.end, "THREATEN", None, act.lemma, (), act.nominal, False, "occurred",
                          False, act.contexts, {**data, "unaddressed": True, "threatened": "AID",
                                                           "not_recipient_spans": ((act.end, toks[-1].end),)})
    return out


NAMED_REACH = 6  # words from the verb of naming to "warning" ("calling them a "stern warning"")
SIDE_REACH = 6  # words of the side warned after "to" ("to pro-independence separatist forces")
WARNING_WORDS = ("warning", "warnings")


def called_warnings(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"held drills near the border, calling them a stern warning to X forces": a deed named a warning to a side is a
    threat by the namer to that side (PLOVER THREATEN), as Korean '"이번 훈련은 X에 대한 엄중한 경고"라고 말했다'
    (lang/ko/act_threats.named_warnings). New hits at the verb of naming (`characterizing_verbs`), whose subject
    warns; the side is the words after "to" or "against", up to punctuation or a preposition."""
    out: list[ActHit] = []
    for i, t in enumerate(toks):
        if t.low not in cues.characterizing_verbs:
            continue
        w = next((j for j in range(i + 1, min(len(toks), i + 1 + NAMED_REACH)) if toks[j].low in WARNING_WORDS), None)
        if w is None or any(toks[j].low in cues.clause_breaks for j in range(i + 1, w)):
            continue
        to = w + 1 + (w + 1 < len(toks) and not toks[w + 1].word and toks[w + 1].raw != ",")  # a closing quote mark
        if to >= len(toks) - 1 or toks[to].low not in ("to", "against"):
            continue
        end = to + 1
        while end < len(toks) and end - to <= SIDE_REACH and toks[end].word and toks[end].low not in cues.prepositions:
            end += 1
        if end == to + 1 or any(h.type == "THREATEN" and h.data["token"] == i for h in hits):
            continue
        data = {"token": i, "end_token": w, "target_spans": ((toks[to + 1].start, toks[end - 1].end),)}
        out.append(ActHit(t.start, t.end, "THREATEN", None, t.low, ("object",), False, False, "occurred", False, (),
                          data))
    return out
