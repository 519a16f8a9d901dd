"""What one English act does to another in the same sentence, read after the walk: a pledge, threat or
refusal governs the act after it ("vowed to retaliate"), an order to undergo a restriction is the
orderer's restriction, a request's "that" clause is its content, an allegation's "of" phrase what is
alleged. The manual's type for the clause's status (a future cooperative act is AGREE, a negated acceptance
REJECT) is read in `act_plover_reading`, the mode an aid or attack takes from its means in `act_means_modes`, what a
rejection rejects when it names no act in `act_rejected_objects`. A reported "must" laid on another side is read in
`act_obligations`, forces shown or moved in `act_sighted_forces`.

Why apart from the walk: these passes read the hits of the whole sentence, not the words around one.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.base.threat_modes import threat_mode
from readout.lang.en.act_modality import OPENING_QUOTES
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_recalled_envoys import called_home, posted_infinitive, recalled_envoy
from readout.lang.en.act_cordons import blocking
from readout.lang.en.act_pledged_troops import troops_promised_to_state
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_object_window import object_window
from readout.lang.en.act_near_words import is_determiner, skip_adverbs
from readout.lang.en.act_window_names import mission_end


def commands(hits: list[ActHit], toks: list[Token], cues: Cues) -> list[ActHit]:
    """"ordered the newspaper to suspend publication", "ordered the reporters to leave": an order to
    undergo a restriction is the orderer's restriction (COERCE, SANCTION), aimed at the one ordered."""
    by_token = {h.data["token"]: n for n, h in enumerate(hits)}
    out, drop = list(hits), set()
    for n, h in enumerate(hits):
        if h.type != "REQUEST" or h.lemma.split()[0] not in cues.command_verbs or h.data.get("object") != "to":
            continue
        k = skip_adverbs(toks, h.data["end_token"] + 1, cues)
        post = posted_infinitive(toks, h.data["end_token"], cues)  # 'its ambassador to Peru to return': the post
        if by_token.get(k) is None and post is not None:
            k = skip_adverbs(toks, post + 1, cues)
        comp = by_token.get(k)
        if comp is not None and hits[comp].data.get("stated_type", hits[comp].type) in cues.imposed_types:
            c = hits[comp]
            out[n] = replace(h, type=c.data.get("stated_type", c.type), mode=c.mode, contexts=c.contexts,
                             data=dict(h.data, commanded=c.type))
            drop.add(comp)
        elif k < len(toks) and toks[k].low in cues.departure_verbs:
            out[n] = replace(h, type="COERCE", mode="deport", data=dict(h.data, commanded="COERCE"))
        elif k < len(toks) and toks[k].low in cues.envoy_return_verbs:
            out[n] = called_home(h, toks, cues)  # 'ordered its envoy to return to Santiago': a recall
    return [recalled_envoy(expelled_envoy(h, toks, cues), toks, cues) for n, h in enumerate(out) if n not in drop]


ENVOY_REACH = 5  # words after a deporting verb that may name whom it sends away ('expelled two Ugandan diplomats')


def expelled_envoy(hit: ActHit, toks: list[Token], cues: Cues) -> ActHit:
    """"ordered the French ambassador to leave", "ordered two diplomats to leave": ordering a state's envoys out is
    the manual's SANCTION expel ("aside from the expulsion of ambassadors or similar diplomats, this mode excludes
    individual deportations, which are coded as a mode under COERCE"); so is ordering out a member of a state's
    mission ('ordered an official at B's embassy to leave', as '...에게 출국하라고 명령했다' reads in Korean)."""
    if hit.type != "COERCE" or hit.mode != "deport" or hit.nominal or hit.data.get("commanded") != "COERCE":
        return hit  # 'deported Swedish diplomats' stays a deportation (the probe's CAMEO reading of the verb)
    first = hit.data.get("head_end", hit.data["token"]) + 1
    last = hit.data.get("object_token", first + ENVOY_REACH)
    for k in range(first, min(last, len(toks))):
        if toks[k].word and toks[k].low in cues.mission_links and mission_end(toks, k, cues) is not None:
            break  # 'ordered an official at B's embassy to leave': a member of B's mission is B's diplomat
        if not toks[k].word or toks[k].low in cues.prepositions:
            return hit
        if toks[k].low in cues.envoy_nouns:
            break
    else:
        return hit
    return replace(hit, type="SANCTION", mode="expel", data=dict(hit.data, stated_type="COERCE"))


CONTENT_GOVERNORS = frozenset({"REQUEST", "AGREE", "THREATEN"})


