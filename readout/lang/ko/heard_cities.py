"""(koplaces46) A foreign city no gazetteer names in Hangul, read where the sentence names its state right before
it: '이라크 바스라에서', '아프가니스탄 남부 칸다하르에서', '우크라이나의 드니프로에서'. The word between the state (and
a part of the state, lexicon `state_part_nouns`: '남부') and a locative particle is heard among that state's cities
(kb/city_sound.py) and names the one city that sounds like it. Not a Korean word ('이라크 정부에서', '이라크
국경에서': `korean_word`), not a part of the state ('이라크 남부에서'), not a name the gazetteer already reads or
lists as a word.

(koattack52) A town no gazetteer names in Hangul and no state named before it ('러시아군이 자포리자를 포격했다',
'반군이 몹티의 시장을 공격했다'): a word kiwi reads as one proper noun is heard among the world's larger cities
(kb/city_sound.town_by_sound: a longer key, one city in the world) and names it (`heard_towns`). Guards: not a Korean
word (`korean_word`), not a name the gazetteer or the country table reads or lists as a word, not a Korean person's
name (three syllables opening with a Korean surname: '김수한' is a person, not a town)."""
from __future__ import annotations

import functools
import re

from readout.kb.cities import neighbour_territories, state_short_cities
from readout.kb.geo import country_index, lookup_city, not_cities_ko
from readout.kb.loader import lexicon
from readout.lang.common import HEARD, to_place
from readout.lang.ko.site_nouns import place_common_noun
from readout.lang.ko.struck_verbs import struck_after
from readout.lang.ko.tags import PLAIN_NOUN_TAGS
from readout.model import Place
from readout.settings import KOREAN, LanguageSettings
from readout.kb.names import surname_forms
from readout.lang.ko.words import title_of

WORD_RE = re.compile(r"[가-힣]+")
LOCATIVE_RE = re.compile(r"(?P<name>[가-힣]{2,}?)에서(?:는|도)?(?![가-힣])")
# (places55b) a town struck as an object after its state ('우크라이나 미콜라이우를 포격했다', '레바논 마을 X를 공습했다'):
# heard as a town before '에서' is; not a locative, the act's place is joined by its struck words (act_struck_after_re)
OBJECT_RE = re.compile(r"(?P<name>[가-힣]{2,}?)(?:을|를)(?![가-힣])")
GENITIVE = "의"
LOCATIVE = "에서"


@functools.cache
def part_res() -> tuple[re.Pattern, re.Pattern]:
    """(places56) LOCATIVE_RE and OBJECT_RE with a part of the town between the name and the particle
    ('미콜라이우 항구를', 'X 공항에서'; lexicon `town_part_nouns`): the town is still the one heard."""
    part = "|".join(sorted(map(re.escape, lexicon("ko")["town_part_nouns"]), key=len, reverse=True))
    return (re.compile(rf"(?P<name>[가-힣]{{2,}}?)\s(?:{part})에서(?:는|도)?(?![가-힣])"),
            re.compile(rf"(?P<name>[가-힣]{{2,}}?)\s(?:{part})(?:을|를)(?![가-힣])"))


