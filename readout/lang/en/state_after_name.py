"""The state written after a titled name: "Defense Minister X of Peru", "Prime Minister X of the Netherlands".

English often puts the state after the name instead of before the title ("Peruvian Defense Minister X"). The title
pattern reads the title and the name; the state then stands in an "of" phrase right after the name. Only for a
mention whose own title named no state, and only when the "of" phrase is a state name alone (optionally with 'the'
or a possessive: "of Peru's ruling coalition" still names Peru), so "Minister X of the Interior" names nothing.
"""
from __future__ import annotations

import re

from readout import budget
from readout.cache_patterns import compile_pattern
from readout.kb.offices import office_for
from readout.lang.en.organizations import country_code, country_pattern
from readout.model import RawMention


@budget.table()
def state_after_re() -> re.Pattern:
    """' of <state>' right after a name (the state's form as written before a title, so the same index)."""
    return compile_pattern(rf",?\s+of\s+(?P<state>{country_pattern()})")


def state_after(text: str, mention: RawMention) -> str | None:
    """The state in an 'of' phrase right after a titled, stateless mention's name, or None."""
    if mention.country or not mention.title:
        return None
    m = state_after_re().match(text, mention.name_end)
    return country_code(m.group("state")) if m else None


def give_states_after(text: str, out: list[RawMention]) -> None:
    """Fill in the state of every titled mention followed by 'of <state>'."""
    for mention in out:
        code = state_after(text, mention)
        if code:
            mention.country = code
            mention.office = office_for(mention.office, code) or mention.office
