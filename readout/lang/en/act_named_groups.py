"""(enarmed68) The words of an armed group's listed name ('the Free Syrian Army', 'the Arakan Army'): the name's own
sector (REB), never the agent noun inside it ('Army': MIL). `people_subject` reads a subject back from its verb and
takes the leftmost people noun of the phrase; a word that lies inside such a name gives the group's sector instead,
so 'the Free Syrian Army attacked Syrian troops' is rebels against the state's troops, two parts of one state.
Only armed groups (ARMED_PEOPLE_SECTORS) are read this way: a party's or a ministry's name keeps the people noun."""
from __future__ import annotations

from readout.lang.en.act_tokens import Token
from readout.sectors import ARMED_PEOPLE_SECTORS


def armed_name_words(text: str, toks: list[Token]) -> dict[int, str]:
    """Token start offset -> sector, for each word of `text` inside a listed armed group's name."""
    from readout.lang.en.organizations import listed_bodies

    names = [(o.start, o.end, o.sector) for o in listed_bodies(text) if o.sector in ARMED_PEOPLE_SECTORS]
    if not names:
        return {}
    return {t.start: sector for t in toks for lo, hi, sector in names if lo <= t.start < hi}