def heard_cities(text: str, offset: int, found: list[Place], settings: LanguageSettings) -> list[Place]:
    """The cities heard after their state's name before a locative or an object particle (the module's first part);
    `settings` the Korean reader's (its town-dominance ratio, the site-noun stem's syllables), passed (places59)."""
    out: list[Place] = []
    part_locative, part_object = part_res()
    for m, locative in [*((m, True) for m in LOCATIVE_RE.finditer(text)),
                        *((m, False) for m in OBJECT_RE.finditer(text)),
                        *((m, True) for m in part_locative.finditer(text)),
                        *((m, False) for m in part_object.finditer(text))]:
        if m.start() and re.match(r"[가-힣]", text[m.start() - 1]):
            continue  # inside a longer word
        name = m.group("name")
        start, end = offset + m.start(), offset + m.start() + len(name)
        if any(p.span.start < end and start < p.span.end for p in (*found, *out)) or lookup_city(name) is not None:
            continue
        named = state_before(text, m.start())
        code = named or (sentence_state(text) if locative else None)
        if code is None or name in country_index() or name in not_cities_ko():
            continue
        # cold start: not loaded with `Korean`, only on first use
        from readout.kb.city_sound import city_by_sound
        from readout.kb.town_sound import small_town_by_sound

        # places54: '중국 우한에서'; (places55b) a state's short city named right after it is that city even where
        # the word alone is a Korean word ('중국 시안에서': 시안, a draft), where kiwi reads it after the state as a
        # proper noun ('일본 나라에서': 나라, a common noun there too, stays no city)
        entry = state_short_cities().get(f"{code} {name}")
        if entry is not None and korean_word(name, settings) \
                and not proper_after_state(text, m.start(), m.end(), name) \
                and (named or not bound_noun_split(text, m.start(), m.start() + len(name))):
            entry = None
        elif entry is None and named and not korean_word(name, settings):  # places56b: the sentence's state: no sound
            entry = city_by_sound(name, code)
            if entry is None and not locative and struck_after().match(text, m.start() + len(name)):
                entry = small_town_by_sound(name, code, settings.town_dominance)  # places58: '우크라이나 X를 포격했다', a town under 15,000
        if entry is None and locative and neighbour_territories().get(code) and not korean_word(name, settings):
            entry = territory_town(name, code)  # places57: '이스라엘군은 제닌에서': the Palestinian town
        if entry is not None:
            out.append(heard(to_place(entry, name, start, end, locative)))
    return out


def territory_town(name: str, code: str):
    """(places57, issue 14) The one town the word `name` sounds like among the cities of the territories a sentence
    naming `code` places towns in (kb/cities.neighbour_territories: '이스라엘군은 제닌에서' is Jenin, Palestine; '세르비아
    경찰은 X에서' a Kosovo town), else None. Why: the heard town was looked for among the sentence's one state's cities
    only, and an Israeli force's act in a West Bank town placed nothing; the town's own state is the place's. Why by
    sound here, where places56b hears the sentence's state by its short names only: a territory's cities are few (a
    few dozen of 15,000 people or more), so a Korean word sounds like one of them rarely, and the caller asks only a
    word that is no Korean word; a word that sounds like a larger city of a third state too (kb/city_sound
    .cities_by_sound: '라파' is Rafah or Rabat) is a weak match and names none, as places55's story towns hold."""
    from readout.kb.city_sound import cities_by_sound, city_by_sound  # cold start: not loaded with `Korean`

    territories = neighbour_territories()[code]
    heard = [e for e in (city_by_sound(name, t) for t in territories) if e is not None]
    if len(heard) != 1 or any(e.country not in (code, *territories) for e in cities_by_sound(name)):
        return None  # '라파': a word that sounds like a larger city elsewhere too (Rabat) is a weak match
    return heard[0]


def proper_after_state(text: str, start: int, end: int, name: str) -> bool:
    """(places55b) Kiwi, reading the two words before the word with it and its particle, reads the word as one proper
    noun: after '중국' it reads '시안' so, after '일본' it reads '나라' as the common noun it is alone."""
    from readout.lang.ko.sentences import kiwi  # cold start: not loaded with `Korean`, only on first use

    words = [w for w in WORD_RE.finditer(text, 0, start)][-2:]
    lo = words[0].start() if words else start
    return any(t.form == name and t.tag == "NNP" and lo + t.start == start for t in kiwi().tokenize(text[lo:end]))


def state_before(text: str, at: int) -> str | None:
    """The state named by the word right before `at` (spaces between), or before a part of the state
    ('이라크 남부 ') or (places55b) a kind of town ('레바논 마을 ', '레바논 남부 마을 '); a state in the genitive
    ('이라크의 ') too."""
    words = [w for w in WORD_RE.finditer(text, 0, at)][-3:]
    parts = {*lexicon("ko")["state_part_nouns"], *lexicon("ko")["state_town_kind_nouns"]}
    tail = at
    for w in reversed(words):
        if text[w.end():tail].strip():
            return None  # not adjacent: something other than spaces between
        form = w.group(0)
        code = country_index().get(form.removesuffix(GENITIVE) if form.endswith(GENITIVE) else form)
        code = code or country_index().get(form)
        if code is not None:
            return code
        if form not in parts:
            return None
        tail = w.start()
    return None


