"""Force read from the one it landed on (en22): a passive with a weapon as its agent, and 'came under attack from'.

Why its own module: both classes put the sufferer first and the attacker after a preposition, the reverse of the
active clause the walk reads best.
- 'A clinic in X was hit by a Russian missile', 'a depot was targeted by drones': a verb whose lexicon has a force
  reading only with an object ('hit' alone is a criticism verb, 'target' needs '&military') is that force when its
  passive's 'by' phrase names a weapon (`weapon_agent_reading`); the clause reader then takes the weapon's owner
  as the agent and the passive's subject as the target, as for 'was struck by'.
- 'X came under attack from Y', 'troops came under fire from Z': the noun of force after 'under' is suffered by the
  clause's subject; the one after 'from' did it (`under_attack`: agent and target spans for the pipeline).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_clause import passive_subject
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_matcher import Candidate
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import previous_word

WEAPON_REACH = 6  # words after 'by' (or 'from') where the weapon's noun may stand: 'by Azerbaijani artillery fire'


def weapon_words(cues: Cues) -> frozenset[str]:
    """Every noun the lexicon knows as a weapon or a use of one."""
    return cues.weapon_subjects | frozenset(cues.assault_instruments) | cues.weapon_agent_nouns


def weapon_after(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the phrase from token j names a weapon before its clause or phrase ends ('a Russian missile',
    'mortar rounds fired from X'); a storm, a scandal or sanctions are no weapon."""
    return phrase_names(toks, j, weapon_words(cues), cues)


def phrase_names(toks: list[Token], j: int, words: frozenset[str], cues: Cues) -> bool:
    """Whether one of `words` stands in the phrase from token j, before a clause break or a preposition other than
    'of' ends it (within `WEAPON_REACH` tokens)."""
    for t in toks[j:j + WEAPON_REACH]:
        if not t.word or t.low in cues.clause_breaks or t.low in cues.prepositions and t.low != "of":
            return False
        if t.low in words:
            return True
    return False


def weapon_agent_reading(toks: list[Token], i: int, cands: tuple[Candidate, ...], cues: Cues) -> tuple | None:
    """'was hit by a Russian drone', 'were targeted by rockets': the verb's force reading (the lexicon's own ASSAULT
    entry for the word, or the force reading of a criticism verb) for a passive participle right after a form of
    'be' whose 'by' phrase names a weapon; None otherwise (the walk's refusal stands)."""
    before = previous_word(toks, i, cues)
    by = inserted_by(toks, i + 1, cues) if before is not None and toks[before].low in cues.be else None
    if by is None or not weapon_after(toks, by + 1, cues):
        return None
    force = next((c for c in cands if c.entry.type == "ASSAULT"), None)
    cand = force or next((c for c in cands if c.entry.lemma in cues.criticism_verbs and not c.objects
                          and not c.particle), None)
    if cand is None:
        return None
    reading = type(cand.entry)(**{**cand.entry.__dict__, "type": "ASSAULT", "mode": None,
                                  "contexts": ["military"], "target": ["object"], "particle": None, "objects": []})
    data: dict = {"passive": True, "by": toks[by + 1].start}  # 'hit' is also its base form: the clause reader would not
    subject = passive_subject(toks, before, cues)               # see the participle, so the passive is stated here
    if subject is not None:
        data["target_spans"] = (subject,)
    return replace(cand, entry=reading, rest=(), particle=(), objects={}), i, i, data


INSERT_REACH = 6  # tokens between a participle and its 'by' ('were hit late on Monday by')


