"""The modes English requests and refusals take from what they ask or turn down, and the measures an actor weighs.

Why its own module: the manual's REQUEST modes are shared with REJECT and are read from the act the request or
refusal governs ("asked X for aid": assist, "ruled out talks": meet, "urged X to repeal the law": change), after the
frame readers of `act_frames` have read that act; a hostile measure named as a noun that its actor weighs ("is
considering a ban on X") is read here too, as the threat of it (`threat_mode_of` gives its mode).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_frames import threat_mode_of
from readout.lang.en.act_obligations import DEONTIC_MODES
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import is_determiner, skip_adverbs

ASKED_REACH = 6  # tokens from a request's end to the act noun it asks for ("asked X for emergency food aid")
# the manual's REQUEST modes are shared with REJECT: what is asked for, or turned down ("ruled out talks with X",
# "refused to meet X": meet), names the mode of both
MODED_BY_CONTENT = frozenset({"REQUEST", "REJECT"})
# a mode of the act asked for that makes another request mode: a call for an official's resignation is a request
# for a change of leadership (the manual's REQUEST 'change': "calls for dismissal of officials")
CONTENT_MODES = {("RETREAT", "resign"): "change"}
# a context of the act asked for that makes the mode: a change of institutions ("urged X to hold elections", CAMEO
# 0341 "express intent to change institutions") is a request for change, not to meet
CONTEXT_MODES = {"political_institutions": "change"}


def content_mode(asked: ActHit, kind: str) -> str | None:
    """The REQUEST/REJECT mode of the act asked for or turned down: by its type and mode, else by its type. An
    agreement turned down ("refused to sign the accord", "refused to deploy peacekeepers") is no refusal to meet:
    REJECT takes no mode from AGREE (a request to agree stays one to meet: "urged X to agree to talks"). (enacts56) A
    request turned down ('its rejection of B's demand for talks', 'rejected an invitation to the summit') gives the
    refusal its own mode: the manual's REQUEST and REJECT modes are one list, so what was asked is what is refused."""
    typ = asked.data.get("stated_type", asked.type)
    context = next((CONTEXT_MODES[c] for c in asked.contexts if c in CONTEXT_MODES), None)
    if context:
        return context
    if kind == "REJECT" and typ == "AGREE":
        return None
    if kind == "REJECT" and typ == "REQUEST" and asked.mode:
        return asked.mode  # enacts56: 'its rejection of B's demand for talks': the demand's own mode (meet), shared
    return CONTENT_MODES.get((typ, asked.mode)) or DEONTIC_MODES.get(typ)


PLAN_REACH = 3  # words from a verb of withdrawing to the plan it takes back ("withdraw the launch plan")


def withdrawn_plan(toks: list[Token], asked: ActHit, cues: Cues) -> str | None:
    """(refs39) "called on X to withdraw the plan", "to withdraw its proposal": a withdrawal whose object is a plan or
    proposal (`proposal_nouns`) takes back a policy, the manual's REQUEST mode 'change', not a retreat of forces."""
    if asked.data.get("stated_type", asked.type) != "RETREAT" or asked.nominal:
        return None
    k = asked.data.get("end_token", asked.data["token"]) + 1
    for j in range(k, min(len(toks), k + PLAN_REACH)):
        if not toks[j].word:
            return None
        if toks[j].low in cues.proposal_nouns:
            return "change"
    return None


def ceded_power(asked: ActHit, cues: Cues) -> str | None:
    """(enacts56) 'rejected B's demand to hand over power', 'urged the junta to give up power': a yield whose object is
    rule itself (`power_objects`) is a change of leadership, the manual's REQUEST/REJECT mode 'change' (as a call for
    a resignation is, CONTENT_MODES), not the release of what is handed over ('hand over the prisoners': yield)."""
    if asked.data.get("stated_type", asked.type) != "RETREAT" or asked.data.get("object") not in cues.power_objects:
        return None
    return "change"


TRUCE_REACH = 3  # words from an agreeing verb to the truce it accepts ("agree to the truce", "accept a ceasefire")


def truce_mode(toks: list[Token], asked: ActHit, cues: Cues) -> str | None:
    """"urged X to agree to the truce", "refused to accept a ceasefire": agreeing to a truce is the manual's 'yield'
    ("ceasefires"), though a request to agree to talks is one to meet (fields10)."""
    if asked.data.get("stated_type", asked.type) != "AGREE":
        return None
    end = asked.data.get("end_token", asked.data["token"])
    after = toks[end + 1:end + 1 + TRUCE_REACH]
    return "yield" if any(t.low in cues.ceasefire_nouns for t in after) \
        or any(t.low in cues.ceasefire_nouns for t in toks[asked.data["token"]:end + 1]) else None


def request_modes(hits: list[ActHit], toks: list[Token], cues: Cues) -> list[ActHit]:
    """"asked Chile for aid", "appealed for humanitarian assistance", "demanded the withdrawal of
    troops": a request whose entry gives no mode takes the mode of the act it asks for, the noun it
    governs a few words on (CAMEO's appeals for aid, for meetings, to yield: the same table as an
    obligation's, `DEONTIC_MODES`). (sanction58) An act word read as a verb that is the request's own object ("demanding
    their unconditional surrender": a noun spelt as the verb) is what is asked, governed by it as an act noun is: a
    plan, never the deed done by the one who asks."""
    out = list(hits)
    for n, h in enumerate(hits):
        if h.type not in MODED_BY_CONTENT or h.mode or h.negated:
            continue
        end = refused_proposal(toks, h, h.data.get("end_token", h.data["token"]), cues)
        for k, asked in enumerate(hits[n + 1:], start=n + 1):
            if asked.data["token"] - end - sum(t.low in QUOTES for t in toks[end:asked.data["token"]]) > ASKED_REACH:
                break  # quotation marks count no word ('called for the "immediate" release')
            as_object = asked_object(toks, end, asked, cues)
            if asked.data.get("modality") == "governed" or asked.nominal and asked_for(toks, asked.data["token"], cues) \
                    or as_object or asked.nominal and proposal_of(toks, end, asked, cues) \
                    or asked.data.get("modality") == "infinitive" and asked_to(toks, end, asked.data["token"], cues) \
                    or h.type == "REQUEST" and asked_that(toks, end, asked, cues):
                mode = truce_mode(toks, asked, cues) or withdrawn_plan(toks, asked, cues) \
                    or ceded_power(asked, cues) or content_mode(asked, h.type)
                out[n] = replace(h, mode=mode) if mode else h
                if as_object and not asked.nominal and asked.data.get("modality") is None:
                    out[k] = replace(asked, status="planned", data=dict(asked.data, modality="governed"))
                if not mode and offered_content(toks, asked, cues):
                    end = asked.data.get("end_token", asked.data["token"])  # plover51b: what the offer holds
                    continue
                break
        else:
            if change_asked(toks, end, cues):
                out[n] = replace(h, mode="change")  # "asked X to repeal the law": a change of policy
    return offered_contents(refused_requests(out, toks, cues), toks, cues)


THAT = "that"
SUBJECT_WORDS = 5  # words of the that-clause's subject ('that [the military junta of X] hand over power')


def asked_that(toks: list[Token], end: int, asked: ActHit, cues: Cues) -> bool:
    """(acts56b) 'demanded that the junta hand over power': a verb hit right after the demand's 'that' and a subject
    of words only (`SUBJECT_WORDS`, no punctuation) is what is asked, its mode the demand's, as the infinitive's is
    ('urged the junta to hand over power'); a verb read as a noun, or one past a clause, is not. A verb of changing a
    policy (`change_verbs`) is left to the change reader, as before, and so is any deed but a retreat ('demanded that X
    retract the remarks', a concession, reads change there): the class is what is handed over or given up."""
    k = asked.data["token"]
    if asked.data.get("stated_type", asked.type) != "RETREAT" or asked.nominal or end + 1 >= len(toks) or toks[end + 1].low != THAT or not end + 2 < k <= end + 2 + SUBJECT_WORDS \
            or toks[k].low in cues.change_verbs:
        return False
    return all(t.word for t in toks[end + 2:k])


GIVEN = "AID"  # an offer of talks keeps its talks' reading (the date reader places the refusal by them)


def offered_contents(hits: list[ActHit], toks: list[Token], cues: Cues) -> list[ActHit]:
    """(enacts56) 'Chad rejected an offer of aid from B': the act noun a refused offer holds after its 'of'
    (`proposal_of`) was never given, so it is governed by the refusal (planned), no deed of the offerer's; the
    refusal's mode was read from it already. Before, the aid stood as B's AID, occurred. Only aid: an offer of talks
    refused keeps its talks as they were read."""
    out = list(hits)
    for n, h in enumerate(hits):
        if h.type != "REJECT" or h.negated:
            continue
        end = refused_proposal(toks, h, h.data.get("end_token", h.data["token"]), cues) if h.nominal \
            else h.data.get("object_token")
        if end is None or toks[end].low not in cues.proposal_nouns:
            continue
        k, asked = next(((k, a) for k, a in enumerate(hits[n + 1:], start=n + 1) if a.data["token"] > end),
                        (None, None))
        if asked is not None and asked.type == GIVEN and asked.nominal and asked.status == "occurred" \
                and proposal_of(toks, end, asked, cues):
            out[k] = replace(asked, status="planned", data=dict(asked.data, modality="governed"))
    return out


def refused_requests(hits: list[ActHit], toks: list[Token], cues: Cues) -> list[ActHit]:
    """(enacts56) A refusal named as a noun whose 'of' holds a request ('its rejection of B's demand for talks'): the
    request's mode, read above after the refusal was (the walk reads left to right), is the refusal's, as the
    manual's REQUEST and REJECT modes are one list; 'rejected B's demand' (the verb) reads it through content_mode."""
    out = list(hits)
    for n, h in enumerate(hits):
        if h.type != "REJECT" or h.mode or h.negated or not h.nominal:
            continue
        end = h.data.get("end_token", h.data["token"])
        asked = next((a for a in hits[n + 1:] if a.data["token"] > end), None)
        if asked is not None and asked.data["token"] - end <= ASKED_REACH \
                and asked.type == "REQUEST" and asked.mode and asked.nominal \
                and asked.data.get("modality") == "governed" and toks[end + 1].low == OF \
                and all(t.word for t in toks[end + 1:asked.data["token"]]):
            out[n] = replace(h, mode=asked.mode)
    return out


PROPOSAL_OWNER_REACH = 4  # words from a refusal noun's 'of' to the proposal noun it turns down ("of B's offer")


def refused_proposal(toks: list[Token], h: ActHit, end: int, cues: Cues) -> int:
    """(enacts55) Where a refusal or request named as a noun ends, as its content is read: at the proposal noun its
    'of' holds ('its rejection of B's offer of talks': 'offer'), whose own 'of' or infinitive then names the mode
    (`proposal_of`), as the verb 'rejected B's offer of talks' reads; else `end` itself."""
    if not h.nominal or end + 1 >= len(toks) or toks[end + 1].low != OF:
        return end
    for j in range(end + 2, min(len(toks), end + 2 + PROPOSAL_OWNER_REACH)):
        if not toks[j].word or toks[j].low in cues.clause_breaks:
            return end
        if toks[j].low in cues.proposal_nouns:
            return j
    return end


def proposal_of(toks: list[Token], end: int, asked: ActHit, cues: Cues) -> bool:
    """(plover51b) The act noun `asked` is what the proposal noun ending the refusal holds, after its 'of' and a few
    modifiers ('rejected an offer of talks', 'an offer of emergency aid'): the refusal's mode is that act's."""
    return toks[end].low in cues.proposal_nouns and end + 1 < len(toks) and toks[end + 1].low == OF \
        and 0 < asked.data["token"] - end - 1 <= OBJECT_MODIFIERS \
        and all(t.word and t.low not in cues.clause_breaks for t in toks[end + 2:asked.data["token"]])


OF = "of"
OFFERED_LINKS = frozenset({"to", OF})  # an offer's infinitive or its 'of': what the offer holds follows


def offered_content(toks: list[Token], asked: ActHit, cues: Cues) -> bool:
    """(plover51b) The act turned down or asked is a proposal noun read as its own AGREE ('rejected a Swedish offer to
    host a summit'), which gives no mode: the mode is what the proposal holds, the act its infinitive governs next
    ('to host a summit': meet), as 'rejected an offer of talks' reads the noun after 'of'. (enacts55) An offer read
    with its 'of' ('its rejection of B's offer of peace talks') holds the act after that 'of' the same way."""
    return asked.data.get("stated_type", asked.type) == "AGREE" and asked.data.get("object") in OFFERED_LINKS \
        and toks[asked.data["token"]].low in cues.proposal_nouns


def asked_to(toks: list[Token], end: int, k: int, cues: Cues) -> bool:
    """The infinitive at token k is what the request ending at token `end` asks for: right after it ("asked to
    release", "asked X to" with "to" in the match), or after its addressee and "to" ("urged Serbia to release the
    journalists"), with no clause between."""
    if k == end + 1:
        return True
    return toks[k - 1].low in cues.infinitive and all(
        t.word and t.low not in cues.clause_breaks and t.low not in cues.relative and t.low not in cues.reporting
        for t in toks[end + 1:k - 1])


def change_asked(toks: list[Token], end: int, cues: Cues) -> bool:
    """"urged X to repeal the law", "asked X to restore the courts' independence", "refused to reform the police": the
    infinitive a few words after a request or refusal (no act word between) is a verb of changing a policy or an
    institution (`change_verbs`): the manual's REQUEST/REJECT mode 'change'."""
    for k in range(end, min(len(toks), end + 1 + ASKED_REACH)):  # from the request's own "to" ("asked X to")
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.relative:
            return False
        if t.low in cues.infinitive:
            v = skip_adverbs(toks, k + 1, cues)
            return v < len(toks) and toks[v].low in cues.change_verbs
    return False


FOR_REACH = 3  # words between "for" and the act noun asked for ("for emergency food aid")


OBJECT_MODIFIERS = 3  # words between a request and the act noun that is its object ("demanded his immediate release")


def asked_object(toks: list[Token], end: int, asked: ActHit, cues: Cues) -> bool:
    """The act noun `asked` is the request's own object: a few words after it, over a determiner, a possessive and
    modifiers only ("demanded his immediate release", "demanded an apology"; not "demanded that X end the raids")."""
    between = toks[end + 1:asked.data["token"]]
    return 0 < len(between) <= OBJECT_MODIFIERS and all(
        t.word and t.low not in cues.clause_breaks and t.low not in cues.prepositions and t.low not in cues.infinitive
        and t.low not in cues.relative for t in between)


def asked_for(toks: list[Token], i: int, cues: Cues) -> bool:
    """The act noun at token i is the object of a "for" a few words before it, over its modifiers only
    ("asked Chile for emergency food aid"; not "called for restraint after talks")."""
    words, paired = 0, False
    for j in range(i - 1, -1, -1):
        if toks[j].low == "for":
            return True
        if toks[j].low in QUOTES:
            continue  # 'for the "immediate" release': a quotation mark counts no word
        if toks[j].low == AND and paired_modifiers(toks, j, i):
            paired = True  # 'immediate and unconditional': the pair counts as one modifier
            continue
        words += 0 if paired and toks[j + 1].low == AND else 1
        if words >= FOR_REACH or not toks[j].word or toks[j].low in cues.clause_breaks or toks[j].low in cues.prepositions:
            return False
    return False


QUOTES = frozenset({'"', "“", "”"})
AND = "and"


def paired_modifiers(toks: list[Token], j: int, i: int) -> bool:
    """'and' at token j joins two modifiers of the noun at token i ('immediate and unconditional release'): one word
    on each side, the second right before the noun (past a closing quote)."""
    k = j + 1
    while k < i and toks[k].low in QUOTES:
        k += 1
    after = k + 1
    while after < i and toks[after].low in QUOTES:
        after += 1
    return j > 0 and toks[j - 1].word and toks[k].word and after == i


CONSIDERED_REACH = 3  # words between a verb of consideration and the measure it weighs ("weighing a new ban")
CONSIDERED = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})  # measures a state may be said to weigh
NOT_REACH = 2  # words before the verb of consideration that may negate it ("is not considering")


