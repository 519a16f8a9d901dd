"""Who did an English noun act, when the clause reader's owner or subject would name the wrong side: the agent after
"by" past the act's target phrase ("an attack on X by Y", "the arrest of X by Y"), a genitive owner before the noun
("Turkey's deportation of X"), the parties after "between" of an agreement or a clash ("a deal was struck between A
and B"), the receiver of aid named as a verb's subject ("Kenya received aid from Japan"), and a condemnation of a noun
act aimed at that act's agent ("condemned an attack by the ELN").

Why: the owner reading looks right after the noun or before it, so it took the target for the agent; a `by` or
`between` phrase a few words on is where the news names the doer. The finder marks the span (`agent_span`,
`judged_agent`, `target_spans`); the pipeline takes the states named there (pipeline/act_actors).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_ascribed import ascribed_agent
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_judged import JUDGED_TYPES, judged_object
from readout.lang.en.act_targets import PHRASE_WORDS, reciprocal_noun
from readout.lang.en.act_agent_ends import verb_after_subject
from readout.lang.en.act_asides import participle_aside_end
from readout.lang.en.act_between_subjects import pair_end, subject_pair
from readout.lang.en.act_tokens import Token


AGENT_REACH = 8  # words from a nominal act to the "by" of its agent ("an attack on the border town by X")
AGENT_WORDS = 6  # words of the agent's noun phrase ("rebels in the north of X")
GIVEN = frozenset({"AID"})  # "aid to X from Y": the giver stands after "from"
OWNER_GAP = 2  # adjectives between a genitive owner and its act noun ("Turkey's latest deportation of")
AGENT_LINKS = frozenset({"of", "in", "from"})  # "rebels in X", "troops from X": the agent's own modifier


def with_nominal_agents(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"an attack on X by Y", "the arrest of X by Y", "air strikes on X by Y": a noun act's agent
    stands after "by" past its target phrase (or after a comma and a link, act_ascribed: "the attack on X, which it
    blamed on Y"), where the owner reading (a name right after the noun, or before it) cannot see it and takes the
    target for the agent. The finder marks the agent's span
    (`data["agent_span"]`); the pipeline takes the states named there, else reads the owner as before
    (a "by" of means, "by sea", names none)."""
    out: list[ActHit] = []
    starts = {h.data["token"] for h in hits}
    for h in hits:
        span = agent_span(toks, h, cues, starts) or (ascribed_agent(toks, h.data.get("end_token", h.data["token"]), cues,
                                                                     AGENT_WORDS, in_agent_phrase) if h.nominal else None) \
            or (owner_span(toks, h, cues) if h.nominal else None) \
            if h.nominal or h.data.get("received") else None  # "received aid from X": the giver after "from"
        span = span or between_parties(toks, h, cues) or subject_pair(toks, h, cues, AGENT_WORDS)
        # "an agreement was signed between A and B"; "the pact between A and B on X was signed"
        if span and h.nominal and owned_by_subject(toks, h):  # "completed its investigation into killings by X"
            h = replace(h, data=dict(h.data, target_spans=(span, *h.data.get("target_spans", ()))))
            span = None  # the subject owns the act: the "by" phrase is the agent of what it is about
        out.append(replace(h, data=dict(h.data, agent_span=span)) if span else h)
    return judged_agents(out, toks)


BETWEEN_REACH = 8  # words from an agreement word to the "between" of its parties ("agreement on grain exports was
# reached between")
JOINT = frozenset({"AGREE"})  # acts whose parties a "between" phrase names (all of them act)