def bound_noun_split(text: str, start: int, end: int) -> bool:
    """(places56b) Kiwi, reading the word at [start, end) in its sentence, opens it with a bound noun no count stands
    before ('화요일 시안에서' as 시/NNB 안/NNG: an hour with no number): no reading of the word as Korean, so a
    state's short city of that name is the town (the sentence's one state names it, `sentence_state`). '중국 정부는
    시안에서' reads 시안/NNG, the draft, and stays no town."""
    from readout.lang.ko.sentences import kiwi  # cold start: not loaded with `Korean`, only on first use

    words = [w for w in WORD_RE.finditer(text, 0, start)][-2:]
    lo = words[0].start() if words else start
    tokens = kiwi().tokenize(text[lo:end])
    at = next((i for i, t in enumerate(tokens) if lo + t.start == start), None)
    return at is not None and tokens[at].tag == "NNB" and (at == 0 or tokens[at - 1].tag not in ("SN", "NR", "MM")) \
        and lo + tokens[at].start + tokens[at].len < end


def sentence_state(text: str) -> str | None:
    """(places56b, issue 13) The one state the sentence names by a word of its own ('중국 경찰은 화요일 시안에서': CHN),
    or None when it names none or two ('이스라엘과 요르단'). Why: the state right before the town is how Korean news
    names a town abroad, but a date or the actor's noun often stands between ('중국 경찰은 화요일 X에서'), and the
    actor's state there is the town's about as often as the state written before it is. Asked for a town before a
    locative only: a town struck as an object is the other side's ('러시아군은 X를 공습했다' names no Russian town).
    The word is the state's name alone or with a particle or a body after it (lexicon `sentence_state_suffixes`)."""
    suffixes = tuple(lexicon("ko")["sentence_state_suffixes"])
    codes = set()
    for w in WORD_RE.finditer(text):
        form = w.group(0)
        code = country_index().get(form)
        if code is None:  # '이스라엘군은': the state before its body and particle
            code = next((country_index()[form[:-len(x)]] for x in suffixes
                         if form.endswith(x) and form[:-len(x)] in country_index()), None)
        if code is not None:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def korean_word(name: str, settings: LanguageSettings = KOREAN) -> bool:
    """Kiwi, reading the word before the locative particle as it stands, reads it from its own dictionary as one
    word that is no proper noun ('정부', '기지', '사원'), as common nouns only ('국경지대'), or with a verb or an
    ending in it. A name it reads as a proper noun ('모술') or does not know ('허톈') is no Korean word. Why with the
    particle: a word alone is read otherwise ('사원' alone as 사/NR 원/NNB). (places58) A verbal noun and a place
    ending kiwi reads as a proper noun ('야영지') is a Korean word too (lang/ko/site_nouns.place_common_noun, with the
    stem's syllables of `settings`)."""
    from readout.lang.ko.sentences import kiwi  # cold start: not loaded with `Korean`, only on first use

    tokens = [t for t in kiwi().tokenize(name + LOCATIVE) if t.start < len(name)]
    if any(t.tag[0] in "VEX" for t in tokens):
        return True
    known = all(not t.oov for t in tokens)
    if known and (len(tokens) == 1 and tokens[0].tag != "NNP" or all(t.tag == "NNG" for t in tokens)):
        return True
    return place_common_noun(name, settings.site_stem_syllables)  # places58: '야영지/NNP', a verbal noun and a place ending, is a Korean word


HEARD_TAGS = PLAIN_NOUN_TAGS  # a proper noun, or a common noun kiwi made of an unknown name and its genitive
PERSON_SYLLABLES = 3  # a Korean person's name: a surname and a given name of two syllables


