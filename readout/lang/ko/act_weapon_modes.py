"""(parallel52) The mode a Korean ASSAULT whose entry gives none takes from the weapon its clause names as the one
that struck ('우크라이나 드론이 정유시설을 타격했다', '전투기가 마을을 공격했다') or as the means it struck with ('드론으로
발전소를 타격했다'): the Korean twin of English `act_means_modes.assault_mode` ('Ukrainian drones struck', 'struck a
refinery with drones').

Why: PLOVER's ASSAULT modes are the means of the force (drone, aerial, heavy-weapons, firearms, explosives, primitive,
crowd-control). English took the mode from a weapon right before the verb or after 'with'; Korean read only the
verb's own entry, so the same news told in both languages gave 'drone' in one and no mode in the other
(tests/pipeline/test_parallel_languages.py). The weapon is a noun of the cue `assault_weapon_mode` (NOUN=MODE,
the same kinds as English `assault_instruments`) right before a subject particle (이, 가) or an instrument particle
(으로, 로), its pieces joined where the tagger cut it (드/론), in the act's own clause before its verb (a clause ending
or a relative clause's verb closes the search). A weapon that is the object ('드론을 격추했다') names what was hit, not
the means, and is passed over; an act whose entry already has a mode keeps it, but for a killing's default
'targeted', which a means in 로/으로 replaces (kopar53b: '총격으로 살해했다', English 'shot dead': firearms).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, INSTRUMENTAL_PARTICLES, NOMINATIVE_PARTICLES, PLURAL_SUFFIX

# the subject's particles and the means' (the shared clause tables), by kiwi's tag
WEAPON_PARTICLES = {"JKS": NOMINATIVE_PARTICLES, "JKB": INSTRUMENTAL_PARTICLES}
MEANS_PARTICLES = {"JKB": INSTRUMENTAL_PARTICLES}
# kopar53b: a verb of killing gives 'targeted' where it names no means ('살해했다'); a means told in 로/으로 ('시위대를
# 총격으로 살해했다', English 'shot dead') is the force's mode, as the ASSAULT modes name the means
KILLING_MODE = "targeted"
CLOSERS = CLAUSE_EDGE_TAGS  # another clause (or a relative clause's verb) ends the act's clause
NOUN_PIECES = frozenset({"NNG", "NNP", "XSN", "XPN"})
WEAPON_PIECES = 3  # pieces of one written word a weapon noun may be cut into


def weapon_modes(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """`hits` with each verbal ASSAULT that has no mode given the mode of the weapon that struck (module docstring)."""
    modes = dict(p.split("=") for p in lex.cue("assault_weapon_mode"))
    return [_with_weapon_mode(toks, h, modes) for h in hits]


def _with_weapon_mode(toks: list, hit: ActHit, modes: dict[str, str]) -> ActHit:
    at = hit.data.get("pred")
    if hit.type != "ASSAULT" or hit.mode not in (None, KILLING_MODE) or hit.nominal or not isinstance(at, int):
        return hit
    told = WEAPON_PARTICLES if hit.mode is None else MEANS_PARTICLES  # a killing's means: only '총격으로'
    weapon = clause_weapon(toks, at, modes, told)
    return replace(hit, mode=modes[weapon]) if weapon else hit


def clause_weapon(toks: list, at: int, modes: dict[str, str], told: dict = WEAPON_PARTICLES) -> str | None:
    """The weapon noun marked by one of the particles `told` (by tag) in the clause before morpheme `at`, nearest
    first; None where a clause edge comes first. (koacts59) Asked by act_forces_strikes too, with the subject's
    particles alone: '전투기들이 … 강타했다'."""
    for j in range(min(at, len(toks)) - 1, 0, -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in CLOSERS:
            return None
        weapon = _weapon_before(toks, j, modes) if form in told.get(tag, ()) else None
        if weapon:
            return weapon
    return None


def _weapon_before(toks: list, j: int, modes: dict[str, str]) -> str | None:
    """The weapon noun that ends right before the particle at j, joined from up to `WEAPON_PIECES` pieces written
    together: the tagger may cut a loanword ('드론이' as 드/NNG 론/XSN 이/JKS after a state's name)."""
    word = ""
    if j > 1 and toks[j - 1][:2] == PLURAL_SUFFIX:  # koacts59: '전투기들이': the plural suffix is no piece of the weapon
        j -= 1
    for k in range(j - 1, max(j - 1 - WEAPON_PIECES, -1), -1):
        if toks[k][1] not in NOUN_PIECES or k < j - 1 and toks[k][2] + toks[k][3] != toks[k + 1][2]:
            return None
        word = toks[k][0] + word
        if word in modes:
            return word
    return None
