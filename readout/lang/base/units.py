"""What `Language` answers about text units: sentences, dates, places and country words (handed to the language's
own readers, `Units`), and the line rules every language answers the same way from its lexicon (boilerplate lines,
datelines, labeled publication dates, a dateline's place).
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from readout.dating import quoted_at
from readout.lang.base.lines import LineQuestions

if TYPE_CHECKING:
    from readout.model import CountryMention, Place


def as_government_of(found: list[CountryMention], chosen: list[CountryMention], states: list[str]) -> list[CountryMention]:
    """`found` with each mention of `chosen` (bare home-government words) read as the government of `states`: the one
    rewrite of a bare home word (its own sector kept where it has one, else the government's)."""
    return [dataclasses.replace(m, codes=list(states), sector=m.sector or "GOV") if m in chosen else m for m in found]


class UnitQuestions(LineQuestions):
    """Text units and line rules: what the language's own readers (`units`) find, and what its lexicon says of a
    line (boilerplate, a dateline, a labeled publication date).
    A mixin of `Language` (lang/base/__init__.py): `self` is the language, with `settings`, `knowledge`, `lex`
    and `units`."""

    def split_sentences(self, text: str, offset: int) -> list:
        return self.units.split(text, offset)

    def find_dates(self, text: str, offset: int, reference) -> list:
        found = self.units.dates(text, offset, reference, self.settings.unyeared_future_days)
        return self.marked_background(text, offset, found)

    def find_places(self, text: str, offset: int, tokens) -> list:
        return self.units.places(text, offset, tokens, self.settings)

    def find_countries(self, text: str, offset: int, tokens) -> list:
        return self.units.countries(text, offset, tokens)

    def dateline_end(self, line: str) -> int:
        """The end of a dateline opening a paragraph ('(서울=연합뉴스) 기자 =', 'SEOUL, May 2 (Reuters) -'),
        0 where there is none or it is the whole line."""
        for p in self.lex.patterns("dateline_re"):
            m = p.match(line)
            if m and m.end() < len(line):
                return m.end()
        return 0

    def files_abroad(self, place: "Place") -> bool:
        """A dateline city outside the outlet's home country ('(뉴욕=연합뉴스)'): a correspondent abroad, or one
        travelling with a delegation, files where the news happens. Default: never."""
        return False

    def home_desk(self, place: "Place") -> bool:
        """(domestic49) A dateline city where the outlet's home desk files the world's news as well as the home's
        ('(서울=연합뉴스)'): it tells where the story was written, not the state it is about. Default: never (an
        English dateline, 'NAIROBI (Reuters) -', is where the news happens)."""
        return False

    def bare_home_word(self, word: str) -> str | None:
        """(kobare50) The writer's state when `word` is a bare government word naming it ('정부', '우리 정부' in a
        Seoul paper): such a word names the state a story is about when that is another state (pipeline/
        story_states.story_home_words, the one path that gives it another state). Default: None (an English 'the
        government' names no state by itself)."""
        return None

    def bare_home_held_story_wide(self) -> bool:
        """(lead59) Whether a bare home word keeps its state wherever the story named that state before this
        sentence. Yes for a writer's own government word ('정부' after '한국' anywhere above is Seoul's: the story is
        also the writer's state's); the default: True."""
        return True

    def bare_home_mentions(self, text: str, offset: int, found: list[CountryMention],
                           quoted: bool = False) -> list[CountryMention]:
        """The mentions of `found` (in `text`, which starts at `offset`) that are a bare home-government word
        (`bare_home_word`), outside a quotation unless `quoted` (a quoted '우리 정부' is the speaker's). The one
        test every reader of a bare home word asks (unify52: the language's readers and the story's had each
        written it)."""
        return [m for m in found if m.codes == [self.bare_home_word(text[m.start - offset:m.end - offset])]
                and (quoted or not quoted_at(text, m.start - offset))]

    def shared_body_mentions(self, text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
        """(backref56, issue 14) The mentions of `found` (in `text`, which starts at `offset`) that are a bare name
        many states' bodies bear, read as the one state the knowledge base lists it under ('상원은', '하원에서': the
        U.S. Congress's): the lexicon's `shared_body_names` whose listed body's state the mention has. The story's
        reading (pipeline/story_states.story_home_words) gives them the state the story is placed in. None where
        the lexicon lists no such names."""
        from readout.lang.orgs_common import by_surface  # cold start: not loaded with `readout.api`, only on first use

        names = self.lex.get("shared_body_names")
        if not names:
            return []
        table = by_surface(self.code)
        return [m for m in found if (name := text[m.start - offset:m.end - offset]) in names and name in table
                and m.codes == [table[name][1]] and not quoted_at(text, m.start - offset)]

    def people_own_government(self, text: str, offset: int, tokens, found: list[CountryMention]) -> list[CountryMention]:
        """(domestic49, accuse50) `found` with each bare home-government word the sentence's own grammar makes the
        government of the people acting in it ('[X에서] 시위대가 ... 정부 퇴진을', 'crowds gathered in [a city of X]
        and denounced the government': X's), read first by the one path for bare home words
        (story_states.story_home_words). Default: `found` (a language with no bare home word)."""
        return found

    def owns_a_post(self, text: str, end: int) -> bool:
        """(domestic49) Whether the country word ending at offset `end` of `text` owns a diplomatic post named right
        after it ('미국 대사관 앞에서'): the state of a mission in a story is no state the story happens in. Default:
        never."""
        return False

    def heads_a_post(self, text: str, start: int, end: int) -> bool:
        """(debt51) Whether the phrase `text[start:end]` is a diplomatic post owned by the country word it opens with
        ('칠레의 대사관을', "Chile's embassy"): a crowd at another state's mission is no people of that state. The
        phrase's first word is the owner (`owns_a_post` asked where it ends), words being written apart in every
        language read so far; a language that writes them otherwise answers itself."""
        cut = text.find(" ", start, end)
        return self.owns_a_post(text, end if cut < 0 else cut)

    def dateline_place(self, dateline: str, offset: int) -> "Place | None":
        """The city a dateline names ('SEOUL, Sept. 17 (Yonhap) --', '(뉴욕=연합뉴스)'): the `city` group of the
        lexicon's `dateline_city_re`, looked up as `dateline_city_form` writes it; offsets from `offset`."""
        from readout.kb.geo import lookup_city  # cold start: not loaded with `readout.api`, only on first use
        # cold start: not loaded with `readout.api`, only on first use
        from readout.lang.common import to_place

        m = self.lex.re("dateline_city_re").match(dateline) if self.lex.get("dateline_city_re") else None
        entry = lookup_city(self.dateline_city_form(m.group("city"))) if m else None
        return to_place(entry, m.group("city"), offset + m.start("city"), offset + m.end("city"), True) \
            if entry else None

    def place_anaphors(self, text: str) -> list[tuple[int, int]]:
        """Where something happens in a place named only by a descriptor ('in the southeastern port city',
        '이 도시에서'): the lexicon's `place_anaphor_re` matches, as offsets into `text`. The language knows the
        phrase; which city it means (the one named last, or the dateline's) is the document's (pipeline/places.py)."""
        if not self.lex.get("place_anaphor_re"):
            return []
        return [(m.start("phrase"), m.end("phrase")) for m in self.lex.re("place_anaphor_re").finditer(text)]

    def dateline_city_form(self, city: str) -> str:
        """How the gazetteer writes a dateline's city. Default: as the dateline does, without spaces around it."""
        return city.strip()
