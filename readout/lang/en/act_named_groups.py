"""(enarmed68) The words of an armed group's listed name ('the Free Syrian Army', 'the Arakan Army'): the name's own
sector (REB), never the agent noun inside it ('Army': MIL). `people_subject` reads a subject back from its verb and
takes the leftmost people noun of the phrase; a word that lies inside such a name gives the group's sector instead,
so 'the Free Syrian Army attacked Syrian troops' is rebels against the state's troops, two parts of one state.
Only armed groups (ARMED_PEOPLE_SECTORS) are read this way: a party's or a ministry's name keeps the people noun.
(groups53b) An UNLISTED group's name (lang/en/unlisted_groups: a capitalized name ending in a group head) whose head
is also a people noun of its own ('the X Patriotic Movement': 'movement' is the opposition's, OPP) is read so only in
an assault (`fought_name_words`): a movement that fights is an armed group (REB), one that accuses or protests a
political movement, as before."""
from __future__ import annotations

from readout.lang.en.act_tokens import Token
from readout.sectors import ARMED_PEOPLE_SECTORS
from readout.lang.en.organizations import listed_bodies
from readout.lang.en.unlisted_groups import NAME_RUN_RE, is_group_name, words


def armed_name_words(text: str, toks: list[Token]) -> dict[int, str]:
    """Token start offset -> sector, for each word of `text` inside a listed armed group's name."""
    names = [(o.start, o.end, o.sector) for o in listed_bodies(text) if o.sector in ARMED_PEOPLE_SECTORS]
    if not names:
        return {}
    return {t.start: sector for t in toks for lo, hi, sector in names if lo <= t.start < hi}


def fought_name_words(text: str, toks: list[Token]) -> dict[int, str]:
    """Token start offset -> REB, for each word of an unlisted armed group's name in `text` (read for ASSAULT acts
    only: who fights under a 'Movement' name is armed; who accuses under it may be a party's movement)."""
    if not words()[2].search(text):
        return {}
    spans = []
    for m in NAME_RUN_RE.finditer(text):
        names = m.group(0).split()
        start = m.start() + (4 if names[0] == "The" else 0)
        if is_group_name(names[1:] if names[0] == "The" else names):
            spans.append((start, m.end()))
    return {t.start: "REB" for t in toks for lo, hi in spans if lo <= t.start < hi}
