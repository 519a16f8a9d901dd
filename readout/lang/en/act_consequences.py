"""Threats stated as what another side will suffer: "X will pay the price", "X will regret it", "X would face
consequences", said by a speaker before or after the words.

Why a reader of its own: the threatened side is the grammatical subject of these words, and the one who
threatens (PLOVER THREATEN: "a statement of intent to take a negative action against another actor") is the
speaker, who may stand before them ("Belarus said Lithuania will pay") or after a quote or a comma
("'Lithuania will pay the price,' the minister said"). Read by position, the subject would act. So the reader
finds a future auxiliary followed by a verb of suffering with its object (`consequence_verbs`,
`consequence_objects`) or a bare one (`consequence_bare`: "regret"), takes the words before the auxiliary as
the threatened party (a name, never the speaker's own pronoun), and the speaker from the reporting verb before
(its subject acts, as for a reported "must") or from the reporting frame after (`trailing_speaker`: its words
are the agent, `agent_span`). The lexicon's own bare reading of the words ("pay the price", no one threatened)
is the complement of this one and is dropped.

The deed named after "for" ("will pay a price for the incursion") is what the side is punished for, no act planned
(`penalized_deeds`). "X paid a high price" (no future), "X will not regret" (negated) and "we will pay the price" (the speaker's
own side) threaten no one.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_obligations import reporting_before
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import LOW, Token
from readout.lang.en.act_near_words import skip_adverbs

PARTY_REACH = 6  # words of the threatened party before its auxiliary ("the government in Vilnius")
OBJECT_REACH = 4  # words from the verb of suffering to its object ("pay a very heavy price")
FRAME_REACH = 10  # words of a trailing reporting frame (", the country's deputy foreign minister said")
QUOTE_MARKS = frozenset('"“”')
PARTY_OPENERS = frozenset({"that", ",", '"', "“", "”"})  # where the party's words begin, going back


def consequence_threats(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """One THREATEN per "X will pay/regret/face ..." that names X and a speaker (see the module docstring)."""
    if cues.future_auxiliaries.isdisjoint(map(LOW, toks)):
        return []
    out: list[ActHit] = []
    for a, t in enumerate(toks):
        if t.low not in cues.future_auxiliaries:
            continue
        k = skip_adverbs(toks, a + 1, cues)
        if k >= len(toks) or toks[k - 1].low in cues.negation or not suffering(toks, k, cues):
            continue
        party = party_start(toks, a, cues)
        aggressor = party is None and (party := aggressor_start(toks, a, cues)) is not None
        if party is None:
            continue
        data = {"token": k, "end_token": k, "complement": toks[k].start,
                "content_starts": penalized_deeds(toks, k, hits, cues), **({"unaddressed": True} if aggressor else {})}
        said = reporting_before(toks, party, cues)
        if said is not None and not any(h.type == "THREATEN" and said <= h.data["token"] < party for h in hits):
            first = said  # "Belarus said Lithuania will pay": the trigger spans the reporting verb, as for "must"
            data.update(token=said)
        elif said is None and (frame := trailing_speaker(toks, cues)) is not None:
            first = k  # "'Lithuania will pay,' the minister said": the frame's words are the agent
            data.update(agent_span=frame, **({} if aggressor else {"target_spans": ((toks[party].start, toks[a].start),)}))
        else:
            continue  # "warned that X will pay": the warning is the threat; no speaker named: no one threatens
        out.append(ActHit(toks[first].start, toks[k].end, "THREATEN", None, toks[k].low, ("object",), False, False,
                          "occurred", False, (), data))
    return out


DEED_REACH = 6  # words from "for" to the act noun it names ("for its repeated incursion")


def penalized_deeds(toks: list[Token], k: int, hits: list[ActHit], cues: Cues) -> tuple[int, ...]:
    """(en43) The starts of the noun acts a "for" phrase after the verb of suffering names ("will pay a heavy price
    for the incursion"): the deed the threatened side is punished for, done or told, not an act intended under
    the future auxiliary; naming it as the threat's content keeps it from being read as a planned act of its own."""
    nouns = {h.data["token"]: h.start for h in hits if h.nominal}
    end = min(len(toks), k + 1 + OBJECT_REACH + DEED_REACH)
    for f in range(k + 1, end):
        if not toks[f].word or toks[f].low in cues.clause_breaks:
            return ()
        if toks[f].low == "for":
            return tuple(nouns[j] for j in range(f + 1, min(len(toks), f + 1 + DEED_REACH)) if j in nouns)[:1]
    return ()


def suffering(toks: list[Token], k: int, cues: Cues) -> bool:
    """Whether token k opens a verb of suffering: a bare one ("regret"), or one with its object near ("pay a
    heavy price", "face serious consequences")."""
    low = toks[k].low
    if low in cues.copulas and k + 1 < len(toks) and toks[k + 1].low in cues.consequence_verbs:
        k, low = k + 1, toks[k + 1].low  # acts47: 'would be making a big mistake': the progressive says the same
    if low in cues.consequence_bare:
        return True
    return low in cues.consequence_verbs and any(
        toks[j].low in cues.consequence_objects for j in range(k + 1, min(len(toks), k + 1 + OBJECT_REACH)))


def party_start(toks: list[Token], a: int, cues: Cues) -> int | None:
    """The first token of the threatened party before the auxiliary at `a`: the words back to a "that", a comma,
    a quote mark, a reporting verb or the sentence start, when they hold a capitalized name and do not open with
    the speaker's own pronoun. A future auxiliary before a modal phrase ('X will have to') is no word of the party."""
    while a > 1 and toks[a - 1].low in cues.intent:
        a -= 1
    j = a
    while j > 0 and a - j < PARTY_REACH and toks[j - 1].low not in PARTY_OPENERS and toks[j - 1].low not in cues.reporting:
        j -= 1
    if j == a or toks[j].low in cues.speaker_pronouns or toks[j].low in cues.relative:
        return None
    if j > 0 and a - j >= PARTY_REACH and toks[j - 1].low not in PARTY_OPENERS and toks[j - 1].low not in cues.reporting:
        return None  # the clause runs on past the reach: not a party of its own
    named = any(toks[p].raw[:1].isupper() and toks[p].word for p in range(j, a))
    return j if named and not people_party(toks, j, a, cues) else None


def aggressor_start(toks: list[Token], a: int, cues: Cues) -> int | None:
    """(threat61) The first token of a hostile side named by what it does before the auxiliary at `a` ('the
    aggressors', 'any attacker'; cue aggressor_nouns): a party no name gives, whom the story implies. The words back to
    a "that", a comma, a quote mark or a reporting verb, their last word the noun."""
    while a > 1 and toks[a - 1].low in cues.intent:
        a -= 1
    if a < 1 or toks[a - 1].low not in cues.aggressor_nouns:
        return None
    j = a - 1
    while j > 0 and a - j < PARTY_REACH and toks[j - 1].word and toks[j - 1].low not in PARTY_OPENERS \
            and toks[j - 1].low not in cues.reporting and toks[j - 1].raw.islower():
        j -= 1
    return None if toks[j].low in cues.speaker_pronouns else j


def people_party(toks: list[Token], j: int, a: int, cues: Cues) -> bool:
    """Whether the party in tokens j..a-1 is headed by a people noun ("Farmers in Kenya will pay a heavy price":
    a forecast of hardship, no threat) or by a common noun that names no one ("the economy"): the head is the
    last word before a preposition; a name or an office noun ("the government in Vilnius") is a side."""
    head = next((p - 1 for p in range(j + 1, a) if toks[p].low in cues.prepositions), a - 1)
    low = toks[head].low
    if low in cues.office_nouns:
        return False
    return low in cues.domestic_actors or toks[head].raw.islower()


def trailing_speaker(toks: list[Token], cues: Cues, verbs: frozenset[str] | None = None) -> tuple[int, int] | None:
    """The character span of a reporting frame that closes the sentence after a comma (and a quote mark):
    ", the minister said", ',” said the ministry', ', Belarus said on Tuesday'. None without one. `verbs`: the frame's
    verbs when not only the reporting ones (acts60: a guess's frame, ', analysts warned')."""
    verbs = cues.reporting if verbs is None else verbs
    end = len(toks) - 1 if toks and not toks[-1].word else len(toks)
    while end > 0 and toks[end - 1].raw in QUOTE_MARKS:
        end -= 1
    for c in range(end - 1, max(end - FRAME_REACH - ADJUNCT_REACH - 2, 0), -1):
        if toks[c].low == ",":
            first = c + 1 + (c + 1 < end and toks[c + 1].raw in QUOTE_MARKS)
            words = [t.low for t in toks[first:end]]
            if first < end and any(w in verbs for w in words) and ("," not in words):
                if len(words) <= FRAME_REACH:
                    return toks[first].start, toks[end - 1].end
                return speaker_up_to_verb(toks, first, end, verbs)
            return None
    return None


ADJUNCT_REACH = 8  # words after a trailing frame's reporting verb ('said at the close of the two-day meeting')


def speaker_up_to_verb(toks: list[Token], first: int, end: int, verbs: frozenset[str]) -> tuple[int, int] | None:
    """(en39) A trailing frame longer than `FRAME_REACH` because an adjunct follows its verb ('," Peruvian President X
    said at the close of the meeting'): the speaker and verb, up to the first reporting word within `FRAME_REACH`
    words, are the frame (the adjunct's meeting or place names no speaker); None where no reporting word is there."""
    verb = next((k for k in range(first, min(end, first + FRAME_REACH)) if toks[k].low in verbs), None)
    return (toks[first].start, toks[verb].end) if verb is not None and verb > first else None


def spoken_after(toks: list[Token], requests: list[ActHit], cues: Cues) -> list[ActHit]:
    """'"Sudan must return the helicopter," Russia said': a reported "must" or hope with no reporting verb before
    it (its trigger starts at the modal or the hope word) whose speaker stands in a trailing reporting frame: the
    frame's words are the agent, the words before the modal the one asked (read by position, the one asked
    would act)."""
    if not any(r.data.get("deontic") and reporting_before(toks, r.data["token"], cues) is None for r in requests):
        return requests
    frame = trailing_speaker(toks, cues)
    if frame is None:
        return requests
    out = []
    for r in requests:
        i = r.data["token"]
        asked = r.data.get("deontic") and r.lemma not in cues.hope_words  # a hope names its party after it
        party = party_start(toks, i, cues) if asked and reporting_before(toks, i, cues) is None else None
        if party is not None and "agent_span" not in r.data:
            r = ActHit(r.start, r.end, r.type, r.mode, r.lemma, r.target, r.nominal, r.negated, r.status, r.generic,
                       r.contexts, {**r.data, "agent_span": frame, "target_spans": ((toks[party].start, toks[i].start),)})
        out.append(r)
    return out
