"""(kocoerce66) A device that went off with the harm it did told after it: '카불에서 폭탄이 터져 5명이 숨졌다'.

An explosive device (cue explosive_noun) going off ('폭탄이 터지다', '폭발물이 폭발하다': the lexicon's pairs) joined by a
connective to a clause of harm (cue casualty_verb: 숨지다, 사망하다, 다치다 ...) is one attack by no side named, as English
'A bomb exploded in X, killing five people' reads it (lang/en/act_doerless_explosions): the harmed clause's subject
is its victims (`victims`, and its `domestic_target`), so the pipeline's attackers_of_victims gives it the place's
state. With no harm told ('폭탄이 터졌다'), or a thing that is no weapon ('타이어가 터져 운전자가 다쳤다': no pair), the
going off is no attack: no side is named and the story's last attacker did not set it off.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_harm_causes import verb_lemma
from readout.lang.ko.act_organs import harmed_people_sector

CONNECTIVE = "EC"  # '터져', '폭발해': the clause goes on
SUBJECT = "JKS"
VICTIM_TAGS = frozenset({"NNG", "NNP", "NNB", "SN", "NR", "XSN"})  # '주민 5명이', '5명이'
SECTOR = "CVL"  # the victims' default: people of no sector named ('주민 5명이', '5명이')


def doerless_explosions(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Each explosion pair hit with its victims marked, or dropped when no harm is told after it. The pairs' verbs
    are read from the lexicon only for a sentence with an ASSAULT hit (speed70: read for every Korean sentence, a
    walk over every entry, they cost 2% of a dev + dev2 run's profile)."""
    if not any(h.type == "ASSAULT" for h in hits):
        return hits
    verbs = {e.lemma for e in lex.file.entries if e.noun == "@explosive_noun"}
    out = []
    for h in hits:
        verb = h.lemma.split("+")[-1]
        noun = h.lemma.split("+")[0] if "+" in h.lemma else None
        if h.type != "ASSAULT" or verb not in verbs or noun not in lex.cue("explosive_noun"):
            out.append(h)
            continue
        victims = harmed_subject(toks, h.data.get("pred"), lex)
        if victims is not None:
            sector = harmed_people_sector(toks, victims) or SECTOR  # koacts55b: '군인 3명이' MIL, as 'soldiers'
            out.append(replace(h, data={**h.data, "victims": victims, "domestic_target": victims,
                                        "domestic_sector": sector}))
    return out


def harmed_subject(toks: list, pred: int | None, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the subject of the harm clause the explosion's connective joins ('[5명]이 숨졌다')."""
    if pred is None:
        return None
    k = pred + 1
    while k < len(toks) and toks[k][1] in ("XSV", "EP"):
        k += 1
    if k >= len(toks) or toks[k][1] != CONNECTIVE:
        return None
    particle = next((j for j in range(k + 1, len(toks)) if toks[j][1] not in VICTIM_TAGS), None)
    if particle is None or particle == k + 1 or toks[particle][1] != SUBJECT or particle + 1 >= len(toks) \
            or verb_lemma(toks, particle + 1) not in lex.cue("casualty_verb"):  # koactors68: '사망했다' too
        return None
    return toks[k + 1][2], toks[particle - 1][2] + toks[particle - 1][3]
