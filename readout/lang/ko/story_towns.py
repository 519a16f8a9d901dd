"""(places55, issues 13/14) A foreign town a Korean sentence names before '에서' with no state named before it and
no table reading it ('라파에서', '제닌에서' in a story about Gaza; '우한에서' after a first sentence about China): the
town of the state the story names, where that state has one city the word sounds like (kb/city_sound.cities_by_sound).

Why the story: a two-syllable word heard with no state sounds like a city of several states (라파: Rafah of Gaza and
of Egypt), and kb/city_sound.town_by_sound asks for one city in the world, three syllables and three consonants, so
these words named no place while English 'in Rafah' did. The reader marks the word with every state's city as its
candidates (lang/place_candidates) and pipeline/places.story_places takes the one of the state the whole story names
most; a word no candidate state of which the story names is no place. A weak match never outranks the story: a
larger city of another state the story does not name is no candidate that can win.

Guards (as heard_cities' and heard_towns'): a locative word of its own ('…에서'), two syllables or more, no state's
name, no word places.yaml lists as no city, no Korean word (`korean_word`: '시장에서', '시안에서', a draft), no Korean
person's name; not a town another reader found."""
from __future__ import annotations

from readout.kb.geo import country_index, lookup_city, not_cities_ko
from readout.lang.common import to_place
from readout.lang.place_candidates import mark_candidates, undecided_town
from readout.model import Place
from readout.settings import LanguageSettings
from readout.lang.ko.heard_cities import LOCATIVE_RE, heard, korean_word, person_name, state_before


def story_towns(text: str, offset: int, found: list[Place], settings: LanguageSettings) -> list[Place]:
    """The words before '에서' with no state before them that sound like one city of one or more states, as places
    with no state yet and those cities as their candidates."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.kb.city_sound import cities_by_sound

    out: list[Place] = []
    for m in LOCATIVE_RE.finditer(text):
        if m.start() and "가" <= text[m.start() - 1] <= "힣":
            continue  # inside a longer word
        name = m.group("name")
        start, end = offset + m.start(), offset + m.start() + len(name)
        if any(p.span.start < end and start < p.span.end for p in (*found, *out)) or lookup_city(name) is not None \
                or state_before(text, m.start()) is not None:
            continue  # read already, or heard among the state named before it (heard_cities)
        if name in country_index() or name in not_cities_ko() or person_name(name):
            continue
        towns = cities_by_sound(name)  # look-ups first: kiwi's reading is asked only of a word that sounds like a town
        if towns and not korean_word(name, settings) and not common_syllable_split(name):
            out.append(heard(mark_candidates(to_place(undecided_town(name), name, start, end, True), towns)))
    return out


NATIVE_PIECE_TAGS = ("NNG", "NNB", "MM", "MAG", "IC", "NP")  # a Korean morpheme of its own, no proper noun


def common_syllable_split(name: str) -> bool:
    """(places60, issue 14) Kiwi, reading the word alone before '에서', cuts it into known one-syllable Korean
    morphemes that are each a common word of their own (common_syllables_ko.yaml, from wordfreq): '그물에서' read
    그/MM + 물/NNG ('that water'), '아라' 아/IC + 라/NNG. Such a word is a Korean word kiwi cut oddly out of its
    sentence (there it reads 그물/NNG whole), not a town's name by sound; `korean_word` asks for one common noun or
    common nouns only and missed it. Why only for a story town: with no state named and no table listing it, the
    sound is the only evidence, and a name kiwi knows is read as a proper noun (바라/NNP), not as two pieces. Limits:
    a town whose Hangul form kiwi cuts so ('모술' 모/MM + 술/NNG) is read only where its state or a table names it."""
    from readout.lang.ko.common_syllables import common_syllables  # cold start: only on first use
    from readout.lang.ko.sentences import kiwi  # (as above)

    tokens = [t for t in kiwi().tokenize(name + "에서") if t.start < len(name)]
    return len(tokens) > 1 and all(t.len == 1 and not t.oov and t.tag in NATIVE_PIECE_TAGS
                                   and t.form in common_syllables() for t in tokens)