def between_parties(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """"An agreement between A and B was signed", "a deal was struck between A and B": an agreement named as a noun
    or in the passive (no subject of its own) has the parties named after "between" in its clause as its actors
    (`agent_span`), when the clause says it was made (a participle of `concluded_participles` after "be", or the
    act's own passive verb); a clause word ends the reach. So for a reciprocal noun act ('clashes broke out between A
    and B troops', 'fighting between A and B forces': an assault noun whose entry takes "between"), which the news
    reports as done: each party fights the other, so all act and none only receives, as the manual codes a
    reciprocal event (en36). (nominal54) A noun that is itself the making ('the signing of the pact between A and B',
    `concluding_nouns`) tells the accord made: its parties are those after "between", not the clause's subject
    ('Germany criticized the signing of ...' made Germany a signer), as Korean 'A와 B의 협정 체결' names its makers."""
    reciprocal = reciprocal_noun(toks, hit)
    if not reciprocal and (hit.type not in JOINT or not (hit.nominal or hit.data.get("passive"))):
        return None
    j, made, span = hit.data["token"] + 1, reciprocal or bool(hit.data.get("passive")) or concluding_noun(toks, hit,
                                                                                                           cues), None
    skipped = 0  # the words of the "between" phrase and of a participle's aside: not counted in the reach
    while j < len(toks) and j - hit.data["token"] - skipped <= BETWEEN_REACH:
        t = toks[j]
        if t.low == "," and (after := participle_aside_end(toks, j)) is not None:
            skipped, j = skipped + after - j, after
            continue
        if not t.word or t.low in cues.clause_breaks and t.low != "and" or t.low in cues.relative:
            break
        made = made or t.low in cues.concluded_participles and toks[j - 1].low in cues.be
        if t.low == "between":
            start, k = j + 1, pair_end(toks, j + 1, cues, AGENT_WORDS)
            span = (toks[start].start, toks[k - 1].end) if k > start else None
            skipped, j = skipped + k - j, k
            continue
        j += 1
    return span if made else None  # a standing agreement ('the agreement between A and B expired') is no act


def concluding_noun(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(nominal54) Whether the noun act `hit` opens on a noun of making an accord ('signing', 'conclusion'): the
    phrase tells the accord made, as a participle of `concluded_participles` after "be" does."""
    return hit.nominal and toks[hit.data["token"]].low in cues.concluding_nouns


def judged_agents(hits: list[ActHit], toks: list[Token]) -> list[ActHit]:
    """"The Colombian government condemned an attack by the ELN": a condemnation of a noun act (`judged_act`) is
    aimed at that act's agent; the agent's span goes with it (`judged_agent`), so the pipeline can read a group of
    the condemner's own state there as the part of the state receiving it, and it is the first target span, so a
    state named there beats the victim's named before it ("the killing of a Senegalese fisherman by X").
    (nominal53) So is one of a cooperative noun act right in its object ('condemned the transfer of missiles to X by
    Y', `judged_deed`): Y's deed is condemned, not X, as Korean 'Y가 X에 미사일을 이전한 것을 비난했다' reads."""
    out = list(hits)
    for n, h in enumerate(hits):
        judged = next((o for o in hits[n + 1:] if o.nominal and o.start >= h.end), None)
        if h.data.get("judged_act") or judged is not None and judged_deed(toks, h, judged):
            if judged is not None and judged.data.get("agent_span"):
                agent = judged.data["agent_span"]  # also the first target: 'condemned the killing of a Senegalese
                # fisherman by Mauritanian coast guards' accuses the killers' state, not the victim's
                out[n] = replace(h, data=dict(h.data, judged_agent=agent,
                                              target_spans=(agent, *h.data.get("target_spans", ()))))
    return out


def judged_deed(toks: list[Token], h: ActHit, judged: ActHit) -> bool:
    """Whether `h` is a said condemnation whose object is the cooperative noun act `judged` (act_judged: a few
    lower-case words between, no owner before the noun)."""
    return h.type == "ACCUSE" and not h.nominal and not h.negated and judged.type in JUDGED_TYPES \
        and judged_object(toks, judged, {h.data.get("end_token", h.data["token"])})


SUBJECT_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def owned_by_subject(toks: list[Token], hit: ActHit) -> bool:
    """A noun act right after a possessive pronoun ("its investigation", "their report") belongs to the
    clause's subject: a "by" phrase after its target names who did what the target names, the receiving
    side of the act."""
    i = hit.data["token"]
    return i > 0 and toks[i - 1].low in SUBJECT_POSSESSIVES


def agent_span(toks: list[Token], hit: ActHit, cues: Cues, acts: set[int]) -> tuple[int, int] | None:
    """The agent after "by" when only the act's target phrase stands between: no other act word
    (`acts`, their first tokens: "protests against violations by X" are X's violations), no word that
    makes it hearsay ("alleged"), no clause word. (nominal54) A participle describing the target's noun
    (`premodifier`: "the release of two [detained] journalists by X") is neither: it says who the target is."""
    return agent_after(toks, hit.data.get("end_token", hit.data["token"]), cues, acts,
                       hit.type in GIVEN or bool(hit.data.get("received")))  # support59: 'received support from X'


def agent_after(toks: list[Token], end: int, cues: Cues, acts: set[int], given: bool = False) -> tuple[int, int] | None:
    """The agent after "by" (or "from", for a thing `given`) past the target phrase of the noun ending at token
    `end` (see `agent_span`)."""
    j, words = end + 1, 0
    while j < len(toks) and words < AGENT_REACH:
        t = toks[j]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.relative or t.low in cues.be \
                or (t.low in cues.adjectival or j in acts) and not premodifier(toks, j, cues):
            return None
        if t.low == "by" or t.low == "from" and given:
            start = k = j + 1
            while k < len(toks) and k - start < AGENT_WORDS and in_agent_phrase(toks[k], cues) \
                    and not verb_after_subject(toks, k, start):  # enfix49: 'by Russian hackers [hit] banks in X'
                k += 1
            while k > start and paired_name(toks, k, cues):  # koriot70: 'signed by Chile and Peru': both makers
                k += 2
                while k < len(toks) and k - start < 2 * AGENT_WORDS and in_agent_phrase(toks[k], cues):
                    k += 1
            return (toks[start].start, toks[k - 1].end) if k > start else None
        words += 1
        j += 1
    return None


def premodifier(toks: list[Token], j: int, cues: Cues) -> bool:
    """(nominal54) Whether the word at token j is a participle describing the target's noun after it ('the release of
    two [detained] journalists by Iran'): one of `target_participles` (a hearsay word of `adjectival`, 'the alleged
    violations by X', still stops the walk), lower case, after a word of the phrase (no 'be'), and right before a
    lower-case word that is no preposition. It is who the target is, no act between the noun and its agent."""
    t = toks[j]
    return t.low in cues.target_participles and t.raw.islower() and 0 < j < len(toks) - 1 and toks[j - 1].word \
        and toks[j - 1].low not in cues.be and toks[j + 1].word and toks[j + 1].raw.islower() \
        and toks[j + 1].low not in cues.prepositions and toks[j + 1].low not in cues.clause_breaks


def owner_span(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """"Turkey's deportation of X", "South Korea's release of Y": an owner in the genitive right before a
    noun act (over an adjective or two) is its agent; the "of" phrase after it is the target, which
    the owner reading would otherwise take for the agent ("the deportation of X": X's own)."""
    i = hit.data["token"]
    k = i - 1
    while k >= 0 and i - k <= OWNER_GAP and toks[k].word and (toks[k].low in cues.act_adjectives
                                                               or toks[k].low.endswith("ly")):
        k -= 1
    if k < 0 or not toks[k].low.endswith(("'s", "s'")) or not toks[k].raw[:1].isupper():
        return None
    first = k
    while first > 0 and toks[first - 1].word and toks[first - 1].raw[:1].isupper():
        first -= 1
    return toks[first].start, toks[k].end


def paired_name(toks: list[Token], k: int, cues: Cues) -> bool:
    """(koriot70) Whether token k is 'and' joining a second name to the agent phrase before it ('by Chile and Peru',
    as Korean '칠레와 페루가 맺은' reads both): a capitalized word of an agent phrase after it."""
    return k + 1 < len(toks) and toks[k].low == "and" and toks[k + 1].raw[:1].isupper() \
        and in_agent_phrase(toks[k + 1], cues)


def in_agent_phrase(t: Token, cues: Cues) -> bool:
    """A word of the agent's noun phrase: not punctuation, a clause word, a day, a preposition other than
    the agent's own modifier ("in X"), nor the sentence's verb ("... by Turkey angered Lisbon": a past
    form, "was", "said", "will")."""
    low = t.low
    return t.word and low not in cues.clause_breaks and low not in cues.be and low not in cues.date_words \
        and low not in cues.relative and low not in cues.reporting and low not in cues.intent \
        and (low not in cues.prepositions or low in AGENT_LINKS) and not (low.endswith("ed") and t.raw.islower())


COMPOUND_LED = frozenset({"led", "backed", "drafted", "sponsored", "proposed", "brokered"})  # "U.S.-led push"


def led_compound_before(toks: list[Token], i: int) -> bool:
    """The word before token i is the second half of a hyphenated author compound ("U.S.-led"): the
    trigger is a noun there, whatever its form."""
    return i > 1 and toks[i - 1].low in COMPOUND_LED and toks[i - 1].start - toks[i - 2].end == 1


def author_compound_end(toks: list[Token], lo: int, hi: int) -> int | None:
    """Where the author half of a hyphenated author compound among tokens lo..hi-1 ends: the tokenizer splits
    'a U.S.-sponsored' after the abbreviation (the second half a token of its own, `led_compound_before`'s form) and
    keeps 'French-sponsored' as one token; either way the words before the hyphen name the author."""
    split = next((c for c in range(lo + 1, hi) if toks[c].low in COMPOUND_LED and toks[c].start - toks[c - 1].end == 1),
                 None)
    if split is not None:
        return toks[split - 1].end
    fused = next((c for c in range(lo, hi) if "-" in toks[c].low and toks[c].low.rsplit("-", 1)[1] in COMPOUND_LED),
                 None)
    return toks[fused].start + toks[fused].raw.rindex("-") if fused is not None else None


RECEIPT_REACH = 6  # words of the object phrase between a verb of receiving and the aid noun ('$50 million in')
RECEIVED_TYPES = frozenset({"AID", "SUPPORT"})  # (support59) help or backing a receiver names: 'received support from X'


def received_aid(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"Kenya received $50 million in aid from Japan", "Sudan has received food aid": aid (or backing, support59: 'said
    it had received strong support from X', whose giver acts, not the receiver) named as the object
    of a verb of receiving (`receipt_verbs`), or a verb of receiving that is itself the aid entry's trigger
    ("received a shipment of vaccines from X", "received a loan"), reaches the subject of that verb; its giver stands after "from"
    (the agent reader, for a noun or a verb). The subject's span goes first in `target_spans`."""
    out = []
    for h in hits:
        k = h.data["token"] - 1
        if h.type == "AID" and toks[k + 1].low in cues.receipt_verbs \
                and (given_from(toks, h, cues) or h.lemma in RECEIVING_LEMMAS):
            k += 1  # "received a shipment of vaccines from X", "received a loan": the verb of receiving is the trigger
        elif h.type in RECEIVED_TYPES and not h.negated:
            while k >= 0 and h.data["token"] - k <= RECEIPT_REACH and toks[k].word \
                    and toks[k].low not in cues.receipt_verbs and toks[k].low not in cues.clause_breaks:
                k -= 1
        if h.type not in RECEIVED_TYPES or h.negated or k < 1 or toks[k].low not in cues.receipt_verbs:
            out.append(h)
            continue
        first = k - 1
        while first > 0 and toks[first - 1].word and toks[first - 1].low not in cues.clause_breaks \
                and toks[first - 1].low not in cues.relative:
            first -= 1
        span = (toks[first].start, toks[k - 1].end)
        out.append(replace(h, data={**h.data, "target_spans": (span, *h.data.get("target_spans", ())),
                                    "received": True}))
    return out


RECEIVING_LEMMAS = frozenset({"receive", "obtain", "get", "secure"})  # aid entries of these (CAMEO's target-coded
# "RECEIVE * LOAN" [:071]) always name the receiver as subject; "accepted refugees" gives asylum


def given_from(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether "from" and a giver follow the act's object phrase in its clause ("received a shipment of vaccines
    from X"): a verb of receiving that is its own aid entry names the receiver as its subject only then ("accepted the
    delivery" alone is read as the entry says)."""
    for k in range(hit.data.get("end_token", hit.data["token"]) + 1, min(len(toks), hit.data["token"] + PHRASE_WORDS)):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return False
        if toks[k].low == "from":
            return True
    return False
