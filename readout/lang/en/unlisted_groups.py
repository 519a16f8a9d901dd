"""(orgs52, issue 14) An armed group no table lists and no place word names ('the Lake Region Defence Brigades',
'the Patriotic Resistance Front'): a capitalized name that ENDS in a group head (lexicon en `unlisted_group_heads`)
is an armed group (REB) of the one state its sentence names, so 'Chadian troops clashed with the X Brigades' has
the group as a side of its own beside the state's troops, where it had none. Why the sentence's state and not the
story's: the group's state is told where it acts ('Chadian troops', 'in Malian territory'); a sentence naming no
state or two leaves the name unread, as before, rather than guess. Why the guard words (`state_force_name_words`):
'the Sudanese Armed Forces', 'the National Army', 'Government Forces' are the state's own forces, and a name with
only such words, heads and joiners before its head is no group. A name a country form, a place or a listed body
already covers is read by those (place_agents.group_place_mentions: a group named after a place)."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.en.country_forms import GOVERNED_BEFORE_RE
from readout.lang.orgs_common import sentence_state
from readout.model import CountryMention

NAME_RUN_RE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and|in)\s+)*[A-Z][\w'’-]*)+")
JOINERS = frozenset({"of", "for", "the", "and", "in"})


@budget.table()
def words() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """The heads that end a group's name, the words of a state's own forces, and a gate over the heads."""
    heads = frozenset(lexicon("en")["unlisted_group_heads"])
    guard = frozenset(lexicon("en")["state_force_name_words"])
    return heads, guard, re.compile(r"\b(?:" + "|".join(sorted(heads)) + r")\b")



def is_group_name(names: list[str]) -> bool:
    """A name ending in a group head with a word of its own before it: not only heads, joiners and the words of a
    state's own forces ('Sudanese Armed Forces' is a country form's, 'National Army' the state's)."""
    heads, guard, _gate = words()
    if len(names) < 2 or names[-1] not in heads:
        return False
    own = [w for w in names[:-1] if w not in heads and w not in JOINERS and w not in guard]
    return bool(own)


def unlisted_group_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """The unlisted armed groups of one sentence as mentions of the sentence's one state, sector REB."""
    _heads, _guard, gate = words()
    if not gate.search(text):
        return []
    code = sentence_state(found)
    if code is None:
        return []
    out = []
    for m in NAME_RUN_RE.finditer(text):
        names = m.group(0).split()
        start = m.start() + (4 if names[0] == "The" else 0)
        names = names[1:] if names[0] == "The" else names
        if not is_group_name(names) or start == 0 and len(names) < 3:
            continue  # a sentence's first word is capitalized anyway: two words there may be 'Rebel Forces'
        if any(c.start < offset + m.end() and offset + start < c.end for c in found + out):
            continue
        governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, start - 14):start]))
        out.append(CountryMention(offset + start, offset + m.end(), [code], subject=not governed, sector="REB"))
    return out