def inserted_by(toks: list[Token], j: int, cues: Cues) -> int | None:
    """(enfollow68) The token of the 'by' that opens a passive's agent from token j (right after the participle),
    past an inserted time adverbial ('overnight', 'late on Monday': `adverbs`, `date_words`, `inserted_time_words`,
    numbers); None when anything else stands first, so a 'by' of another phrase ('hit with rockets fired by X') is
    not taken. An aside between commas (', as expected,') is left out: the clause reader ends the clause at its
    comma, and would read the sufferer as the doer."""
    k = j
    while k < len(toks) and k - j < INSERT_REACH:
        t = toks[k]
        if t.low == "by":
            return k if k + 1 < len(toks) else None
        if not t.word or not (t.low in cues.adverbs or t.low.endswith("ly") or t.low in cues.date_words
                              or t.low in cues.inserted_time_words or t.low[:1].isdigit()):
            return None
        k += 1
    return None


def under_attack(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each nominal ASSAULT after 'under' ('came under attack', 'were under fire') with its subject (the words
    before the verb that governs 'under') as the target and the phrase after a following 'from' as the agent.
    'Under fire' from no one armed (`armed_agent_nouns`, weapons) is criticism ('came under fire from lawmakers
    over the deal': ACCUSE disapprove), and with no one named at all it is left out (either reading fits)."""
    out = []
    for h in hits:
        k = h.data.get("token")
        under = under_token(toks, h, cues)
        if under is None:
            out.append(h)
            continue
        end = h.data.get("end_token", k)
        source = next((j + 1 for j in range(end + 1, min(end + 3, len(toks) - 1))
                       if toks[j].low in cues.under_attack_sources), None)
        data = dict(h.data, target_spans=((0, toks[under - 1].start),))
        armed = source is not None and armed_after(toks, source, cues)
        if source is not None:
            stop = next((t.start for t in toks[source:] if not t.word or t.low in cues.clause_breaks), toks[-1].end)
            data["agent_span"] = (toks[source].start, stop)
        if under == k and not armed:  # 'under fire' from no one armed
            if source is not None:
                out.append(replace(h, type="ACCUSE", mode="disapprove", data=data))
            continue
        if source is None:
            data["suffered"] = True  # 'X came under attack': X suffered it, nobody named did it
        out.append(replace(h, data=data))
    return out


def under_token(toks: list[Token], h: ActHit, cues: Cues) -> int | None:
    """The token of 'under' a nominal ASSAULT stands under ('came under attack', 'were under fire'), if any. (actors54b)
    A word of intensity may stand between ('came under heavy attack', 'under sustained fire': `under_attack_modifiers`),
    as the attack is the same suffered force; any other word between ('under a plan to attack') is no 'under' phrase."""
    k = h.data.get("token")
    if h.type != "ASSAULT" or not h.nominal or k is None or k < 2:
        return None
    if toks[k].low == "under":
        return k
    if toks[k - 1].low == "under":
        return k - 1
    if k >= 3 and toks[k - 1].low in cues.under_attack_modifiers and toks[k - 2].low == "under":
        return k - 2
    return None


def armed_after(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the phrase from token j names armed people or a weapon ('Cambodian soldiers', 'Russian drones')."""
    return phrase_names(toks, j, weapon_words(cues) | cues.armed_agent_nouns, cues)


def agent_instruments(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """'was hit by Azerbaijani artillery fire', 'was struck by an Israeli airstrike': a noun of force inside a
    passive ASSAULT's 'by' phrase is the instrument of that same attack, no second act (its agent would be read
    from the passive's subject); the verb takes the noun's mode when it has none."""
    drop: set[int] = set()
    out = list(hits)
    for k, h in enumerate(hits):
        by = h.data.get("by")
        if h.type != "ASSAULT" or not h.data.get("passive") or by is None or h.nominal:
            continue
        stop = next((t.start for t in toks if t.start > by and (not t.word)), toks[-1].end + 1)
        for j, n in enumerate(hits):
            if n.nominal and n.type == "ASSAULT" and by <= n.start < stop:
                drop.add(j)
                if not out[k].mode and n.mode:
                    out[k] = replace(out[k], mode=n.mode)
    return [h for j, h in enumerate(out) if j not in drop]
