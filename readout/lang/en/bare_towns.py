"""(enplace47) A town named bare after a plain place preposition ('fighting broke out in Misrata', 'clashes near
Kidal', 'a checkpoint outside Adre'): a place of its state, though the city index (large cities only) lacks it.

Why only after 'in', 'at', 'near', 'outside': a bare town name elsewhere is as often a word or a person's name, and
`towns_world.yaml` already leaves out English words, given names and the first and last words of leaders' names.
After one of these prepositions a capitalized word with a town entry is a place, and so are the short names and
people's words the data file keeps apart for this reader (`positional`: 'near Abu Ghraib'). A name a person of the
world table opens or ends (`towns.may_be_person`) is read only where the sentence names the town's state
(`state_named`: 'confidence in X' is a person), and a name towns of several states share (`shared`: 'Gao') is the
town of the one state the sentence names; (entowns49) so is a name that is an English word or a given name
(`common_words`: 'in Split', 'near Bath, England') only where the sentence names the town's state. Not a name
written as an owner, except of a part of the town (lexicon en `place_owner_ok_re`: 'in Kidal's old quarter' is
there, 'at Okafor's request' is no town), nor one a longer capitalized name continues ('in Adre Province')."""
from __future__ import annotations

import re

from readout.kb.loader import lexicon
from readout.kb.geo import GeoEntry, country_index
from readout.kb.town_spellings import current_name_state, town_entry

# the characters before a town where its plain preposition stands ('near ', 'outside the ')
PREPOSITION_REACH = 14
OWNER_AFTER_RE = re.compile(r"['’]s?\b")
LONGER_NAME_RE = re.compile(r"[ -][A-Z]")
CAPITALIZED_RUN_RE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")
DOTTED_FORM_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}")  # enattack50: 'U.S.', 'U.K.': a country form too


def plain_preposition_before(text: str, start: int) -> bool:
    """'in', 'at', 'near', 'outside' right before `start` (lexicon en `town_preposition_re`)."""
    return lexicon("en").re("town_preposition_re").search(text, max(0, start - PREPOSITION_REACH), start) is not None


def town_cue_before(text: str, start: int) -> bool:
    """(enattack51) A plain place preposition, or a verb of attack from afar or of storming (lexicon en
    `struck_town_before_re`: 'shelled Kherson overnight', 'drones hit Mykolaiv'), right before `start`: the object of
    such a verb, capitalized and with a town entry, is the town attacked, as the city index's cities there already
    were (place_preposition_re); the guards for common words, persons' names and shared names stay."""
    return plain_preposition_before(text, start) or struck_town_before(text, start) or moved_town_before(text, start)


MOVED_REACH = 45  # 'marched through the streets of central ': a longer cue than a preposition's


def moved_town_before(text: str, start: int) -> bool:
    """(places54) A verb of an advance or a storming with 'on'/'into', or of a march with 'through'/'across', right
    before `start` (lexicon en `moved_town_before_re`: 'advanced on X', 'stormed into X', 'marched through central
    X'): the town is where the act went, a place of the sentence as an attacked town is; the guards stay."""
    return lexicon("en").re("moved_town_before_re").search(text, max(0, start - MOVED_REACH), start) is not None


def struck_town_before(text: str, start: int) -> bool:
    """(enattack51) A verb of attack from afar or of storming right before `start` (lexicon en `struck_town_before_re`):
    the half of `town_cue_before` a caller that has read the plain preposition already asks alone. (places55) The
    verb may take the town through its descriptor ('shelled the port of X', lexicon en `struck_town_descriptor_re`):
    the verb is read right before the descriptor, so the town of 'visited the port of X' stays unread here."""
    lex = lexicon("en")
    described = lex.re("struck_town_descriptor_re").search(text, max(0, start - MOVED_REACH), start)
    start = described.start() if described else start
    return lex.re("struck_town_before_re").search(text, max(0, start - PREPOSITION_REACH), start) is not None


def bare_town(text: str, start: int, form: str, cue: bool | None = None):
    """The town `form`, written at `start` after a plain place preposition, as a city of its state (GeoNames' city
    of that spelling, kb/town_spellings.town_entry, else the form with no coordinates of its own), or None. (speed51) The cue before it (`town_cue_before`) is read first: it depends on the place in
    the sentence alone, and most capitalized runs have none, so the town tables are not asked for them; `cue` is its
    answer where the caller read it once for every prefix of a run (`places.find_places`)."""
    if not (town_cue_before(text, start) if cue is None else cue):
        return None
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.towns import common_word_towns, may_be_person, positional_towns, shared_towns, town_of

    words = form.split()
    code = town_of(form)
    if code is not None and may_be_person(words):
        code = None
    if code is None and form in positional_towns():  # a short name or a person's word: here, after the preposition
        code = positional_towns()[form]
        if may_be_person(words) and not state_named(text, code):
            code = None  # 'confidence in X': a person's name, unless the sentence names the town's state
    if code is None and form in common_word_towns():  # entowns49: 'Croatian police in Split', an English word's town
        code = common_word_towns()[form] if state_named(text, common_word_towns()[form]) else None
    if code is None and form in shared_towns():  # towns of several states: the one the sentence names
        named = [c for c in shared_towns()[form] if state_named(text, c)]
        code = current_name_state(form, named[0], shared_towns()[form]) if len(named) == 1 else None
    end = start + len(form)
    if code is None \
            or (OWNER_AFTER_RE.match(text, end) and not lexicon("en").re("place_owner_ok_re").match(text, end)) \
            or LONGER_NAME_RE.match(text, end):
        return None
    return town_entry(form, code) or GeoEntry(form, code, None, None, "city")  # places53: GeoNames' own town


def shared_town_states(text: str, start: int, form: str) -> list[str]:
    """(koplace47) The states whose towns share the name `form`, written after a plain place preposition in a sentence
    naming none of them ('Two patrols were ambushed near Gao'): the story decides which (lang/place_candidates)."""
    from readout.lang.en.towns import shared_towns  # cold start: not loaded with `English`, only on first use

    states = shared_towns().get(form)
    end = start + len(form)
    if not states or any(state_named(text, c) for c in states) or not plain_preposition_before(text, start) \
            or OWNER_AFTER_RE.match(text, end) or LONGER_NAME_RE.match(text, end):
        return []
    return list(states)


def state_named(text: str, code: str) -> bool:
    """Whether the sentence names the state `code` by a country form ('Libya', 'Libyan', 'South Sudan'): a town
    whose name is also a person's word is read only where the sentence agrees on its state ('clashes outside Sabha,
    the Libyan desert city')."""
    index = country_index()
    for m in CAPITALIZED_RUN_RE.finditer(text):
        words = m.group(0).split()
        if any(index.get(" ".join(words[i:j])) == code for i in range(len(words)) for j in range(i + 1, len(words) + 1)):
            return True
    return any(index.get(m.group(0)) == code for m in DOTTED_FORM_RE.finditer(text))