def demanded_content(hits: list[ActHit], toks: list[Token], cues: Cues) -> list[ActHit]:
    """"demanded that Chile drop the tariff", "agreed that their countries should cooperate", "warned
    that it would retaliate": the first act after a request's, agreement's or threat's "that" (within
    the object window, no punctuation between) is its content, governed by it, not an act of its own; so is every
    act after it in that clause ("demanded that the sanctions be lifted": the noun and its predicate)."""
    out = list(hits)
    for n, h in enumerate(hits):
        that = skip_adverbs(toks, h.data["end_token"] + 1, cues)
        if toks[h.data["end_token"]].low == "that":
            that = h.data["end_token"]  # (en43) an entry whose object holds the "that": 'repeated its demand that'
        if that + 1 < len(toks) and toks[that].low == "on" and toks[that + 1].low in cues.date_words:
            that = skip_adverbs(toks, that + 2, cues)  # "agreed on Wednesday that"
        if h.type not in CONTENT_GOVERNORS or that >= len(toks) or toks[that].low != "that":
            continue
        for k in range(n + 1, len(hits)):
            j = hits[k].data["token"]
            gap = toks[that + 1:j]
            if j <= that or len(gap) > cues.window + 1 or any(not t.word and not opens_quote(toks, m)
                                                               for m, t in enumerate(gap, that + 1)):
                break
            if k > n + 1 and past_after_coordinator(toks, hits[k - 1].data["token"], j):
                break  # "warned that it would retaliate and imposed sanctions": the main clause goes on
            out[k] = replace(hits[k], status="planned", data=dict(hits[k].data, modality="governed"))
    return out


def opens_quote(toks: list[Token], m: int) -> bool:
    """Token m is a quote mark opening words (koacts38): 'demanded that Peru "reopen the border and agree to talks"'
    quotes the demanded content, which is no more an act of its own than the same words unquoted."""
    return toks[m].raw in OPENING_QUOTES and m + 1 < len(toks) and toks[m + 1].word


def past_after_coordinator(toks: list[Token], last: int, j: int) -> bool:
    """A past form at token j after "and"/"but" since token `last`: a verb of the main clause, not of the content."""
    return toks[j].low.endswith("ed") and any(t.low in ("and", "but") for t in toks[last + 1:j])


CONTENT_MODIFIERS = 1  # words between the preposition and an alleged or threatened act noun
# (accuse66) the ground a condemnation judges ('condemned X for violating the treaty', 'criticized X for its refusal to
# meet') keeps an event of its own only as a deed done: PLOVER's verbal types (the manual's quad table, verbal
# cooperation and verbal conflict, less SANCTION, whose modes are measures taken) are the charge's content
# (docs/coding-choices.md)
GROUND_PREPS = frozenset({"for"})
WORDED_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def halted_talks(hit: ActHit) -> bool:
    """(enpar53) A refusal of meeting told as a deed ('leave the talks', 'walk out of the negotiations', 'call off the
    summit'): threatened, the manual's THREATEN relations ('suspend ongoing talks', CAMEO 134)."""
    return (hit.type, hit.mode) == ("REJECT", "meet") and not hit.nominal


def threat_mode_of(act: ActHit, cues: Cues, default: str | None = None) -> str | None:
    """The THREATEN mode of a threatened act: the manual's modes name the threat's content, so the act's
    context decides first ("COERCE@territory=territory": threatening to annex or occupy land), then its own mode
    ("COERCE.curfew=restrict": a threatened curfew restricts, a threatened arrest arrests), then its type
    (`lang/base/threat_modes`, the table Korean reads too). (enmodes70) An act the PLOVER reading already made a threat ('warned it would deport
    X': its `stated_type` and `stated_mode` kept) is read by its verb's own type and mode, so that the threat verb
    (threaten, warn, vow) never changes the mode its content gives."""
    if "stated_mode" in act.data:
        act = replace(act, type=act.data.get("stated_type", act.type), mode=act.data["stated_mode"])
    return threat_mode(act.type, act.mode, act.contexts, default)


def threat_modes(hits: list[ActHit], toks: list[Token], cues: Cues) -> list[ActHit]:
    """"threatened X with sanctions": a threat with no mode of its own takes the mode of what it
    threatens, the act named after its "with" (`pledge_threat_modes`, as for "threatened to impose")."""
    out = list(hits)
    for n, h in enumerate(hits):
        if h.type != "THREATEN" or h.mode:
            continue
        for c in hits[n + 1:]:
            if c.type in cues.pledge_threat_modes and alleged_content(toks, c, [h], cues):
                out[n] = replace(h, mode=threat_mode_of(c, cues), data=dict(h.data, threatened=c.type))
                break
    return out