def heard_towns(text: str, offset: int, found: list[Place], tokens: list | None,
                settings: LanguageSettings) -> list[Place]:
    """(koattack52) The places of the words kiwi reads as one proper noun (morpheme tag NNP, a whole word before its
    particle) that no table knows and that sound like exactly one of the world's larger cities."""
    from readout.lang.ko.places import is_locative  # cycle: places imports this module

    out: list[Place] = []
    for form, tag, start, length in tokens or ():
        if tag not in HEARD_TAGS or length < 2 or start and WORD_RE.match(text, start - 1) or text[start:start + length] != form:
            continue  # inside a longer word ('대자포리자'): not a word of its own
        if form.endswith(GENITIVE) and tag != "NNP":
            if korean_word(form, settings):
                continue  # '민주주의', '회의': a word of kiwi's own
            form = form[:-len(GENITIVE)]  # '니코폴의/NNG': kiwi glued the genitive to a name it does not know
        elif tag != "NNP":
            continue
        else:
            form = split_before_part(text, start, form, tokens)  # places56: '미콜라이/NNP 우/NNG 항구를'
        end = start + len(form)
        if any(p.span.start < offset + end and offset + start < p.span.end for p in found) \
                or lookup_city(form) is not None or state_before(text, start) is not None \
                or named_person_word(text, start, end, tokens):
            continue  # '이라크 칸다하르에서': a state named before it is heard among its own cities (heard_cities)
        entry = heard_town(form, settings)
        if entry is None and struck_after().match(text, end):
            entry = struck_town(form, settings)  # places57: '이지움을 공습했다': a smaller town, struck
        if entry is not None:
            out.append(heard(to_place(entry, form, offset + start, offset + end, is_locative(text, end, tokens))))
    return out + struck_verb_forms(text, offset, [*found, *out], tokens or (), settings)


VERB_TAGS = ("VV", "VA")
NOMINALIZER = "ETN"
OBJECT_PARTICLE = "JKO"


def struck_verb_forms(text: str, offset: int, found: list[Place], tokens,
                      settings: LanguageSettings = KOREAN) -> list[Place]:
    """(places57b, issue 14) A whole word kiwi splits into a verb made a noun ('이지움을 공습했다': 이/MM 지우/VV ᆷ/ETN
    을/JKO) before its object particle and an attack word (`struck_verbs.struck_after`) is heard as a struck town
    (`struck_town`), the word as written. Why: kiwi reads an unknown name whose last syllable closes in ㅁ as a verb's
    noun form, so no proper noun is there for `heard_towns`; a Korean noun made of a verb ('믿음', '싸움', '도움') is
    in kiwi's dictionary and read as one common noun, so a word split so is no Korean word. (speed59) The words are
    scanned (`struck_word_forms`) only when the sentence's morphemes hold both tags such a word ends with: the scan
    slices the sentence's morphemes once per word, and most sentences hold no nominalizer."""
    tags = {t[1] for t in tokens}
    if NOMINALIZER not in tags or OBJECT_PARTICLE not in tags:
        return []
    return struck_word_forms(text, offset, found, tokens, settings)


def struck_word_forms(text: str, offset: int, found: list[Place], tokens,
                      settings: LanguageSettings = KOREAN) -> list[Place]:
    """`struck_verb_forms`' reading of every word of the sentence."""
    out: list[Place] = []
    struck = struck_after()
    for word in WORD_RE.finditer(text):
        inside = [t for t in tokens if word.start() <= t[2] < word.end()]
        if len(inside) < 3 or inside[-1][1] != OBJECT_PARTICLE or inside[-2][1] != NOMINALIZER \
                or not any(t[1] in VERB_TAGS for t in inside[:-2]):
            continue
        start, end = word.start(), inside[-1][2]
        form = text[start:end]
        if end <= start or not struck.match(text, end) \
                or any(p.span.start < offset + end and offset + start < p.span.end for p in found):
            continue
        entry = struck_town(form, settings, verb_form=True)
        if entry is not None:
            out.append(heard(to_place(entry, form, offset + start, offset + end, False)))
    return out


def heard(place: Place) -> Place:
    """The place marked `HEARD` (pipeline/person_towns drops it where the story names a person so)."""
    place.span.data[HEARD] = True
    return place


