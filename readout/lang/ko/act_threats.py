"""Threats stated without a verb of threatening (threaten38): a response made with every means at hand, '가용한 모든
수단을 동원해 대응해 나갈 것', and what any attack will bring, '어떠한 공격도 압도적인 대응에 직면할 것' (deterred_deeds).

Why: 대응하다 alone is the lexicon's generic pledge ('협력해 대응해 나가기로 했다', AGREE), and a firm manner before it
('단호히 대응') makes it a threat (PLOVER THREATEN: a statement of intent to take a negative action against another).
Korean says the same firmness by the means mobilized for the response, in a serial verb right before it: '모든 수단을
동원해 대응', '가용 역량을 총동원해 대응'. The pair matcher reads a noun in 대응하다's own clause only, so the means noun,
the object of the serial verb, was never seen and the warning read as a pledge. The serial verb must stand right
before 대응하다, with no argument of its own between ('모든 수단을 동원해 피해 복구에 대응' answers a disaster, not a side).
The lexicon's pair entry of the means noun with 대응하다 (cue `response_means_noun`) then reads the candidate as the
firm response it is, aimed as every unaddressed warning is (at the side whose deed the story just told).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import Candidate, joined
from readout.lang.ko.act_arguments import argument_runs
from readout.lang.ko.act_noun_lookup import act_noun
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS, PLAIN_NOUN_TAGS, SUBJECT_TAGS

SERIAL_ENDING = ("어", "EC")  # '동원해': 동원/NNG 하/XSV 어/EC, the serial verb joined to the response
OBJECT_TAG = "JKO"


def responded_with_means(toks: list, cand: Candidate, lex: ActIndex) -> Candidate:
    """The candidate, read as the pair entry of its means noun when the bare verb 대응하다 (cue `response_verb`)
    follows at once a serial verb of mobilizing (cue `mobilizing_noun` + 하) whose object is a means noun (cue
    `response_means_noun`); unchanged otherwise."""
    e, j = cand.entry, cand.first
    if e.noun is not None or e.lemma not in lex.cue("response_verb") or j < 5:
        return cand
    if toks[j - 1][:2] != SERIAL_ENDING or toks[j - 2][0] != "하" or toks[j - 3][0] not in lex.cue("mobilizing_noun"):
        return cand
    if toks[j - 4][1] != OBJECT_TAG or toks[j - 5][0] not in lex.cue("response_means_noun"):
        return cand
    entry = lex.pairs.get(e.lemma, {}).get(toks[j - 5][0])
    return cand if entry is None else replace(cand, entry=entry, first=j - 5)


FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})  # deeds whose any instance is deterred, no deed itself
DEED_REACH = 5  # morphemes from the determiner to the particle 도 ('어떠한 핵 미사일 공격도')
OWNER_REACH = 8  # morphemes back from the determiner to the deed's owner ('페루의 칠레에 대한 어떠한')
OWNER_STOPS = frozenset({"SSO", "SSC", "EF", "EC", "JX", "JKS", "SF"})  # where the owner's search stops


def deterred_deeds(toks: list, hits: list[ActHit], lex: ActIndex, conditioned: bool) -> list[ActHit]:
    """'[페루의] 어떠한 미사일 공격도 압도적인 대응에 직면할 것', '어떤 핵 공격도 정권의 종말로 이어질 것': what any attack
    will bring (cue `deterrence_key`) is the speaker's threat at the attack's author (its genitive owner), and the
    attack, named after a determiner of any instance and the particle 도 (cues `instance_determiner`,
    `instance_particle`), is the threat's condition, no deed (PLOVER codes only the threat). A consequence with no
    such deed is a threat only under a condition clause (`conditioned`: act_conditions aims it at the condition's
    subject); else it is no act ('위기에 대응에 직면했다' reports a situation)."""
    determiners = lex.cue("instance_determiner")  # speed50b: fetched once, not once per morpheme
    instances = [instance for j in range(len(toks))
                 if toks[j][0] in determiners and (instance := any_instance(toks, j, lex)) is not None]
    out = []
    for h in hits:
        if h.nominal and h.type in FORCE_TYPES and any(toks[lo][2] <= h.start < toks[hi][2] for lo, hi, _ in instances):
            continue  # the attack of any instance is the condition, not a deed
        if h.lemma in lex.cue("deterrence_key"):
            before = [owner for lo, _hi, owner in instances if toks[lo][2] < h.start]
            if before and before[-1] is not None:
                data = {k: v for k, v in h.data.items() if k not in ("unaddressed", "counter_measure")}
                h = replace(h, data={**data, "target_spans": (before[-1],)})
            elif not conditioned:
                continue
        out.append(h)
    return out


def any_instance(toks: list, j: int, lex: ActIndex) -> tuple[int, int, tuple[int, int] | None] | None:
    """(determiner, particle, owner span) of a deed of any instance opening at morpheme j: '어떠한'/'어떤' and the
    nouns up to 도; the owner is the noun run marked 의 before the determiner, past an '에 대한' phrase; None when
    j opens none."""
    if toks[j][0] not in lex.cue("instance_determiner"):
        return None
    particle = next((k for k in range(j + 1, min(len(toks), j + DEED_REACH + 1))
                     if toks[k][0] in lex.cue("instance_particle") and toks[k][1] == "JX"), None)
    if particle is None or not any(toks[k][1] in PLAIN_NOUN_TAGS for k in range(j + 1, particle)):
        return None
    owner = None
    for k in range(j - 1, max(j - OWNER_REACH - 1, 0), -1):
        if toks[k][1] in OWNER_STOPS:
            break
        if toks[k][1] == "JKG" and toks[k - 1][1] in PLAIN_NOUN_TAGS:
            owner = (toks[k - 1][2], toks[k - 1][2] + toks[k - 1][3])
            break
    return j, particle, owner


ARMING_MODE = "military"  # the aid whose offer to a third side is kept open as a threat


def unruled_arming(toks: list, s: int, lex: ActIndex) -> Candidate | None:
    """'[B의 파병과 관련해] 우크라이나에 대한 무기 지원도 배제하지 않겠다': arming a third side, kept open by a verb that
    does not rule it out (cue `unruled_verb`, its negation read by acts.py), is a threat to the side whose deed it
    answers (the story's last deed: the hit is unaddressed, with no target of its own, since the 에 of the aid names
    the side that would be armed). PLOVER THREATEN (a statement of intent to take a negative action against
    another), no mode: the manual's modes name no aid to an enemy's enemy. Force kept open is read by
    act_forewarnings.forewarned; this reads military aid (AID military) only."""
    if toks[s][1] not in ACT_VERB_TAGS or s == 0:
        return None
    verb = toks[s - 1][0] + toks[s][0] + "다" if toks[s][1] == "XSV" else toks[s][0] + "다"
    if verb not in lex.cue("unruled_verb"):
        return None
    first = s - 1 if toks[s][1] == "XSV" else s
    for start, end in argument_runs(toks, first, lex, ""):
        found = act_noun(toks, start, end, lex, nominals=True)
        if found is None or found[0].type != "AID" or found[0].mode != ARMING_MODE:
            return None
        entry = ActEntry(**{**found[0].__dict__, "type": "THREATEN", "mode": None, "lemma": verb,
                            "noun": joined(toks, found[1], end), "pos": "verb", "target": [], "stated_type": "AID"})
        return Candidate(entry, found[1], s, noun_end=end)
    return None


def answered_deeds(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, an arming kept open (`unruled_arming`: stated type AID) aimed at the owner of a hostile deed its
    sentence names before it ('[B군의] 파병과 관련해 ... 무기 지원도 배제하지 않겠다'): the deed's genitive owner. Left
    unaddressed, the clause's '에 대한' would name the side to be armed as the one threatened."""
    out = []
    for h in hits:
        if h.type == "THREATEN" and h.data.get("stated_type") == "AID" and h.lemma.endswith(tuple(lex.cue("unruled_verb"))):
            deeds = [d for d in hits if d.nominal and d.type in FORCE_TYPES and d.end <= h.start]
            owner = genitive_owner(toks, deeds[-1].start) if deeds else None
            data = {k: v for k, v in h.data.items() if k not in ("stated_type", "future_of")}
            data["threatened"] = "AID"  # no stated AID: the pipeline gives a promise of aid to the one to be aided
            if owner is not None:
                data = {k: v for k, v in data.items() if k != "unaddressed"}
                data["target_spans"] = (owner,)
            else:  # the side to be armed ('볼리비아에 대한') is no recipient: the deed the story told last names it
                data["not_recipient_spans"] = ((0, h.end),)
            h = replace(h, data=data)
        out.append(h)
    return out


