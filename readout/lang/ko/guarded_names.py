"""Whether a guarded state name (수단, 오만, 말리, 토고, 조지아: guard 'governed' in countries.yaml) that is not the
subject names the state: before a noun of a state's affairs ('수단 난민'), joined to or listed among states ('가나와 토고는',
'세네갈, 말리, 니제르에'), or in a clause of world news ('러시아는 조지아를 비난했다'). Otherwise it is the ordinary
word ('외교 수단', '오만한 태도') or the other place (the US state). lang/ko/countries.find_countries asks these; the
locative at a clause's head is lang/ko/guarded_places.py.
"""
from __future__ import annotations

from readout.kb.geo import lookup_city, world_forms
from readout.kb.loader import IGO_CODES, lexicon
from readout.lang.ko import words as ko_words
from readout.lang.ko.agents import sector_of
from readout.lang.ko.calendar_words import with_calendar
from readout.lang.ko.country_words import countries_of_word
from readout.lang.ko.guarded_places import bare_time_word, two_word_time
from readout.lang.ko.guarded_site_owners import place_site_after
from readout.lang.ko.tags import CLAUSE_END_TAGS, COORDINATING_PARTICLES, GENITIVE_PARTICLE, OBJECT_PARTICLES
from readout.model import CountryMention
from readout.sectors import STATE_BODY_SECTORS


def guarded_in_context(words: list, i: int, last: int) -> bool:
    """A guarded name (수단 'Sudan' or 'means') with no particle of its own, or a proper noun in the genitive
    ('토고의 회원국 자격'), names the state before a noun of a state's affairs ('수단 내전 당사자들에게', '수단 난민',
    '말리 사태'; lexicon ko `guarded_state_context`) where kiwi reads it as a proper noun and no adnominal or
    modifier noun makes it the ordinary word ('마련할 수단', '외교 수단 동원', '외교 수단의')."""
    w = words[i]
    if last + 1 >= len(words) or words[last + 1].noun not in lexicon("ko").get("guarded_state_context", ()):
        return False
    prev = words[i - 1] if i else None
    if w.particle:  # '토고의 회원국 자격', '토고와의 국경': a proper noun owning a state's affairs is the state
        return w.tokens[-1][:2] == GENITIVE_PARTICLE and w.proper and (prev is None or bool(prev.particle) or not prev.tokens
                                                     or prev.tokens[-1][1] not in ("NNG", "ETM"))
    if not w.proper:  # kiwi tags the name a common noun inside a quote ('"수단 내 모든 당사자'), or splits it ('말리')
        return opening_at(words, i)
    return prev is None or bool(prev.particle) or prev.proper or prev.text.endswith((",", "."))


def part_of_state_after(words: list, i: int, last: int, codes: list[str]) -> bool:
    """(koarmed71) A guarded name kiwi reads as a proper noun, with no particle, opening its phrase, before a part of a
    state ('말리 북부에서', '수단 동부의'; lexicon ko `state_part_nouns`) or a town or region of that same state ('수단
    다르푸르에서', '말리 팀북투 인근'; kb/geo `lookup_city`): the state the place lies in, as 'Darfur, Sudan' names it.
    The ordinary words stand before no such place ('외교 수단', '말리 빨래'), and a modifier before them makes them no
    phrase's opening ('외교적 수단')."""
    w = words[i]
    if w.particle or not w.proper or last + 1 >= len(words) or not opening_at(words, i):
        return False
    nxt = words[last + 1].noun
    town = lookup_city(nxt)
    return nxt in lexicon("ko").get("state_part_nouns", ()) or town is not None and town.country in codes \
        or place_site_after(words, last, codes)  # kojudge47: '차드 [아드레의] 군 기지': the site's state


def opening_at(words: list, i: int) -> bool:
    """`phrase_opening` of word `i`, with the word before its neighbour, so that a time of two words ('다음 달')
    is read whole."""
    return phrase_opening(words[i], words[i - 1] if i else None, words[i - 2] if i > 1 else None)