def split_before_part(text: str, start: int, form: str, tokens: list) -> str:
    """(places56) The whole word a proper noun opens where kiwi split it into pieces with no particle and a part of a
    town follows it ('미콜라이/NNP 우/NNG 항구를': 미콜라이우, lexicon `town_part_nouns`); else the noun as read."""
    word = WORD_RE.match(text, start)
    end = word.end() if word else start + len(form)
    if end == start + len(form) or text[end:end + 1] != " ":
        return form
    if any(t[2] >= start + len(form) and t[2] < end and not t[1].startswith("NN") for t in tokens):
        return form  # a particle or an ending inside the word: not one name
    after = WORD_RE.match(text, end + 1)
    parts = lexicon("ko")["town_part_nouns"]
    return text[start:end] if after and any(after.group(0).startswith(p) for p in parts) else form


def heard_town(form: str, settings: LanguageSettings = KOREAN):
    """(koattack52) The one world city the proper noun `form` sounds like (kb/city_sound.town_by_sound), where no table
    reads or lists it and it is no Korean word nor a Korean person's name; else None."""
    from readout.kb.city_sound import town_by_sound  # cold start: not loaded with `Korean`, only on first use

    if form in country_index() or form in not_cities_ko() or person_name(form) or korean_word(form, settings):
        return None
    return town_by_sound(form)


def struck_town(form: str, settings: LanguageSettings = KOREAN, verb_form: bool = False):
    """(places57) The one world city of kb/city_sound.STRUCK_MIN_POPULATION or more the proper noun `form`, struck as an
    attack's object, sounds like, with `heard_town`'s guards; else None. (places57b) A `verb_form` word kiwi split into
    a verb made a noun (`struck_verb_forms`) is no Korean word by that split, nor a Korean person's name (kiwi reads
    such a name whole, as a proper noun: '김지움을'), so neither `korean_word` nor `person_name` is asked of it."""
    from readout.kb.city_sound import struck_town_by_sound  # cold start: not loaded with `Korean`, only on first use

    if form in country_index() or form in not_cities_ko() \
            or not verb_form and (person_name(form) or korean_word(form, settings)):
        return None
    return struck_town_by_sound(form)


def known_town(form: str, settings: LanguageSettings = KOREAN):
    """A town the gazetteer reads (kb.geo.lookup_city), else (koattack52) one heard by sound (`heard_town`): the
    readers that ask whether a genitive's owner is a place ('[니코폴의] 장터를') hear what the place finder heard."""
    return lookup_city(form) or heard_town(form, settings)


def named_person_word(text: str, start: int, end: int, tokens: list) -> bool:
    """A word of a person's name: a title right after it ('타라소 의장을': the title's holder), or a bare proper noun
    right before it ('호르헤/NNP 타라소'; a state's name before it is read by `state_before` first)."""
    after = WORD_RE.match(text, end + 1) if text[end:end + 1] == " " else None
    if after and any(title_of(after.group(0)[:n]) for n in range(len(after.group(0)), 1, -1)):
        return True
    for t in tokens:  # speed55: a plain loop, asked of every word heard as a town (no generator step per token)
        if t[1] == "NNP" and t[2] + t[3] == start - 1:
            return True
    return False


def person_named(text: str, name: str) -> bool:
    """(places59b) `name` stands as a person somewhere in `text`: a title right after it ('안바르 의원은') or a word
    only a person takes (lexicon ko `person_honorifics` and `person_only_words`: '안바르 씨', '안바르에게'). Why: a province
    whose first syllable is a Korean surname ('안바르', Anbar) took `person_name`'s shape alone for a person's name.
    (places60) The honorifics are the one list honorific_names reads, not repeated here."""
    after = (*lexicon("ko")["person_honorifics"], *lexicon("ko")["person_only_words"])
    for m in re.finditer(re.escape(name), text):
        spaced = text[m.end():m.end() + 1] == " "
        if text.startswith(after, m.end() + spaced) or spaced and named_person_word(
                text, m.start(), m.end(), []):
            return True
    return False


def person_name(word: str) -> bool:
    """A Korean person's name: `PERSON_SYLLABLES` syllables whose first is a Korean surname (romanization table)."""
    return len(word) == PERSON_SYLLABLES and word[0] in surname_forms()
