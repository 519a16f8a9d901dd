"""(protest65) A return home is a journey, not an expulsion: CAMEO's 'RETURN * HOME' (166, expel) reads the sender
who returns someone home ('Kenya returned the envoy home', 'ordered the envoy to return home'); with "home" right
after a finite verb ("Uganda's envoy returned home", "the president returned home from Nairobi") the subject itself
went home, which expels no one (the owner reading took the envoy's own state for the expeller of the host).

Why a module of its own: the lexicon entry is right for its transitive and ordered uses, which only the position of
its object (`homeward_words` right after the verb) and the verb's form tell apart.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


def homecomings(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Drop a verb's SANCTION expel whose object is a word of `homeward_words` right after the verb ('returned
    home'), unless an infinitive ('to return home': what someone was ordered to do) or a command reads it."""
    return [h for h in hits if not went_home(toks, h, cues)]


def went_home(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    i = hit.data["token"]
    obj = hit.data.get("object_token")
    return hit.type == "SANCTION" and hit.mode == "expel" and not hit.nominal and not hit.data.get("commanded") \
        and hit.data.get("modality") != "infinitive" and obj == hit.data.get("head_end", i) + 1 and obj < len(toks) \
        and toks[obj].low in cues.homeward_words and not (i > 0 and toks[i - 1].low in cues.infinitive)
