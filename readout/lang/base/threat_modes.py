"""The THREATEN mode of a threatened act, one table for every language (modes71, issue 15).

The manual's THREATEN modes name the threat's content (restrict: movement of people or goods, boycotts, blockades,
curfews, bans; relations: suspending relations or talks; expel: diplomats, peacekeepers, NGOs; territory; arrest;
violence), and the CAMEO-to-PLOVER crosswalk files the threatened acts so: 1312 'threaten to boycott, embargo or
sanction' is restrict, 1311 'threaten to reduce or stop aid', 1313 'threaten to reduce or break relations' and 134
'threaten to halt negotiations' are relations, 136 'threaten to halt (expel or withdraw) international involvement'
is expel, 1382 'threaten occupation' is territory. So the threatened act's context decides first (an economic
measure restricts goods, land taken is territory), then its own mode (people deported or envoys expelled are
expel, a curfew restricts, an arrest arrests), then its type (a SANCTION otherwise cuts relations).

Keys: "TYPE@context", "TYPE.mode", "TYPE" (the form of en_acts' old `pledge_threat_modes` cue, which this replaces;
Korean's THREAT_MODE tables read it too)."""
from __future__ import annotations

from collections.abc import Iterable

THREAT_MODES: dict[str, str] = {
    # by the threatened act's context
    "SANCTION@economic": "restrict", "COERCE@territory": "territory", "ASSAULT@territory": "territory",
    # by its own mode
    "SANCTION.expel": "expel", "COERCE.deport": "expel", "COERCE.arrest": "arrest",
    "COERCE.curfew": "restrict", "COERCE.restrict": "restrict", "COERCE.censor": "restrict",
    "COERCE.martial-law": "restrict", "COERCE.withhold": "restrict",
    "PROTEST.obstruct": "restrict",  # charges52: 'threatened to blockade B's ports' (the manual: blockades restrict)
    "REJECT.meet": "relations",  # enpar53: 'threatened to leave the talks' (CAMEO 134 'threaten to halt negotiations')
    # by its type
    "ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "arrest", "SANCTION": "relations", "THREATEN": "violence",
}
# the hostile acts a threat can have as its content (a threatened threat is English's pledge reading alone)
THREATENED_TYPES = frozenset(k for k in THREAT_MODES if k.isalpha() and k != "THREATEN")


def threat_mode(kind: str, mode: str | None, contexts: Iterable[str] | None, default: str | None = None) -> str | None:
    """The THREATEN mode of a threatened act of type `kind`, own `mode` and `contexts` (THREAT_MODES: by context,
    else by mode, else by type, else `default`)."""
    by_context = next((THREAT_MODES[k] for c in contexts or () if (k := f"{kind}@{c}") in THREAT_MODES), None)
    return by_context or THREAT_MODES.get(f"{kind}.{mode}") or THREAT_MODES.get(kind, default)
