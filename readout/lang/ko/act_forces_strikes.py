"""(koacts59, issue 15) Armed forces' means as the subject of a verb of striking: '러시아 전투기들이 X의 시장을
강타했다' is Russia's attack on the market's people, as '폭격했다' and '타격했다' read and as English 'Russian jets hit a
market in X' reads (lang/en/act_struck_sites.forces_hit_site).

Why a reader of its own: 강타하다 and 덮치다 (cue striking_attack_verb) are no act words, since a storm or a flood strikes
as often as anything ('태풍이 해안을 강타했다'); acts58 read them only with an attack noun as their subject
(act_occurred_attacks.struck_object, where no doer is named). The doer is named where the subject is a means of armed
forces: a warplane, a helicopter, a drone, artillery or a tank (the nouns of cue assault_weapon_mode whose mode is
one of `FORCES_MODES`); a handgun, a stone or a bomb is no forces' means by itself ('돌이 차량을 강타했다' is no
attack). Rule: at the stem of a verb of striking, in the active (하, never the passive 되), with an object (을/를) right
before it and a forces' means as its clause's subject (이/가), the candidate is an ASSAULT of the subject's side aimed
at the object; its mode comes from the means (act_weapon_modes.weapon_modes, as for '타격했다').
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.act_weapon_modes import clause_weapon
from readout.lang.ko.ending_reading import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS, NOMINATIVE_PARTICLES

STRIKE_READING = {"type": "ASSAULT", "mode": None, "pos": "verb", "noun": None, "target": ["object"],
                  "generic": False, "contexts": ["military"], "forms": [], "source": []}
FORCES_MODES = frozenset({"aerial", "drone", "heavy-weapons"})  # the means only armed forces wield
SUBJECT_PARTICLES = {"JKS": NOMINATIVE_PARTICLES}
OBJECT_TAG = "JKO"
DOING = "하"  # the active light verb ('강타하다'), never 되


def forces_strike(toks: list, s: int, lex: ActIndex) -> Candidate | None:
    """At the stem `s`, a verb of striking with an object right before it whose clause's subject is a forces' means:
    the ASSAULT candidate (module docstring); None otherwise."""
    form, tag = toks[s][0], toks[s][1]
    if tag not in ACT_VERB_TAGS or tag == "XSV" and form != DOING:
        return None
    first = s - 1 if tag == "XSV" and s > 0 else s
    if first < 1 or toks[first - 1][1] != OBJECT_TAG or lemma_at(toks, s) not in lex.cue("striking_attack_verb"):
        return None
    modes = dict(p.split("=") for p in lex.cue("assault_weapon_mode"))
    weapon = clause_weapon(toks, first, modes, SUBJECT_PARTICLES)
    if weapon is None or modes[weapon] not in FORCES_MODES:
        return None
    return Candidate(ActEntry(**{**STRIKE_READING, "lemma": lemma_at(toks, s)}), first, s)
