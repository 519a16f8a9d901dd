"""(encoup49, issue 15) A leader ousted or removed by armed men: 'officers ousted the president', 'Malian soldiers
removed the prime minister', 'the junta ousted the civilian government'. Soldiers taking a leader out of office is a
coup (CAMEO 180 overthrow -> ASSAULT, pro_autocracy), as coup48's 'deposed the president' and Korean '장교들이
대통령을 축출했다' (lang/ko/act_armed_ousters) read; lawmakers, voters or a president ousting or removing a leader is
a vote or an appointment, no force. So the lexicon's oust/remove + leader entries (en additions) hold only under a
subject of armed men: a noun the agents table gives an armed sector (`ARMED_NOUN_SECTORS`: soldiers, generals, the
army, rebels) or one of the cue `coup_doer_nouns` it gives none ('officers', 'the junta'). The coup-noun entries
('ousted X in a coup') need no such subject: the coup names the force. (coups50) So does a passive coup whose
means is a coup named after the verb ('was overthrown in a military coup', `coup_passive`); the cue's doers act as
soldiers for every coup verb ('officers toppled the government'); a passive coup's subject is the soldiers' own
government (`ousted_leader`).

Why a module of its own: the matcher reads a verb and its object; whose subject it is is read here, after it.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_clause import passive_subject
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_near_words import previous_word
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_work_strikes import subject_head
from readout.lang.en.agents import sector_of
from readout.sectors import ARMED_NOUN_SECTORS

OUSTER_LEMMAS = frozenset({"oust", "remove"})  # the verbs whose leader objects need armed doers (en additions)
COUP = "pro_autocracy"  # the context the ouster entries state
PHRASE_WORDS = 2  # the longest subject phrase read in the agents table ('army officers')
GOVERNMENT = "GOV"  # the sector of the leader a coup ousts
COUP_DOERS = "MIL"  # the sector of the cue's doers: officers and a junta oust a leader as soldiers


def armed_ousters(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without an ouster of a leader (`OUSTER_LEMMAS`, the coup context, a leader object) whose subject is
    not armed men, and with those whose subject the agents table gives no sector ('officers', 'the junta') acting as
    their state's soldiers (`acting_sector` MIL: the part of the state that acts on its government); the coup-noun
    entries ('ousted X in a coup') and every other hit kept as they are."""
    out = []
    for h in hits:
        if h.lemma in OUSTER_LEMMAS and COUP in h.contexts and not h.nominal \
                and h.data.get("object") not in cues.coup_nouns:
            armed = passive_armed_agent(toks, h, cues) if h.data.get("passive") \
                else armed_subject(toks, h.data["token"], cues)
            if armed is None and (coup := coup_passive(toks, h, cues)) is not None:
                out.append(coup)  # coups50: 'the president was ousted in a coup': the coup named is the doers
                continue
            if armed is None:
                continue
            h = replace(h, data={**h.data, "acting_sector": armed,
                                 "people_subject": h.data.get("people_subject", armed), **ousted_leader(h)})
        elif COUP in h.contexts and h.data.get("passive") and "people_subject" not in h.data \
                and (armed := passive_armed_agent(toks, h, cues)):
            h = replace(h, data={**h.data, "agent_sector": armed, "people_subject": armed, **ousted_leader(h)})
            # encoup49b: 'was deposed by officers': armed men act, as the active's subject
        elif COUP in h.contexts and h.data.get("passive") and "people_subject" not in h.data:
            h = coup_passive(toks, h, cues) or h  # coups50: 'was overthrown in a military coup'
        elif COUP in h.contexts and not h.nominal and "people_subject" not in h.data \
                and armed_subject(toks, h.data["token"], cues) == COUP_DOERS:
            h = replace(h, data={**h.data, "acting_sector": COUP_DOERS, "people_subject": COUP_DOERS})  # coups50:
            # 'Malian officers toppled the government': the cue's doers act as soldiers for every coup verb
        out.append(h)
    return out


COUP_MEANS_REACH = 4  # tokens after the verb where its coup as the means may start ('in a military coup')