def considered_measures(hits: list[ActHit], toks: list[Token], cues: Cues) -> list[ActHit]:
    """"is considering a ban on X", "is weighing new tariffs on X", "mulled a blockade": a hostile measure named
    as a noun that its actor weighs is a threat of it (CAMEO 13x "threaten", as the dictionary's "consider
    sanctions"), made now; the measure's kind gives the mode (`threat_mode_of`). A possible measure no one is
    said to weigh ("a possible ban") stays none (act_context.merely_possible). (enmodes70) A measure weighed as a
    gerund ("is considering expelling X's diplomats", "weighing imposing tariffs on X") is the same threat, and so is
    one weighed in two words ("considering imposing sanctions on X": the CAMEO 'consider imposing' threat takes the
    mode of the measure imposed), as Korean '제재 부과를 검토하고 있다' is (lang/ko/act_weighed_measures). (charges50b)
    A word of both kinds right after the verb ("is weighing sanctions on X", "mulls curbs on X") is the measure's
    noun: no finite verb follows 'weighing' straight, so the lexicon's verb reading of it yields to the threat."""
    out = list(hits)
    for n, h in enumerate(hits):
        if h.type == "THREATEN" and h.mode is None and not h.nominal and toks[h.data["token"]].low in cues.consideration_verbs:
            weighed = imposed_measure(hits, n)
            out[n] = replace(h, mode=threat_mode_of(weighed, cues)) if weighed is not None else h
            continue
        kind = h.data.get("stated_type", h.type)
        if h.negated or kind not in CONSIDERED:
            continue
        i = h.data["token"]
        if not h.nominal:  # a gerund, or a noun read as a verb, right after the verb of weighing
            k = skip_back_adverbs(toks, i - 1, cues)
            if k < 0 or toks[k].low not in cues.consideration_verbs or toks[i].low.endswith("ed"):
                continue
            if toks[i].low.endswith("ing"):
                h = replace(h, type=kind, mode=h.data.get("stated_mode", h.mode))
        k = i - 1
        while k >= 0 and i - k <= CONSIDERED_REACH and toks[k].word and toks[k].low not in cues.consideration_verbs \
                and (is_determiner(toks[k].low, cues) or toks[k].raw.islower() and toks[k].low not in cues.prepositions):
            k -= 1
        if k >= 0 and toks[k].low in cues.consideration_verbs:
            data = {key: v for key, v in h.data.items() if key != "modality"}
            negated = any(t.low in cues.negation or t.low.endswith("n't") for t in toks[max(0, k - NOT_REACH):k])
            out[n] = replace(h, type="THREATEN", mode=threat_mode_of(h, cues, "restrict"), status="occurred",
                             nominal=False, negated=negated, data=dict(data, stated_type=h.type, considered=True))
    return out


def skip_back_adverbs(toks: list[Token], k: int, cues: Cues) -> int:
    """The first token at or before k that is no adverb ("is seriously considering expelling")."""
    while k >= 0 and toks[k].low in cues.adverbs:
        k -= 1
    return k


def imposed_measure(hits: list[ActHit], n: int) -> ActHit | None:
    """The hostile measure (`CONSIDERED`) the THREATEN at hits[n] governs a few words on ("considering imposing
    sanctions on X": the sanction), read by its own type and mode; None when none follows within reach."""
    end = hits[n].data.get("end_token", hits[n].data["token"])
    for h in hits[n + 1:]:
        if h.data["token"] - end > CONSIDERED_REACH:
            return None
        if h.data.get("stated_type", h.type) in CONSIDERED:
            return h
    return None