def genitive_owner(toks: list, start: int) -> tuple[int, int] | None:
    """The span of the noun run marked 의 before the deed noun starting at character `start`, past the nouns that
    modify the deed ('[페루군]의 파병', '[페루군]의 볼리비아 파병': the destination is no owner)."""
    i = next((k for k, t in enumerate(toks) if t[2] == start), None)
    while i is not None and i > 0 and toks[i - 1][1] in PLAIN_NOUN_TAGS:
        i -= 1
    if i is None or i < 2 or toks[i - 1][1] != "JKG":
        return None
    lo = i - 2
    while lo > 0 and toks[lo - 1][1] in PLAIN_NOUN_TAGS:
        lo -= 1
    return toks[lo][2], toks[i - 2][2] + toks[i - 2][3]


TOPIC_TAGS = SUBJECT_TAGS


def warned_also(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """'[X 장관은] 또 "... 단호히 대응해 나갈 것"이라고 경고했다' after the same side's request or protest to B: a warning
    that names no one, whose sentence's subject goes on with 또 or 이어 (cue `going_on_adverb`) right after its
    particle, is the same voice going on, so it is aimed where that side's last act was (the pipeline's
    continued_addressee, `continued`). Read as unaddressed only, it answered the other side of the conflict acts just
    told, and a request between them (no conflict act) left it aimed at no one."""
    if not any(h.type == "THREATEN" and h.data.get("unaddressed") for h in hits):
        return hits
    first = next((k for k, t in enumerate(toks) if t[1] in TOPIC_TAGS), None)
    if first is None or first + 1 >= len(toks) or toks[first + 1][0] not in lex.cue("going_on_adverb"):
        return hits
    return [replace(h, data={**h.data, "continued": "also"}) if h.type == "THREATEN" and h.data.get("unaddressed")
            and not h.data.get("continued") else h for h in hits]


TOWARD = ("에", "대하")  # '[B 세력]에 대한 경고': the side warned
WARNING_REACH = 8  # morphemes from the side warned to the warning noun ('에 대한 엄중한 경고')
SAYING_REACH = 10  # morphemes from the copula to the saying verb ('경고이자 강력한 억제"라고 말했다')


def named_warnings(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """'대변인은 "이번 훈련은 [B 세력]에 대한 엄중한 경고"라고 말했다': a deed called a warning to a side (the noun of
    warning, cue `warning_noun`, as the copula's predicate in a quoted complement) is a threat by the speaker to that
    side (PLOVER THREATEN; the deed shows force, the statement names whom it is aimed at), as English 'calling them a
    stern warning to X' (lang/en/act_threats.called_warnings). The hit stands at the saying verb, so its subject warns."""
    out = list(hits)
    warnings, saying = lex.cue("warning_noun"), lex.cue("saying_verb")  # speed50b: once, not once per morpheme
    for at, t in enumerate(toks):
        if t[0] not in warnings or t[1] != "NNG" or not predicated(toks, at):
            continue
        side = next((k for k in range(at - 1, max(at - WARNING_REACH, 1), -1)
                     if toks[k][0] == TOWARD[0] and toks[k][1] == "JKB" and toks[k + 1][0] == TOWARD[1]), None)
        say = next((k for k in range(at + 2, min(len(toks), at + 2 + SAYING_REACH))
                    if toks[k][1] in ACT_VERB_TAGS and lemma_at(toks, k) in saying), None)
        if side is None or say is None or any(h.type == "THREATEN" and h.start >= toks[at][2] for h in hits):
            continue
        lo = side - 1
        while lo > 0 and toks[lo - 1][1] in ("NNP", "NNG", "SL", "SSO", "SSC"):
            lo -= 1  # "['X 독립'] 세력에 대한": a name quoted inside the side's noun run is part of it
        first = say - 1 if toks[say][1] == "XSV" else say
        data = {"pred": say, "first": first, "last": say, "clause": "main", "main": True,
                "target_spans": ((toks[lo][2], toks[side - 1][2] + toks[side - 1][3]),)}
        out.append(ActHit(start=toks[first][2], end=toks[say][2] + toks[say][3], type="THREATEN", mode=None,
                          lemma=lemma_at(toks, say), target=(), status="occurred", data=data))
    return sorted(out, key=lambda h: (h.start, h.end))


def predicated(toks: list, at: int) -> bool:
    """The noun at `at` is the predicate of its clause: the copula follows ('경고이자', '경고라고'), or a closing quote
    and the quotative particle do (kiwi drops the copula in '경고"라고')."""
    nxt = toks[at + 1:at + 3]
    return bool(nxt) and (nxt[0][1] == "VCP" or len(nxt) == 2 and nxt[0][1] == "SSC" and nxt[1][1] == "JKQ")
