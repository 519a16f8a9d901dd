"""Where an English act's receiving side stands when it is no direct object: after the preposition the
act's entry names ("opened an investigation against X", "a complaint to X"), and after the proposer
of a proposal that the act answers ("rejected an appeal from X", "accepted an offer by X").

Why: the clause reader finds the receiving side as the first state in the object position. A state
after a target preposition a few words on, or the author of a rejected proposal, stands outside that
position, so the act lost its receiving side (and a directed act without one is dropped). The finder
marks these spans (`data["target_spans"]`, best first); the pipeline takes the states named there.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_ascribed import ascribed_agent
from readout.lang.en.act_matcher import Cues
from readout.lang.en.act_sides import DEFAULT_SECTOR, DIRECTED_OUT, charged_own_people, people_span
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_window import is_determiner, skip_adverbs

PREPOSITION_REACH = 6  # words from the end of a trigger to the preposition that introduces its target
PHRASE_WORDS = 10  # words of the target noun phrase after the preposition
RELATIONAL = frozenset({"of", "with", "between"})  # "X's cooperation with Y": both are the phrase's parties
HANDED_OVER = frozenset({"COOPERATE"})  # mutual, but PLOVER gives it a recipient: what is handed over reaches it
PLACED = frozenset({"COERCE"})  # repression a place in the target slot receives: its people, even the actor's own
PROPOSAL_REACH = 4  # words from the verb to the proposal noun ("rejected the latest peace appeal")


def with_target_phrases(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each hit with the spans its target preposition or its answered proposal points at, added after
    any span it already has (a passive's subject stays first)."""
    out: list[ActHit] = []
    for h in hits:
        spans = preposition_spans(toks, h, cues) + proposer_spans(toks, h, cues) + struck_object_spans(toks, h, cues)
        if spans:
            data = dict(h.data, target_spans=tuple(h.data.get("target_spans", ())) + tuple(spans))
            people = None if h.type in DIRECTED_OUT or h.negated or "domestic_target" in data \
                or reciprocal_noun(toks, h) \
                else next(filter(None, (people_span(toks, token_at(toks, lo), cues) for lo, _ in spans)), None)
            # (a reciprocal noun: 'clashes between A and B troops' names the doers, no state's own people)
            if people and charged_own_people(toks, h, people[0], hits):
                people = None  # 'accused Y of firing at its soldiers': the accuser's soldiers, not Y's own
                data["accuser_owned"] = True  # (act_context.with_domestic_targets gives the accuser)
            if people:  # "against 28 Peruvian officials": a state's own people may receive its act
                data["domestic_target"], data["domestic_sector"] = people[:2], people[2]
            elif h.type in PLACED and not h.negated:  # "imposed a curfew in X": a place of the state's own
                data["own_places"], data["domestic_sector"] = True, DEFAULT_SECTOR  # its people receive it
            h = replace(h, data=data)
        out.append(h)
    return out


STRUCK = frozenset({"ASSAULT"})  # an attack lands on what its object names, and on the town that holds it
PLACE_LINKS = frozenset({"in", "near", "of", "outside"})  # "buildings in X", "the city of X": the object's place