def alleged_content(toks: list[Token], hit: ActHit, hits: list[ActHit], cues: Cues) -> bool:
    """An act named after "of", "with" or "for" that follows an allegation ("accused X of violating",
    "charging its neighbour with supporting", "blamed X for the bombing") is what is alleged; a word, no deed, after
    "for" that follows any accusation ("condemned X for violating the treaty": `WORDED_TYPES`) its ground; one after
    "with", "of" or "against" that follows a threat ("threatened X with sanctions", "warned of nuclear
    strikes", "warned Seoul against supplying weapons") what is threatened or warned against."""
    i = hit.data["token"]
    if hit.data.get("charged_gerund"):
        return False  # charges50: 'accused X of shelling a post': X's charged deed (act_charged_gerunds)
    preps = cues.allegation_preps | cues.threat_content_preps
    j = i - 1
    while j >= 0 and toks[j].word and is_determiner(toks[j].low, cues) or j >= 0 and toks[j].low in cues.adverbs:
        j -= 1
    if j > 0 and i - j <= CONTENT_MODIFIERS and toks[j].raw.islower() \
            and toks[j].low not in preps and toks[j - 1].low in preps:
        j -= 1  # "with nuclear strikes", "of cyber attacks": one modifier before the noun
    elif j > 0 and toks[j].low not in preps:
        j = gerund_preposition(toks, i, preps) or j  # "of moving artillery shells": the gerund's object
    if j < 0 or toks[j].low not in preps or not (hit.nominal or toks[i].low.endswith(("ing", "s"))):
        return False  # a plural after the preposition is a noun too ("with nuclear strikes")
    return any((h.type == "ACCUSE" and h.mode == "allege" and toks[j].low in cues.allegation_preps
                or h.type == "ACCUSE" and toks[j].low in GROUND_PREPS and hit.type in WORDED_TYPES  # accuse66
                or h.type == "THREATEN" and not h.nominal and toks[j].low in cues.threat_content_preps)
               and i - cues.window - 2 <= h.data["token"] < j for h in hits)


def gerund_preposition(toks: list[Token], i: int, preps: frozenset[str]) -> int | None:
    """The preposition before a gerund whose object the noun at i is ("accused X of moving artillery shells",
    "warned of deploying more troops"), over lower-case words only; None when there is none within reach."""
    for g in range(i - 1, max(i - CONTENT_MODIFIERS - 2, 0), -1):
        if not toks[g].word or not toks[g].raw.islower():
            return None
        if toks[g].low.endswith("ing") and toks[g - 1].low in preps:
            return g - 1
    return None