def coup_passive(toks: list[Token], h: ActHit, cues: Cues) -> ActHit | None:
    """(coups50) A passive coup with no by-agent whose means is a coup named after the verb ('the president of X was
    overthrown in a military coup', 'was toppled in a putsch'): the coup names its doers, the state's soldiers, so the
    hit is marked `coup_passive` with those soldiers (`COUP_DOERS`) acting and the passive's subject, the leader
    ousted, as its target (pipeline/ousted_states gives both the leader's state); None with no such means ('was
    ousted in an election', 'was removed from office')."""
    if h.data.get("by") is not None or h.nominal:
        return None
    i = h.data["token"]
    after = [t for t in toks[i + 1:i + 1 + COUP_MEANS_REACH] if t.word]
    if not after or after[0].low not in cues.coup_means_prepositions \
            or not any(t.low in cues.coup_means_nouns for t in after[1:]):
        return None
    be = previous_word(toks, h.data["token"], cues)
    subject = passive_subject(toks, be, cues) if be is not None else None
    if subject is None:
        return None
    h = replace(h, data={**h.data, "target_spans": (subject,)})
    return replace(h, data={**h.data, "coup_passive": True, "agent_sector": COUP_DOERS, "people_subject": COUP_DOERS,
                            **ousted_leader(h)})


def ousted_leader(h: ActHit) -> dict:
    """(coups50) For a passive coup, its subject (the leader ousted: the first target span) marked the acting state's
    own government (`domestic_target`, sector GOV), as the active's object is: 'The president was deposed by army
    officers, X's radio said' names no state in the subject, and the soldiers' own government receives it."""
    spans = h.data.get("target_spans", ())
    if not h.data.get("passive") or not spans or h.data.get("domestic_target"):
        return {}
    return {"domestic_target": spans[0], "domestic_sector": GOVERNMENT}


def passive_armed_agent(toks: list[Token], h: ActHit, cues: Cues) -> str | None:
    """(encoup49b) For a passive ouster ('the president was ousted by soldiers'), the sector of its by-agent when it is
    armed men: the armed sector the clause reader gave it (`agent_sector`), or `COUP_DOERS` for a head of
    `coup_doer_nouns` ('by officers'); None with no by-agent ('was ousted from the party', 'ousted in a vote')."""
    by = h.data.get("by")
    if by is None:
        return None
    if h.data.get("agent_sector") in ARMED_NOUN_SECTORS:
        return h.data["agent_sector"]
    heads = [t for t in toks if t.start >= by and t.word][:PHRASE_WORDS + 1]
    if any(t.low in cues.coup_doer_nouns for t in heads):
        return COUP_DOERS
    return next((sector for n in range(len(heads)) for m in (2, 1) if n + m <= len(heads)  # coups50: 'by mutinous
                 and (sector := sector_of(" ".join(t.low for t in heads[n:n + m]))) in ARMED_NOUN_SECTORS), None)
    # troops': an adjective before the armed noun


def armed_subject(toks: list[Token], i: int, cues: Cues) -> str | None:
    """The sector of the subject before the verb at token `i` (`subject_head`, past a state named after 'of') when it
    is armed men: `COUP_DOERS` for a head of `coup_doer_nouns`, else the armed sector the agents table gives its phrase
    of up to `PHRASE_WORDS` words; None for any other subject."""
    j = owner_of(toks, subject_head(toks, i, cues))
    if j < 0 or not toks[j].word:
        return None
    if toks[j].low in cues.coup_doer_nouns:
        return COUP_DOERS
    for n in range(PHRASE_WORDS, 0, -1):
        words = toks[j - n + 1:j + 1] if j - n + 1 >= 0 else []
        if words and all(t.word for t in words) \
                and (sector := sector_of(" ".join(t.low for t in words))) in ARMED_NOUN_SECTORS:
            return sector
    return None


OWNER_PREPOSITION = "of"  # 'the army of Mali': the noun before names the doers, the name their state


def owner_of(toks: list[Token], j: int) -> int:
    """The head before 'of' when the subject's last words are a name after it ('the army of Mali'); else `j`."""
    k = j
    while k >= 0 and toks[k].word and toks[k].raw[:1].isupper():
        k -= 1
    return k - 1 if 1 <= k < j and toks[k].low == OWNER_PREPOSITION else j