def phrase_opening(w, prev, before=None) -> bool:
    """The guarded word opens its phrase: first in the sentence, right after a particle, a comma or a clause's ending
    ('외교부는 "[말리] 내 모든 당사자가', '...규탄한다"며 "[수단] 내'): no modifier before it can make it the ordinary
    word ('외교 수단', '마련할 수단': an adnominal ending modifies it). A bare time word before it dates the clause and
    modifies nothing ('프랑스는 10일 [가나를] 비난했다', '지난달 [말리와]'; kofollow66), and so does a time of two words
    ahead or behind ('다음 달 [토고를] 방문할', '지난 주 [가나를]'; plans55b: `before` is the word before `prev`)."""
    return prev is None or bool(prev.particle) or prev.text.endswith((",", ".")) or w.text[:1] in "\"“‘'" \
        or bare_time_word(prev) or two_word_time(before, prev) \
        or bool(prev.tokens) and prev.tokens[-1][1].split("-")[0] in CLAUSE_END_TAGS  # '...규탄한다"며 "[수단] 내'


def joined_to_name(words: list, last: int, particle: str) -> bool:
    """A guarded name joined by 과/와 to a state name right after it ('가나와 토고는', '차드와 니제르의'): one of a pair of
    states, not the ordinary word ('수단과 방법을': no state follows)."""
    nxt = words[last + 1] if last + 1 < len(words) else None
    return particle in COORDINATING_PARTICLES and nxt is not None and bool(countries_of_word(nxt.noun))


# The case particles with which a guarded name kiwi reads as a proper noun is addressed by the subject state before it
# (`addressed_name`): the object (을/를), the owner (의), the recipient (에/에게) and the partner (과/와); (koacts60)
# the source (로부터/으로부터: '가나는 [토고로부터의] 요구를 거부했다': the side whose demand is refused).
ADDRESSED_PARTICLES = frozenset({"을", "를", "의", "에", "에게", "과", "와", "로부터", "으로부터"})


def addressed_name(words: list, i: int, particle: str) -> bool:
    """A guarded name (가나, 토고, 말리, 오만) that kiwi reads as a proper noun, opening its phrase and carrying a case
    particle ('프랑스는 [가나를] 비난했다', '[토고의] 핵실험을', '[몰타와] 회담했다'): in a sentence whose subject is another
    state it names the state that subject acts on (countries.find_countries keeps it only after a subject state).
    The ordinary words are common nouns to kiwi ('수단을 가리지 않고', '오만을 버려야', '저지를 시도했다') or have a
    modifier before them ('외교적 수단을', '모든 수단을')."""
    w = words[i]
    return particle in ADDRESSED_PARTICLES and w.proper and not w.has_verb \
        and opening_at(words, i)


def acted_on_name(text: str, words: list, i: int, particle: str) -> bool:
    """(groups54, issue 14) A guarded name kiwi reads as a common noun ('수단' means, '오만' arrogance), opening its
    phrase as the object right before a verb done only to a party (lexicon ko `party_object_verb_re`: '[수단을]
    비난했다', '[수단을] 제재하기로', '[수단을] 공격했다'): in a sentence whose subject is another state (countries
    .find_countries keeps it only then) it names the state acted on, as a proper-noun reading would
    (`addressed_name`). A means is sought, used or found ('수단을 동원했다', '수단을 찾아'), never condemned; with a
    modifier before it ('모든 수단을', '외교적 수단을') or no subject state it stays the common word."""
    w = words[i]
    if particle not in OBJECT_PARTICLES or w.has_verb or w.text != w.noun + particle:
        return False
    return lexicon("ko").re("party_object_verb_re").match(text, w.start + len(w.text)) is not None \
        and opening_at(words, i)


def office_subject_opens(text: str) -> bool:
    """(actors58, issue 14) Whether the sentence opens with a bare office title as its subject ('장관은 ...', '장군은
    ...': lexicon ko `office_back_re`, a title the table knows): an official acts for a state, so a guarded name it
    addresses or acts on ('장관은 [수단을] 비난했다') names the state as after a subject state, not the ordinary word.
    (actors60b) So does a bare body or force of a state ('경찰은 [토고를] 규탄했다', '군은 [차드를] 비난했다': the agent
    table's sector of a state body, `STATE_BODY_SECTORS`): it acts for the state of the story's scene as an official
    does, and a guarded name it condemns is a state, where no state subject came before it. People of no state
    (protesters, rebels) are not read so: their words may aim at a thing as well."""
    found = with_calendar(lexicon("ko"), "office_back_re").match(text)
    return found is not None and (found.group("title") in ko_words.title_table()
                                  or sector_of(found.group("title")) in STATE_BODY_SECTORS)


SEARCH_STEM = "찾"  # '수단을 찾아': a means looked for as often as Sudan visited