def resolve_frames(toks: list[Token], hits: list[ActHit], index_of: dict[int, int], cues: Cues
                   ) -> list[ActHit]:
    """A pledge, threat or refusal reads the act it governs ("vowed to retaliate" is a threat,
    "agreed to cooperate closely" a generic pledge, "refused to withdraw" a withdrawal that did not
    happen, "declined to comment" no act at all)."""
    drop: set[int] = set()
    for n, hit in enumerate(list(hits)):
        frame = cues.frames.get(hit.lemma.split()[0])  # "agree to" and "agree" both govern what follows
        comp_tok = complement_token(toks, hit.data["end_token"] + 1, cues) if frame else None
        if comp_tok is None:
            if frame == "pledge":
                hits[n] = promised_object(toks, hit, hits, cues)
            continue
        comp_word, comp = toks[comp_tok].low, index_of.get(comp_tok)
        comp = resumed_act(toks, comp_tok, index_of, cues) if comp is None else comp  # 'vowed to resume attacks'
        data = dict(hit.data, complement=toks[comp_tok].start)
        if frame == "refuse":
            if comp is None and comp_word in cues.refusal_non_acts:
                drop.add(n)
                continue
            hits[n] = replace(hit, data=data if comp is None else dict(data, refused_type=hits[comp].type))
            if comp is not None:
                hits[comp] = replace(hits[comp], negated=True, data=dict(hits[comp].data, refused=True))
            continue
        if comp is None and hit.type == "AGREE" and hit.lemma.split()[0] in cues.threat_pledges \
                and (own_holding(toks, comp_tok, cues) or own_conduct(toks, comp_tok, cues)):
            drop.add(n)  # "vowed to protect its territorial integrity", "vowed to stay in office": resolve, no accord
            continue
        generic = comp_word in cues.generic_complements and (
            comp is None or hits[comp].type in ("COOPERATE", "SUPPORT", "AGREE"))
        if generic and hit.type == "AGREE" and hit.lemma.split()[0] in cues.threat_pledges \
                and own_forces(toks, comp_tok, cues):
            drop.update([n] + ([comp] if comp is not None else []))  # "vowed to bolster its nuclear deterrent"
            continue
        if generic and hit.type == "AGREE":
            hits[n] = replace(hit, generic=True, data=data)
            drop.update([comp] if comp is not None else [])
            continue
        if comp is not None and troops_promised_to_state(toks, hit, hits[comp], cues):
            hits[n] = replace(hit, data=dict(data, stated_type="AID"))  # plover57b: troops promised to a state
            drop.add(comp)
            continue
        if comp is not None and (hits[comp].type in cues.pledge_threat_modes
                                 or hit.type == "THREATEN" and blocking(hits[comp])  # charges52: 'threatened to
                                 or hit.type == "THREATEN" and halted_talks(hits[comp])):  # blockade B's ports'
            threat_mode = threat_mode_of(hits[comp], cues)  # (restrict); enpar53: 'to leave the talks' (relations)
            if hit.type == "THREATEN" or hit.lemma.split()[0] in cues.threat_pledges:
                hits[n] = replace(hit, type="THREATEN", mode=hit.mode if hit.type == "THREATEN" and hit.mode
                                  else threat_mode, data=dict(data, threatened=hits[comp].type))
                drop.add(comp)
                continue
        if comp is not None and hit.type == "AGREE" and (hits[comp].type, hits[comp].mode) == ("RETREAT", "resign"):
            # 'offered to resign', 'pledged to step down': the resignation announced, planned, as 'will resign' and
            # Korean '사퇴하겠다' read (docs/coding-choices.md); the offer is no AGREE of its own
            hits[comp] = replace(hits[comp], status="planned")
            drop.add(n)
            continue
        if comp is not None and hit.type == "AGREE" and hits[comp].type == "CONSULT" \
                and toks[hit.data["token"]].low in cues.meeting_proposal_verbs and not mediated(toks, comp_tok, hits[comp], cues):
            # proposals65: 'offered to hold talks with X': a meeting put to the other side asks it to meet (CAMEO 026,
            # REQUEST meet, docs/coding-choices.md); X has agreed to nothing, so no AGREE of both. Talks hosted for
            # others ('offered to host talks between X and Y') are an offer to mediate and stay the offer's AGREE
            hits[comp] = replace(hits[comp], type="REQUEST", mode="meet", status="occurred",
                                 data=dict(hits[comp].data, stated_type="CONSULT", proposed_meeting=True))
            drop.add(n)
            continue
        if comp is not None and hit.type == "AGREE" and hits[comp].type in PROMISED_ACTS:
            # "offered humanitarian aid to X": the promise names what it hands over, and so who it reaches
            data = dict(data, stated_type=hits[comp].type)
        hits[n] = replace(hits[n], data=data) if comp is not None or frame != "pledge" \
            else promised_object(toks, replace(hits[n], data=data), hits, cues)  # "offer aid to X"
    return [h for n, h in enumerate(hits) if n not in drop]


MEDIATION_REACH = 4  # words after an offered meeting verb where 'between' tells talks of others


def mediated(toks: list[Token], comp_tok: int, comp: ActHit, cues: Cues) -> bool:
    """(proposals65) The offered meeting is one of others the offerer would host or broker ('offered to host talks
    between X and Y', 'offered to mediate between X and Y'): an offer to mediate, not a proposal to meet."""
    return comp.mode == "third-party" or toks[comp_tok].low in cues.mediation_words \
        or any(t.low in cues.mediation_words for t in toks[comp_tok + 1:comp_tok + 1 + MEDIATION_REACH])


RESUMED_REACH = 3  # words from a verb of resuming to the act noun it resumes ('resume its attacks on')


def resumed_act(toks: list[Token], comp_tok: int, index_of: dict[int, int], cues: Cues) -> int | None:
    """(en32) 'vowed to resume attacks on X', 'threatened to step up strikes': a pledge's complement that only
    resumes or steps up an act (`cues.resumed_verbs`) governs the noun act after it (within `RESUMED_REACH` words);
    None else."""
    if toks[comp_tok].low not in cues.resumed_verbs:
        return None
    return next((index_of[k] for k in range(comp_tok + 1, min(len(toks), comp_tok + 1 + RESUMED_REACH))
                 if k in index_of), None)