def struck_object_spans(toks: list[Token], hit: ActHit, cues: Cues) -> list[tuple[int, int]]:
    """"shelled Kharkiv overnight", "bombed a market in Aleppo", "struck targets near Goma": the object
    phrase of a verb of attack (or of a planned meeting stated to the one met: "will visit Hanoi") (its entry's
    target is the object), with the place that holds it, is where the receiving side stands; a town there stands for its state when no state is named (pipeline
    act_recipients.language_target, after the spans the entry's prepositions gave). Read to punctuation, a
    clause word or a preposition that names no place of the object ("with drones", "on Monday")."""
    if not (hit.type in STRUCK or hit.type == "THREATEN" and hit.data.get("stated_type") in STRUCK
            or hit.data.get("addressee")) or hit.nominal or "object" not in hit.target or hit.negated \
            or hit.data.get("passive"):
        return []  # a passive's subject is its target; a show of force ('prepared to resume shelling X') has none
    start = k = skip_adverbs(toks, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    if start >= len(toks) or toks[start].low in cues.prepositions:
        return []  # 'killed in a bombing in X': no object
    while k < len(toks) and k - start < PHRASE_WORDS:
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks and t.low != "and" or t.low in cues.relative \
                or t.low in cues.infinitive or t.low in cues.date_words \
                or t.low in cues.prepositions and t.low not in PLACE_LINKS:
            break
        k += 1
    return [(toks[start].start, toks[k - 1].end)] if k > start else []


def token_at(toks: list[Token], offset: int) -> int:
    return next(n for n, t in enumerate(toks) if t.start == offset)


def preposition_spans(toks: list[Token], hit: ActHit, cues: Cues) -> list[tuple[int, int]]:
    """"opened bribery inquiries against a dozen officials of X": the phrase after the first of the
    entry's target prepositions within reach, in the same clause."""
    preps = {t for t in hit.target if t != "object"}
    after = hit.data.get("end_token", hit.data["token"]) + 1
    if hit.type == "REQUEST" and "object_token" in hit.data and after < len(toks) \
            and toks[after].low in cues.request_source_preps:  # "demanded an explanation from X": X is asked
        span = phrase_after(toks, after, cues)
        return [span] if span else []
    if hit.data.get("stated_type", hit.type) in HANDED_OVER:  # "extradited a suspect to X" ("will extradite"
        # too, read as AGREE): the receiving side; "with X" is a partner
        preps -= RELATIONAL
    elif hit.data.get("stated_type", hit.type) in FACING:
        return facing_spans(toks, hit, cues)  # "massed troops near X": the state the force faces
    elif hit.data.get("stated_type", hit.type) in DIRECTED_OUT:  # "deployed troops to Mali": a destination;
        return []  # a promise ('will provide aid to Gaza', AGREE) is read as what it promises
    if not preps:
        return []
    j, words = hit.data.get("end_token", hit.data["token"]) + 1, 0
    while j < len(toks) and words < PREPOSITION_REACH:
        t = toks[j]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.relative:
            return []
        if t.low in preps:
            span = phrase_after(toks, j, cues)
            return [span] if span else []
        words += 1
        j += 1
    return []


FACING = frozenset({"MOBILIZE"})  # a show of force placed near another state faces it


def facing_spans(toks: list[Token], hit: ActHit, cues: Cues) -> list[tuple[int, int]]:
    """"massed troops near X", "staged drills around X", "troops along the border with X": the place phrase of a
    show of force after a preposition of posture (`posture_prepositions`) that its entry lists as its target
    names the state it faces (the pipeline
    keeps only states other than the actor's: its own towns are no target). A destination ("deployed troops to
    the border with X", tests/lang/en/test_act_constructions.py) and a place "in" which it is held ("drills in the
    Pacific") face no one."""
    j, words = hit.data.get("end_token", hit.data["token"]) + 1, 0
    while j < len(toks) and words < PREPOSITION_REACH:
        t = toks[j]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.relative:
            return []
        if t.low in cues.posture_prepositions and t.low in hit.target:  # the entry says it faces ("massed
            span = phrase_after(toks, j, cues)  # troops near"), not a raised watch ("surveillance along the border")
            return [span] if span else []
        words += 1
        j += 1
    return []


def proposer_spans(toks: list[Token], hit: ActHit, cues: Cues) -> list[tuple[int, int]]:
    """"dismissed an appeal from X", "turned down the offer by X": the author of the proposal that
    the verb answers is its receiving side; "reneged on its pledge to X": so is the one promised."""
    if hit.nominal or not hit.target:
        return []
    j = hit.data.get("end_token", hit.data["token"]) + 1
    for k in range(j, min(len(toks) - 1, j + PROPOSAL_REACH)):
        if not toks[k].word:
            return []
        for nouns, preps in ((cues.proposal_nouns, cues.proposer_prepositions),  # proposals and authors
                             (cues.promise_nouns, cues.promisee_prepositions)):  # promises and those promised
            if toks[k].low in nouns and toks[k + 1].low in preps:
                span = phrase_after(toks, k + 1, cues)
                return [span] if span else []
    return []


def phrase_after(toks: list[Token], j: int, cues: Cues) -> tuple[int, int] | None:
    """Character span of the noun phrase after token j, to punctuation, a clause word, a preposition
    other than a relational one ("of", "with": "X's cooperation with Y" names both), or an infinitive
    marker ("from X to lay down arms" ends before "to")."""
    start = j + 1
    k = start
    while k < len(toks) and k - start < PHRASE_WORDS:
        t = toks[k]
        if not t.word or (t.low in cues.clause_breaks and t.low != "and") or t.low in cues.relative \
                or t.low in cues.infinitive or t.low in cues.prepositions and t.low not in RELATIONAL:
            break  # "against the forces in X": the place of the forces is no target
        k += 1
    return (toks[start].start, toks[k - 1].end) if k > start else None


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
        span = span or between_parties(toks, h, cues)  # "an agreement was signed between A and B"
        if span and h.nominal and owned_by_subject(toks, h):  # "completed its investigation into killings by X"
            h = replace(h, data=dict(h.data, target_spans=(span, *h.data.get("target_spans", ()))))
            span = None  # the subject owns the act: the "by" phrase is the agent of what it is about
        out.append(replace(h, data=dict(h.data, agent_span=span)) if span else h)
    return judged_agents(out)


BETWEEN_REACH = 8  # words from an agreement word to the "between" of its parties ("agreement on grain exports was
# reached between")
JOINT = frozenset({"AGREE"})  # acts whose parties a "between" phrase names (all of them act)
RECIPROCAL = frozenset({"ASSAULT"})  # noun acts done by each party to the other when their entry is done 'with' one


def between_parties(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """"An agreement between A and B was signed", "a deal was struck between A and B": an agreement named as a noun
    or in the passive (no subject of its own) has the parties named after "between" in its clause as its actors
    (`agent_span`), when the clause says it was made (a participle of `concluded_participles` after "be", or the
    act's own passive verb); a clause word ends the reach. So for a reciprocal noun act ('clashes broke out between A
    and B troops', 'fighting between A and B forces': an assault noun whose entry takes "between"), which the news
    reports as done: each party fights the other, so all act and none only receives, as the manual codes a
    reciprocal event (en36)."""
    reciprocal = reciprocal_noun(toks, hit)
    if not reciprocal and (hit.type not in JOINT or not (hit.nominal or hit.data.get("passive"))):
        return None
    j, made, span = hit.data["token"] + 1, reciprocal or bool(hit.data.get("passive")), None
    while j < len(toks) and j - hit.data["token"] <= BETWEEN_REACH:
        t = toks[j]
        if not t.word or t.low in cues.clause_breaks and t.low != "and" or t.low in cues.relative:
            break
        made = made or t.low in cues.concluded_participles and toks[j - 1].low in cues.be
        if t.low == "between":
            start = k = j + 1
            while k < len(toks) and k - start < AGENT_WORDS and toks[k].word \
                    and (toks[k].low == "and" or toks[k].low not in cues.clause_breaks) \
                    and toks[k].low not in cues.be and toks[k].low not in cues.date_words \
                    and (toks[k].low not in cues.prepositions or toks[k].low == "of"):
                k += 1
            span = (toks[start].start, toks[k - 1].end) if k > start else None
            j = k
            continue
        j += 1
    return span if made else None  # a standing agreement ('the agreement between A and B expired') is no act


def reciprocal_noun(toks: list[Token], hit: ActHit) -> bool:
    """An assault named as a noun or a gerund ('clashes', 'a skirmish', 'heavy fighting broke out') of an entry done
    with or between parties ('clash with', 'fight with'): what is done to one another, whose 'between' names all
    its parties."""
    return hit.type in RECIPROCAL and bool({"with", "between"} & set(hit.target)) \
        and (hit.nominal or toks[hit.data["token"]].low.endswith("ing"))


def judged_agents(hits: list[ActHit]) -> list[ActHit]:
    """"The Colombian government condemned an attack by the ELN": a condemnation of a noun act (`judged_act`) is
    aimed at that act's agent; the agent's span goes with it (`judged_agent`), so the pipeline can read a group of
    the condemner's own state there as the part of the state receiving it, and it is the first target span, so a
    state named there beats the victim's named before it ("the killing of a Senegalese fisherman by X")."""
    out = list(hits)
    for n, h in enumerate(hits):
        if h.data.get("judged_act"):
            judged = next((o for o in hits[n + 1:] if o.nominal and o.start >= h.end), None)
            if judged is not None and judged.data.get("agent_span"):
                agent = judged.data["agent_span"]  # also the first target: 'condemned the killing of a Senegalese
                # fisherman by Mauritanian coast guards' accuses the killers' state, not the victim's
                out[n] = replace(h, data=dict(h.data, judged_agent=agent,
                                              target_spans=(agent, *h.data.get("target_spans", ()))))
    return out


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
    makes it hearsay ("alleged"), no clause word."""
    return agent_after(toks, hit.data.get("end_token", hit.data["token"]), cues, acts, hit.type in GIVEN)


def agent_after(toks: list[Token], end: int, cues: Cues, acts: set[int], given: bool = False) -> tuple[int, int] | None:
    """The agent after "by" (or "from", for a thing `given`) past the target phrase of the noun ending at token
    `end` (see `agent_span`)."""
    j, words = end + 1, 0
    while j < len(toks) and words < AGENT_REACH:
        t = toks[j]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.relative or t.low in cues.be \
                or t.low in cues.adjectival or j in acts:
            return None
        if t.low == "by" or t.low == "from" and given:
            start = k = j + 1
            while k < len(toks) and k - start < AGENT_WORDS and in_agent_phrase(toks[k], cues):
                k += 1
            return (toks[start].start, toks[k - 1].end) if k > start else None
        words += 1
        j += 1
    return None


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


def received_aid(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"Kenya received $50 million in aid from Japan", "Sudan has received food aid": aid named as the object
    of a verb of receiving (`receipt_verbs`), or a verb of receiving that is itself the aid entry's trigger
    ("received a shipment of vaccines from X", "received a loan"), reaches the subject of that verb; its giver stands after "from"
    (the agent reader, for a noun or a verb). The subject's span goes first in `target_spans`."""
    out = []
    for h in hits:
        k = h.data["token"] - 1
        if h.type == "AID" and toks[k + 1].low in cues.receipt_verbs \
                and (given_from(toks, h, cues) or h.lemma in RECEIVING_LEMMAS):
            k += 1  # "received a shipment of vaccines from X", "received a loan": the verb of receiving is the trigger
        elif h.type == "AID" and not h.negated:
            while k >= 0 and h.data["token"] - k <= RECEIPT_REACH and toks[k].word \
                    and toks[k].low not in cues.receipt_verbs and toks[k].low not in cues.clause_breaks:
                k -= 1
        if h.type != "AID" or h.negated or k < 1 or toks[k].low not in cues.receipt_verbs:
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


APPEALS = frozenset({"REQUEST", "THREATEN"})  # verbal acts whose addressee the news may leave to its context
ANSWERING = frozenset({"ACCUSE", "REJECT"})  # 'condemned the launch', 'rejected the accusations': the acts just reported


def unaddressed_appeals(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Mark each appeal or warning stated by a verb whose addressee slot is empty ("called for restraint",
    "warned that it would retaliate", "warned of consequences") or names no party ("called on all
    parties", "urged restraint"): `data["unaddressed"]`, with the subject of a cause clause after it as
    its target span ("fired warning shots after North Korean soldiers crossed the line"). The pipeline
    takes the states named there, else addresses it to the other side of the acts just reported; an
    addressee named by a noun the pipeline cannot read as a state ("urged residents to") leaves it
    unmarked, and it stays without a receiving side (no event)."""
    out = []
    for h in hits:
        if led_compound_before(toks, h.data["token"]):
            out.append(h)  # "a U.S.-led push for sanctions": a noun, whose author is named
            continue
        if felt_over_deed(toks, h, cues):  # the topic names no one: the deed just told is answered
            h = replace(h, data={k: v for k, v in h.data.items() if k != "target_spans"})
        appeal = h.type in APPEALS and not h.nominal and not h.negated and not h.data.get("target_spans")
        asked = (for_addressee(toks, h, hits, cues) or restrained_parties(toks, h, cues)) if appeal else None
        if asked:  # "called for X to withdraw", "called for X's withdrawal": X is the one asked
            h = replace(h, data=dict(h.data, target_spans=(asked,)))
        open_act = not h.nominal and not h.negated and not h.data.get("target_spans") and not planned_appeal(h)
        felt = h.nominal and h.type == "ACCUSE" and not h.negated and h.status == "occurred" \
            and not h.data.get("unaddressed")  # 'was concerned about the pact', 'had concerns over the launch'
        noun = answered_noun(toks, h, cues) if (open_act or felt) and h.type in ANSWERING else None
        open_act = open_act or felt and noun is not None  # (en39) a stated feeling answers its act noun too
        if open_act and (h.type in APPEALS and not_addressed(toks, h, cues) or noun is not None):
            cause = (answered_doer(toks, h, cues) if noun is not None else None) \
                or cause_subject(toks, h.data.get("end_token", h.data["token"]) + 1, cues)  # en36: 'condemned the
            # strike on X, carried out by Y': Y's strike
            answers = {"answers": True, **answered_kind(noun, cues)} if h.type == "ACCUSE" else {}
            # "condemned the launch": the last launcher (`judged_kinds`: the last launch, not the drills after it)
            h = replace(h, data=dict(h.data, unaddressed=True, **answers,
                                     **({"target_spans": (cause,)} if cause else {})))
        elif h.type in APPEALS and not h.nominal and not h.negated:
            named = addressee_span(toks, h, cues)
            if named:  # "urged China to ... during his summit with Xi": the one urged, even a meeting's party
                h = replace(h, data=dict(h.data, target_spans=(named, *h.data.get("target_spans", ()))))
        out.append(h)
    return out


def felt_over_deed(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(unsc44) A feeling voiced over an unowned deed noun ('expressed concern over the launch', 'voiced regret over the
    veto'): its entry's target preposition points at the deed, which names no state; the act answers the deed the
    story told, as 'condemned the launch' does, instead of a target that names no one. Read here, before the answers
    are marked, for an entry that spells its feeling as its object; `act_referred.targeted_deed` reads the same
    phrase later for the judgements that reach it otherwise ('calling the ban unjustified')."""
    return hit.type == "ACCUSE" and not hit.nominal and not hit.negated and hit.data.get("object_token") is not None \
        and deed_topic(toks, hit, cues) is not None


def deed_topic(toks: list[Token], hit: ActHit, cues: Cues) -> str | None:
    """The deed noun (lower case) that the hit's first target phrase is about when that phrase names no one: 'over
    the veto', 'over the latest launch', or a deed named in the judge's words ('over what X called "a rehearsal"',
    `named_deed`: its opening word). None with no target phrase, or at a name, a preposition or a clause word first
    ("Russia's veto", 'over the seizure by Peru' is read through its doer elsewhere)."""
    spans = hit.data.get("target_spans") or ()
    if not spans:
        return None
    lo, hi = spans[0]
    first = next((k for k, t in enumerate(toks) if t.start >= lo), None)
    if first is None or toks[first].start >= hi:
        return None
    return toks[first].low if named_deed(toks, first, cues) else deed_at(toks, first, hi, cues)


def deed_at(toks: list[Token], j: int, hi: int, cues: Cues) -> str | None:
    """The deed noun (lower case) of the lower-case phrase from token `j` ('the veto', 'the latest launch'), within
    the span ending at `hi`; None at a name, a preposition or a clause word first."""
    for k in range(j, min(len(toks), j + ANSWERED_REACH)):
        t = toks[k]
        if t.start >= hi or not t.word or t.raw[:1].isupper() or t.low in cues.prepositions \
                or t.low in cues.clause_breaks:
            return None
        if t.low in cues.answered_acts or t.low in cues.deed_nouns:
            return t.low
    return None


def planned_appeal(hit: ActHit) -> bool:
    """"said it would call for restraint", "will urge restraint": an appeal still to be made that names no one
    answers no act yet (a statement still to be made is no statement): it takes no addressee from the news
    around it and stays without a receiving side (no event)."""
    return hit.type == "REQUEST" and hit.status != "occurred"


def addressee_span(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The noun phrase in an appeal's or warning's addressee slot (its object, or after a particle it
    names as target: "called on X to"), up to an infinitive, a preposition or a clause word."""
    particles = hit.lemma.split()[1:]
    if "object" not in hit.target and not any(p in hit.target for p in particles):
        return None
    j = skip_adverbs(toks, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    if j >= len(toks) or not toks[j].word or toks[j].low in cues.prepositions or toks[j].low in cues.infinitive \
            or toks[j].low in cues.relative or toks[j].low in cues.date_words:
        return None
    return phrase_after(toks, j - 1, cues)


QUOTES = frozenset({'"', "\u201d", "\u2019", "'"})  # closing quotes around a quoted feeling
ANSWERED_REACH = 4  # words of a condemnation's object up to its act noun ("the latest missile launch")


def answered_noun(toks: list[Token], hit: ActHit, cues: Cues) -> str | None:
    """"condemned the launch", "denounced the latest provocation": the object right after the verb is an
    act noun (`answered_acts`) with no name before it (no author: "North Korea's launch" names one); read from the
    verb, so an entry that spells its object ("reject criticism": "rejected the criticism") answers it too. The
    noun (lower case), or None. A closing quote and the entry's own target preposition may come first ('had "grave
    concerns" about the pact', en39)."""
    found = answered_from(toks, hit, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    if found is None and hit.data.get("object_token") is not None:  # (unsc44) 'voiced regret over the veto'
        found = answered_from(toks, hit, hit.data.get("end_token", hit.data["token"]) + 1, cues)
    return found


def answered_from(toks: list[Token], hit: ActHit, start: int, cues: Cues) -> str | None:
    """`answered_noun` read from token `start`: after the verb, or after the feeling noun an entry spells as its
    object ('expressed concern over the launch', 'voiced regret over the veto': the feeling's topic is the deed)."""
    j = skip_adverbs(toks, start, cues)
    while j < len(toks) and toks[j].raw in QUOTES:
        j += 1
    if j < len(toks) and toks[j].low in hit.target and toks[j].low in cues.prepositions:
        j += 1
    if named_deed(toks, j, cues):
        return toks[j].low  # 'condemned what it called "an act of war"': the deed just told, named in the judge's words
    for k in range(j, min(len(toks), j + ANSWERED_REACH)):
        t = toks[k]
        if not t.word or t.raw[:1].isupper() or t.low in cues.prepositions or t.low in cues.clause_breaks:
            return None
        if t.low in cues.answered_acts or t.low in cues.deed_nouns:  # refer42: the lexicon's deed nouns ('the veto')
            return t.low
    return None


NAMING_REACH = 3  # words from 'what' to its naming verb: 'what the ministry called', 'what Pakistan's army termed'


def named_deed(toks: list[Token], j: int, cues: Cues) -> bool:
    """(en39) The object at token `j` is a free relative naming a deed in the judge's words ('condemned what he
    called "a heinous act of war"', 'denounced what it termed a provocation'): `free_relative_openers`, then a naming
    verb (`free_relative_naming`) within `NAMING_REACH` words; it names no author, so it answers the deed just told,
    as 'condemned the attack' does."""
    if j >= len(toks) or toks[j].low not in cues.free_relative_openers:
        return False
    return any(toks[k].low in cues.free_relative_naming for k in range(j + 1, min(len(toks), j + 1 + NAMING_REACH)))


def answered_doer(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The doer named after the answered act noun's target phrase ('condemned the strike on the town by X', '...,
    carried out by X', '..., which it blamed on X'): the character span of its phrase, else None."""
    j = skip_adverbs(toks, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    k = next((k for k in range(j, min(len(toks), j + ANSWERED_REACH))
              if toks[k].low in cues.answered_acts or toks[k].low in cues.deed_nouns), None)
    if k is None:
        return None
    return agent_after(toks, k, cues, set()) or ascribed_agent(toks, k, cues, AGENT_WORDS, in_agent_phrase)


def answered_kind(noun: str | None, cues: Cues) -> dict:
    """The kind of force the answered act noun names ("condemned the launch": MOBILIZE weapons; "the shelling":
    ASSAULT, any mode), as `judged_kinds` for the pipeline (pipeline/act_recipients.judged_offender); none for
    another answered noun ("the decision")."""
    kind = (cues.answered_kinds.get(noun) or cues.deed_nouns.get(noun)) if noun else None
    if not kind:
        return {}
    kind_type, _, mode = kind.partition("/")
    return {"judged_kinds": [(kind_type, mode or None)]}


def cause_subject(toks: list[Token], j: int, cues: Cues) -> tuple[int, int] | None:
    """The subject of the first cause clause ("after X fired", "following X's launch") from token j to the
    end of the sentence part (no ';' or ':'), up to its verb."""
    for k in range(j, len(toks)):
        if toks[k].low in (";", ":"):
            return None
        if toks[k].low in cues.cause_openers:
            start = end = k + 1
            while end < len(toks) and (toks[end].low in cues.quantity_words or toks[end].low[:1].isdigit()):
                end += 1  # "after about 20 North Korean soldiers crossed"
            while end < len(toks) and end - start < AGENT_WORDS and in_agent_phrase(toks[end], cues):
                end += 1
            return (toks[start].start, toks[end - 1].end) if end > start else None
    return None


SUBJECT_OF_INFINITIVE = 6  # words of "for X to": the one asked to act ("called for the two countries to")
GENITIVE = "'s"


def for_addressee(toks: list[Token], hit: ActHit, hits: list[ActHit], cues: Cues) -> tuple[int, int] | None:
    """"called for Chile to release the sailors", "called for Chile's withdrawal": an appeal whose entry has
    no addressee slot ("call for") asks the first noun phrase after its "for" when that phrase is the
    subject of an infinitive or the owner (genitive) of an act noun the finder read; the span is that
    phrase only. A name deeper in what is asked for ("called for calm at a summit hosted by X", "called
    for an inquiry into X's conduct") is no addressee: the phrase ends at any preposition but "of" or
    a clause word, and nothing past it is read."""
    particles = hit.lemma.split()[1:]
    if "object" in hit.target or any(p in hit.target for p in particles):
        return None  # an entry with a slot: `addressee_span` reads it
    j = skip_adverbs(toks, hit.data.get("end_token", hit.data["token"]) + 1, cues)
    j += j < len(toks) and toks[j].low == "for"  # "stressed the need for X to"
    if j >= len(toks) or toks[j - 1].low != "for":
        return None
    acts = {h.data["token"] for h in hits if h.nominal}
    k = j
    while k < len(toks) and k - j < SUBJECT_OF_INFINITIVE and toks[k].word:
        t = toks[k]
        if t.low in cues.infinitive:
            return (toks[j].start, toks[k - 1].end) if k > j and k + 1 < len(toks) and toks[k + 1].word else None
        if t.low in cues.relative or t.low in cues.clause_breaks and not joins_names(toks, k) \
                or t.low in cues.prepositions and t.low != "of":
            return None
        if t.low.endswith(GENITIVE) and any(k < a <= k + OWNER_GAP + 1 for a in acts):
            return toks[j].start, t.end  # "for Chile's immediate withdrawal"
        k += 1
    return None


RESTRAINT_REACH = 3  # words of what is asked before its "by" ("called for maximum military restraint by X")
RESTRAINED_BY = frozenset({"by", "from"})  # "restraint by X and Y", "urged restraint from both X and Y"


def restrained_parties(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """"called for restraint by X and Y", "urged calm from both X and Y": an appeal whose content is a word of
    `unaddressed_objects` (restraint, calm, caution, with its degree words) asks the parties after "by" or "from",
    who must never be read as its agent. The span of that phrase, unless it names no party itself ("by all sides":
    left to the unaddressed reading, the sides of the latest conflict)."""
    j = skip_adverbs(toks, hit.data.get("end_token", hit.data["token"]) + 1, cues)
    j += j < len(toks) and toks[j].low == "for"  # "called for restraint", "pleaded for calm"
    k, content = j, False
    while k < len(toks) and k - j < RESTRAINT_REACH and toks[k].word and toks[k].low not in RESTRAINED_BY:
        if toks[k].raw[:1].isupper() or toks[k].low in cues.prepositions:
            return None  # "called for a Chinese ...", "restraint at the talks hosted by X"
        content = content or toks[k].low in cues.unaddressed_objects
        k += 1
    if not content or k >= len(toks) or toks[k].low not in RESTRAINED_BY:
        return None
    k += k + 1 < len(toks) and toks[k + 1].low == "both"  # "from both X and Y"
    if names_no_party(toks, k + 1, cues):
        return None
    return phrase_after(toks, k, cues)


def joins_names(toks: list[Token], k: int) -> bool:
    """Token k is an "and" between two capitalized words ("called for Eritrea and Ethiopia to return"): the
    asked phrase names both; an "and" before a verb or a lower-case word ends it."""
    return toks[k].low == "and" and 0 < k < len(toks) - 1 and toks[k - 1].raw[:1].isupper() \
        and toks[k + 1].raw[:1].isupper()


def not_addressed(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """The entry's addressee slot (its object, or a particle it names as target: "call on") holds no noun
    phrase, or one headed by a word of `unaddressed_objects`; an entry with no such slot ("call for") is
    addressed only by the subject of an infinitive after it ("called for the two countries to ...")."""
    particles = hit.lemma.split()[1:]
    j = skip_adverbs(toks, hit.data.get("head_end", hit.data["token"]) + 1, cues)
    if "object" not in hit.target and not any(p in hit.target for p in particles):
        j = skip_adverbs(toks, hit.data.get("end_token", hit.data["token"]) + 1, cues)  # past a required object
        j += j < len(toks) and toks[j].low == "for"  # "stressed the need for X to (act)"
        k = j  # "called for restraint": what follows is the content, unless it is "X to (act)"
        while k < len(toks) and k - j < SUBJECT_OF_INFINITIVE and toks[k].word and toks[k].low not in cues.infinitive:
            k += 1
        return not (j < k < len(toks) and toks[k].low in cues.infinitive) or names_no_party(toks, j, cues)
    if j < len(toks) and (toks[j].low in cues.infinitive or toks[j].low in cues.relative):
        start = j + 1
        if hit.type == "THREATEN" and toks[j].low not in cues.infinitive:
            start = past_acting_subject(toks, start, cues)  # "warned that Moscow would respond": the threatener
        return not names_in_complement(toks, start, cues)  # "threatened to attack Chile": Chile is aimed at
    if j >= len(toks) or not toks[j].word or toks[j].low in cues.prepositions or toks[j].low in cues.date_words:
        return True  # "warned of", "warned on Monday"
    return names_no_party(toks, j, cues)


def past_acting_subject(toks: list[Token], j: int, cues: Cues) -> int:
    """Past the complement's subject when a modal follows it ("warned that Moscow would respond with measures",
    "that Tehran could scale back"): in a warning the one who would act is the warner's own side (a side that
    would suffer is read by `consequence_threats`), so it names no addressee. Token j otherwise."""
    k = j
    while k < len(toks) and toks[k].word and toks[k].raw[:1].isupper():
        k += 1
    return k if j < k < len(toks) and (toks[k].low in cues.intent or toks[k].low in cues.prediction_modals) else j


def names_in_complement(toks: list[Token], j: int, cues: Cues) -> bool:
    """A capitalized word (a name) in the complement clause from token j, up to punctuation or a cause
    clause ("warned that it would retaliate" names none; "demanded that Uruguay withdraw" does)."""
    for t in toks[j:]:
        if not t.word or t.low in cues.cause_openers:
            return False
        if t.raw[:1].isupper():
            return True
    return False


def names_no_party(toks: list[Token], j: int, cues: Cues) -> bool:
    """The noun phrase at token j is headed (past its determiners) by a word of `unaddressed_objects`."""
    while j < len(toks) and toks[j].word and is_determiner(toks[j].low, cues) \
            and toks[j].low not in cues.unaddressed_objects:
        j += 1
    return j < len(toks) and toks[j].low in cues.unaddressed_objects


def pledged_targets(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """'pledged to supply Ukraine with missiles', 'vowed to send troops to Chile': a pledge names no party of
    its own; the act it governs (`complement`: the word after that act's verb) names whom it would reach, as
    its own target phrase or as the words between its verb and its object ('supply Ukraine with ...')."""
    out = []
    for h in hits:
        comp = h.data.get("complement")
        governed = next((g for g in hits if g is not h and g.start < comp <= g.end), None) if comp is not None else None
        if governed is None or h.data.get("target_spans"):
            out.append(h)
            continue
        spans = governed.data.get("target_spans") or between_verb_and_object(toks, governed)
        stated = h.data.get("stated_type") or governed.data.get("stated_type", governed.type)  # what is promised
        out.append(replace(h, data={**h.data, "target_spans": tuple(spans), "stated_type": stated}) if spans else h)
    return out


def between_verb_and_object(toks: list[Token], hit: ActHit) -> tuple[tuple[int, int], ...]:
    """'supply Ukraine with missiles': the character span of the words between a verb and its required object."""
    first, last = hit.data.get("head_end", hit.data["token"]) + 1, hit.data.get("object_token")
    return ((toks[first].start, toks[last - 1].end),) if last is not None and first < last else ()



def opposed_measures(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"Germany opposed new sanctions on Iran", "vetoed an arms embargo against X": a refusal of a measure
    (a noun act of an imposed type, `imposed_types`, that the refusal governs) is no act on the measure's target;
    by the manual a REJECT is aimed at whoever proposed what it rejects, and the target of the measure is neither.
    The measure's target spans go with the refusal (`not_recipient_spans`) so the pipeline never takes a state
    named there for its receiving side; an owner named before the measure ("Washington's sanctions") still is."""
    out = list(hits)
    for n, h in enumerate(hits):
        if h.type != "REJECT" or h.nominal:
            continue
        end = h.data.get("end_token", h.data["token"])
        if h.data.get("object", "").split()[-1:] and h.data["object"].split()[-1] in cues.measure_nouns:
            # "blocked the sanctions package against X": the measure is its object
            span = measure_target(toks, end, cues)
            if span:
                out[n] = replace(h, data={**h.data, "not_recipient_spans": (span,)})
            continue
        for other in hits[n + 1:]:
            k = other.data["token"]
            if any(not t.word or t.low in cues.clause_breaks for t in toks[end + 1:k]) or k - end > cues.window + 2:
                break  # the measure must stand in the refusal's own object
            if other.nominal and other.type in cues.imposed_types and other.data.get("modality") == "governed":
                spans = other.data.get("target_spans", ())
                if spans:
                    out[n] = replace(h, data={**h.data, "not_recipient_spans": tuple(spans)})
                break
    return out


def measure_target(toks: list[Token], end: int, cues: Cues) -> tuple[int, int] | None:
    """The phrase after the "on"/"against" that follows a measure noun ending at token `end`, within two words."""
    for k in range(end + 1, min(len(toks), end + 3)):
        if not toks[k].word:
            return None
        if toks[k].low in ("on", "against"):
            return phrase_after(toks, k, cues)
    return None