def visited_name(text: str, words: list, i: int) -> bool:
    """(kofix48) A guarded name (가나, 부탄, 오만, 몰타) opening its phrase as the object of a visit or the place of an
    arrival (lexicon ko `visited_object_re`: '[가나를] 방문했다', '[부탄을] 국빈 방문 중인', '[몰타에] 도착했다'),
    whoever the subject is ('박 장관은 지난주 가나를 방문했다'): only a state or a place is visited or arrived in. The
    ordinary words are sought, not visited ('다른 수단을 찾아', left as it reads), or have a modifier before them; an
    adverb before the name modifies the verb, no noun ('어제 [가나에] 도착했다')."""
    w = words[i]
    found = lexicon("ko").re("visited_object_re").match(text, w.start)
    prev = words[i - 1] if i else None
    return found is not None and found.group(1) == w.noun and SEARCH_STEM not in found.group(0)[len(w.noun):] \
        and not w.has_verb and (opening_at(words, i) or bool(prev.tokens) and all(t[1] == "MAG" for t in prev.tokens))


def passive_agent_name(words: list, i: int, last: int, particle: str) -> bool:
    """A guarded name (가나, 토고, 말리) that kiwi reads as a proper noun, opening its phrase and standing as the agent
    of a passive clause on 에 의해 ('회담이 [가나에] 의해 취소됐다'): the state that acted, as any state name there is.
    The ordinary word has a modifier before it ('초콜릿 가나에 의해') or is no proper noun to kiwi."""
    w, nxt = words[i], words[last + 1] if last + 1 < len(words) else None
    return particle == "에" and nxt is not None and nxt.text.startswith("의해") and w.proper and not w.has_verb \
        and opening_at(words, i)


HEADLINE_TOPIC_WORDS = 3  # words a headline's topic may run to its comma ('칠레 외교부 대변인,'), a bracketed tag apart


def headline_addressed(words: list, i: int, particle: str) -> bool:
    """(kohead46) A guarded name (가나, 토고, 말리, 오만) that kiwi reads as a proper noun, right after the comma that closes
    a headline's topic naming a state ('칠레 대통령, [토고] 규탄', '칠레 외교부, [토고]에 항의'), bare as a headline leaves
    it or with a case particle: the state that topic acts on, as '칠레 대통령은 토고를 규탄했다' names it. The topic is
    a run of bare nouns opening the headline; the ordinary words are common nouns to kiwi ('칠레 대통령, 오만 버려야')."""
    w = words[i]
    if not i or not w.proper or w.has_verb or particle and particle not in ADDRESSED_PARTICLES:
        return False
    topic = [x for x in words[:i] if not (x.text.startswith("[") and x.text.endswith("]"))]
    return 0 < len(topic) <= HEADLINE_TOPIC_WORDS and words[i - 1].text == words[i - 1].noun + "," \
        and all(not x.particle and not x.has_verb and x.text.rstrip(",") == x.noun for x in topic) \
        and any(countries_of_word(x.noun) for x in topic)


LIST_MARKS = (",", "·", "ㆍ", "・")


def listed_among_states(words: list, i: int, last: int) -> bool:
    """A guarded name (가나, 말리, 토고) standing as one item of a list of states ('나이지리아와 [가나], 세네갈 등',
    '세네갈, [말리], 니제르에', '[말리], 부르키나파소와'): a state before it closes on 과/와 or a list mark, or the name
    closes on a list mark and a state follows. An ordinary word ('가나다 순', '빨래를 말리다') has no state beside it."""
    prev = words[i - 1] if i else None
    if prev is not None and countries_of_word(prev.noun) and (
            prev.particle in COORDINATING_PARTICLES or prev.text.endswith(LIST_MARKS)):
        return True
    nxt = words[last + 1] if last + 1 < len(words) else None
    return nxt is not None and words[last].text.endswith(LIST_MARKS) and bool(countries_of_word(nxt.noun))


def world_mentions(text: str, pending: list[tuple[CountryMention, str]], found: list[CountryMention]) -> list[CountryMention]:
    """A guarded state name in any role where the clause is world news ('러시아는 조지아를 비난했다', '수단은
    차드와 회담했다'): the sentence names another state and no word of the name's other reading ('주지사',
    '애틀랜타': the US state; `world_forms`). As English `world_mentions`."""
    out = []
    for m, form in pending:
        others = {c for f in found for c in f.codes if c not in m.codes and c not in IGO_CODES}
        if others and not any(w in text for w in world_forms()[form]):
            out.append(m)
    return out