# a pledge of these is made to the side they would reach ("pledged to defend X": a promise of support to X)
OWN_FORCES_REACH = 4  # words from a pledge's complement verb to the force noun of its object


def own_holding(toks: list[Token], comp: int, cues: Cues) -> bool:
    """(enclause50) The complement keeps what the pledger holds: a holding verb ("defend", "stay") whose object,
    within a few words, is a held noun ("sovereignty", "office") that is the pledger's own ("its", "in office"), with
    no "with" party. PLOVER's AGREE is a commitment to cooperate; this one offers nothing to anyone, and a state
    named in the sentence would become its false partner. "defend the sovereignty of X" is support to X: kept."""
    if toks[comp].low not in cues.holding_verbs:
        return False
    window = toks[comp + 1:comp + 1 + OWN_FORCES_REACH + 1]
    held = next((k for k, t in enumerate(window) if t.low in cues.held_nouns), None)
    if held is None or any(t.low in ("of", "with") for t in window[held:held + 2]):
        return False
    before = window[:held]
    return any(t.low in cues.own_possessives or t.low == "in" for t in before)


def own_conduct(toks: list[Token], comp: int, cues: Cues) -> bool:
    """(stance52) The complement is the pledger's own conduct in office or in a race ("vowed to run again",
    "promised to govern with humility"): a verb of `own_conduct_verbs` with no "with" party after it (a capitalized
    name or "the" after "with"); it offers nothing to anyone."""
    if toks[comp].low not in cues.own_conduct_verbs:
        return False
    after = toks[comp + 1:comp + 1 + OWN_FORCES_REACH]
    return not any(t.low in ("with", "alongside") and (not nxt.raw.islower() or nxt.low == "the")
                   for t, nxt in zip(after, after[1:]))  # 'with humility' is a manner, 'with the opposition' a party


def own_forces(toks: list[Token], comp: int, cues: Cues) -> bool:
    """The complement's object is the pledger's own forces: a possessive ("its", "his country's") and,
    within a few words, a force noun ("nuclear deterrent", "defense capabilities"), with no "with" party."""
    window = toks[comp + 1:comp + 1 + OWN_FORCES_REACH + 1]
    owned = any(t.low in cues.own_possessives or t.low.endswith(("'s", "’s")) and t.raw.islower() for t in window)
    forces = any(t.low in cues.force_nouns for t in window)
    partner = any(t.low == "with" for t in toks[comp + 1:comp + 1 + 2 * OWN_FORCES_REACH])
    return owned and forces and not partner


PROMISED_ACTS = ("AID", "RETREAT", "CONCEDE", "SUPPORT")


def promised_object(toks: list[Token], hit: ActHit, hits: list[ActHit], cues: Cues) -> ActHit:
    """"offered humanitarian aid to X", "promised food aid to X": a pledge whose object is a nominal act
    of giving (found in the pledge's object window) is a promise of that act, made to whom it would
    reach."""
    if hit.type != "AGREE":
        return hit
    window = set(object_window(toks, hit.data.get("head_end", hit.data["token"]) + 1, cues))
    given = [h for h in hits if h.nominal and h.type in PROMISED_ACTS and h.data["token"] in window]
    return replace(hit, data=dict(hit.data, stated_type=given[0].type)) if given else hit


def complement_token(toks: list[Token], j: int, cues: Cues) -> int | None:
    """The verb of a "to"-infinitive right after a pledge ("vowed to firmly respond" -> respond);
    the "to" may already be the trigger's particle ("agree to"); an opening quote after "to" quotes the complement
    ('urged X to "stop arming Y"': stop, en22)."""
    if 0 < j <= len(toks) and toks[j - 1].low in cues.infinitive and j < len(toks):
        j = after_quote(toks, j)
        if j < len(toks) and toks[j].word:
            return skip_adverbs(toks, j, cues) if skip_adverbs(toks, j, cues) < len(toks) else None
        return None
    j = skip_adverbs(toks, j, cues)
    if j < len(toks) and toks[j].low in cues.infinitive:
        k = skip_adverbs(toks, after_quote(toks, j + 1), cues)
        if k < len(toks) and toks[k].word:
            return k
    return None


def after_quote(toks: list[Token], k: int) -> int:
    """k, or the token after it when token k is an opening quote mark."""
    return k + 1 if k < len(toks) and toks[k].raw in OPENING_QUOTES else k
