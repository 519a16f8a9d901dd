"""The weapons one launch names together: 'launched missiles and drones at energy facilities'.

Why its own module: the reader of aimed launches (`act_fire_aims.aimed_launch`) walks from the launch's object to
an aiming preposition ('at', 'against') and stops at a clause break, and 'and' is one; weapons coordinated with
the object ('missiles and drones', 'rockets or shells') are still that object, so the walk goes past them. The
weapons named decide the attack's mode: one kind its `assault_instruments` mode; kinds of more than one mode
launched together at a target (missiles and drones) are a strike from the air, the manual's ASSAULT aerial.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

MIXED_MODE = "aerial"  # weapons of several kinds launched at one target: a strike from the air (PLOVER ASSAULT)
DEFAULT_MODE = "heavy-weapons"  # a launched weapon the instrument table does not name (missiles)


def past_coordinated_weapons(toks: list[Token], j: int, cues: Cues) -> tuple[int, list[str]]:
    """From token `j` right after a launch's object: the first token past the weapons coordinated with it, and
    those weapons ('and drones' -> past 'drones', ['drones']); `j` itself and no weapon where none follow."""
    weapons: list[str] = []
    while j + 1 < len(toks) and toks[j].low in cues.weapon_coordinators and toks[j + 1].low in cues.launched_weapons:
        weapons.append(toks[j + 1].low)
        j += 2
    return j, weapons


def launch_mode(weapons: list[str], cues: Cues) -> str:
    """The ASSAULT mode of the weapons one launch names: the instruments' one mode, or aerial when they differ."""
    modes = {cues.assault_instruments.get(w, DEFAULT_MODE) for w in weapons}
    return modes.pop() if len(modes) == 1 else MIXED_MODE
