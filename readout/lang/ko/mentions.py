"""Korean person mentions: a name, the title chain after it, and the particle that gives its role.

"노규덕 외교부 한반도평화교섭본부장은" -> name 노규덕, office korea_peace_envoy, role subject;
"마리아 로페스 칠레 외교부 통상 담당 차관과" -> name 마리아 로페스, country CHL, role with.
Titles anchor the search: from a word that ends in a title, walk back over the chain (countries,
organizations, modifiers) to the run of proper-noun words just before it; with no name there, the
name may follow the title ("아르메니아 총리 니콜 파시냔은"), or there is none and the chain's state is
the mention ("중국 외교부 대변인은"). The chain's first state (not a host before 주재) gives the country,
and `kb.offices.office_for` the office the title means there ("미국 국방장관" -> secretary_of_defense).
Knowledge-base names are found directly as well, with or without a title.
What the chain says of a mention (its state and office) is read in title_chains.py, which body or post an office
belongs to in title_bodies.py (debt50).
"""
from __future__ import annotations

import functools
import re

from readout.cache import compile_pattern  # long name alternations: programs kept by the start-up cache
from readout.kb.loader import kb, lexicon
from readout.kb.offices import office_for
from readout.kb.names import looks_korean_name
from readout.lang.ko.agents import region_word
from readout.lang.ko.hanja_names import hanja_leader_mentions, hanja_leaders
from readout.lang.ko.joined_name_syllables import rejoined_names
from readout.lang.ko.name_runs import chain_before, name_after, name_run, sound_name
from readout.lang.ko.name_words import HANGUL_NAME_RE, chain_country, kb_hangul_names
from readout.lang.ko.postings import posted_abroad_state
from readout.lang.ko.predecessors import predecessor_mentions
from readout.lang.ko.tags import OBJECT_PARTICLES
from readout.lang.ko.title_bodies import (bare_body_head, body_name_run, body_named_mention, foreign_holder,
                                          home_agency, nameless_state)
from readout.lang.ko.title_chains import described_by_copula, fill_chain, genitive_state, set_office
from readout.lang.ko.words import (NAME_JOINERS, Word, country_of_word, is_org_word, multiword_country, role_of,
                                   title_of, title_table, titles, words_of)
from readout.patterns import alternation
from readout.model import RawMention


@functools.lru_cache(maxsize=1)
def kb_name_re() -> re.Pattern:
    forms = sorted(kb_hangul_names(), key=len, reverse=True)
    return compile_pattern(r"(?<![가-힣])(" + alternation(forms) + ")")


DESCENT_SUFFIX = ("계", "XSN")  # '세르비아계': of Serb descent


def descent_word(word: Word) -> bool:
    """A country word with the descent suffix ('세르비아계', '알바니아계'): a people, never a person's name."""
    toks = word.tokens
    return len(toks) >= 2 and tuple(toks[-1][:2]) == DESCENT_SUFFIX and country_of_word(toks[0][0]) is not None


@functools.lru_cache(maxsize=1)
def mention_gate() -> re.Pattern:
    """A title or a knowledge-base name: a sentence with neither holds no person mention here."""
    names = set(kb_hangul_names())
    short = set(lexicon("ko")["clause"]["short_titles"])  # '왕 부장은': the short form of a titled name
    organ_tails = {f.split()[-1] for o in kb().offices.values() for f in o.ko if " " in f}  # '국정원 차장': organ_title
    return compile_pattern(alternation({form for form, _office in titles()} | names | set(hanja_leaders()) | short
                                       | organ_tails))


def find_mentions(text: str, tokens: list, chain_tokens: int = 8, name_words: int = 5) -> list[RawMention]:
    """Person mentions of one Korean sentence (offsets relative to the sentence)."""
    if not mention_gate().search(text):
        words = words_of(text, tokens)
        found = sound_mentions(text, words, [])
        return sorted(found + predecessor_mentions(words, found, sound_word), key=lambda m: m.start)
    words = words_of(text, tokens)
    found = rejoined_names(text, words, title_mentions(text, words, chain_tokens, name_words))  # kofix49: '타피와 모요는'
    found += hanja_leader_mentions(words, role_of)
    for m in kb_mentions(text, words):
        overlapping = [o for o in found if o.start < m.name_end and m.start < o.name_end]
        for o in overlapping:  # the KB knows where the name starts: 안토니 블링컨, not 블링컨
            if m.start < o.start:
                o.start, o.surface = m.start, text[m.start:o.name_end]
        if not overlapping:
            found.append(m)
    found += sound_mentions(text, words, found)
    marks = tuple(lexicon("ko").get("former_title_marks", ()))
    for m in found:  # actors53: 'X 전 총리': a former officeholder, never another state's sitting one by sound
        m.former = bool(m.title) and m.title.split()[0] in marks
    found += predecessor_mentions(words, found, sound_word)  # actors62: '그의 전임자인 X는'
    return sorted(found, key=lambda m: m.start)


MAX_SOUND_WORDS = 3  # the words of a foreign name written by sound ('루이스 이나시우 룰라')


def sound_mentions(text: str, words: list[Word], found: list[RawMention]) -> list[RawMention]:
    """Untitled foreign names written by sound ('임란 칸은', '울프 크리스테르손은'): two or three Hangul words,
    the last with its particle, whose sound is a name of our own modern leaders' list (kb/leaders.py
    curated_by_sound); the resolver gives the person's country. Never a Korean name, a title, a country word
    or a word of a mention already found."""
    from readout.kb.leaders import curated_by_sound

    out: list[RawMention] = []
    for j, last in enumerate(words):
        if role_of(last.particle) != "subject" or last.has_verb or any(o.start <= last.start < o.end for o in found + out):
            continue  # the acting side: a name by sound is read only as the subject ('제재 일부를' is no one)
        for k in range(min(MAX_SOUND_WORDS, j + 1), 1, -1):
            run = words[j - k + 1:j + 1]
            if any(w.particle or w.has_verb or len(w.noun) < 2 for w in run[:-1]) or not all(map(sound_word, run)):
                continue  # only a surname may have one syllable ('임란 칸'), never a given name ('이 분')
            surface = " ".join(w.noun for w in run)
            if curated_by_sound(surface, None):
                out.append(RawMention(run[0].start, last.noun_end, last.noun_end, surface,
                                      role=role_of(last.particle)))
                break
    return out


def sound_word(word: Word) -> bool:
    """A word that may be part of a foreign name written by sound: Hangul only, no title, country or Korean
    name, and no common noun of two syllables or less as kiwi knows it ('제재', '일부', '정부')."""
    noun = word.noun
    if not noun or HANGUL_NAME_RE.fullmatch(noun) is None or title_of(noun) or country_of_word(noun) is not None \
            or looks_korean_name(noun):
        return False
    return not (len(noun) <= 2 and any(f == noun and tag == "NNG" for f, tag, _s, _l in word.tokens))


def title_mentions(text: str, words: list[Word], chain_tokens: int = 8, limit: int = 5) -> list[RawMention]:
    """Names with their title after them ("니콜 파시냔 아르메니아 총리는"), before them ("아르메니아 총리
    니콜 파시냔은"), or no name at all when the chain names a state ("중국 외교부 대변인은")."""
    lex = lexicon("ko")
    out: list[RawMention] = []
    for j, word in enumerate(words):
        owner = None
        hit = title_of(word.noun) or short_title_after_surname(words, j, lex) or organ_title(words, j)
        if not hit or any(m.start <= word.start < m.end for m in out):
            continue
        chain = chain_before(words, j, lex, chain_tokens)
        name_words = name_run(words, chain, limit)
        if len(name_words) == 1 and (region_word(name_words[0], words[j:]) or descent_word(name_words[0])):
            name_words = []  # '온타리오 주총리', '세르비아계 지도자': a region's office, a people's leader: no person
        prefix = word.noun[: len(word.noun) - len(hit[0])]
        after = [] if name_words or word.particle or word.has_verb else name_after(words, j, limit)
        if not after and not name_words and described_by_copula(word):  # consult16: '[중국 외교부 부부장]인 B와'
            named = name_after(words, j, limit)  # the office's holder is B, named after it
            after = named if named and named[-1].particle and sound_name(named) else []
        if not name_words and prefix and not chain and own_proper_token(word, prefix) \
                and not is_org_word(prefix) and title_of(prefix) is None:
            mention = RawMention(word.start, word.start + len(prefix), word.noun_end, prefix)  # 박진장관은
        elif name_words:
            first, last = name_words[0], name_words[-1]
            mention = RawMention(first.start, last.start + len(last.noun), word.noun_end,
                                 text[first.start:last.start + len(last.noun)])
        elif after:
            out.append(title_first_mention(text, words, j, chain, hit, after))
            continue
        elif inner := body_name_run(words, chain, lex, limit):
            out.append(body_named_mention(text, words, j, hit, inner, chain, lex))  # 'B국 외교부 [린모] 대변인은'
            continue
        elif (chain and (any(chain_country(words[k]) for k in chain) or multiword_country([words[k] for k in chain]))
              or (owner := genitive_state(words, chain, j))) \
                and (word.particle or word.has_verb or headline_object(words, j) or headline_topic(words, chain, j)):
            if profiled(words, j, lex):
                continue  # '[미국 NSC 보좌관을 지낸] B': the office of the person named next, no one of its own
            start = words[chain[0]].start if chain else word.start  # '중국 외교부 대변인은': the office, no name
            mention = RawMention(start, start, word.noun_end, "")
            if owner:  # koforeign70: '에스토니아의 [신임] 총리는': the state in the genitive before the chain
                fill_chain(mention, text, words, j, hit, lex)
                mention.country, mention.office = owner, office_for(mention.office, owner)
                mention.known_only = False
                out.append(mention)
                continue
        elif state_title(word, chain, words, lex):
            mention = RawMention(word.start, word.start, word.noun_end, "")  # '관방장관은': Japan's, no name
            fill_chain(mention, text, words, j, hit, lex)
            mention.country = lex["clause"]["state_titles"][word.noun]
            mention.office = office_for(mention.office, mention.country)
            out.append(mention)
            continue
        elif chain and not prefix and (word.particle or word.has_verb) \
                and (home := posted_abroad_state([words[k] for k in chain], lex, words[:chain[0]])):
            mention = RawMention(words[chain[0]].start, words[chain[0]].start, word.noun_end, "")  # '주중 대사는'
            fill_chain(mention, text, words, j, hit, lex)
            if word.particle not in OBJECT_PARTICLES:  # '주C 대사를': the host's mention is the side acted on
                mention.country, mention.office = home, office_for(mention.office, home)
            out.append(mention)
            continue
        elif (state := nameless_state(word, prefix, chain, words, hit, lex)) and not profiled(words, j, lex):
            mention = RawMention(word.start, word.start, word.noun_end, "")  # '주한 칠레대사는', '해양경찰청장은'
            fill_chain(mention, text, words, j, hit, lex)
            mention.country, mention.office = state
            out.append(mention)
            continue
        else:
            continue
        fill_chain(mention, text, words, j, hit, lex)
        mention.known_only = title_of(word.noun) is None and organ_title(words, j) is None  # a short title: the
        # document's own person or no one
        if mention.country is None and chain \
                and (home := posted_abroad_state([words[k] for k in chain], lex, words[:chain[0]])):
            mention.country, mention.office = home, office_for(mention.office, home)  # '김OO 주중 대사는': Korea's
        if mention.country is None and mention.surface and looks_korean_name(mention.surface):
            mention.country, mention.office = home_agency(mention.office, lex) or (None, mention.office)
        foreign_holder(mention, [words[k] for k in chain], lex)  # ko27: '[아룬 메흐타] 외교부 대변인': not Korea's
        bare_body_head(mention)  # ko27: '[B] 사무총장은' after 'B 나토 사무총장': the body the story named
        out.append(mention)
    return out


def profiled(words: list[Word], j: int, lex) -> bool:
    """'[칠레 외교장관을 지낸] B': a title that is the object of a relative verb describing a person's career (ko.yaml
    clause.profile_verbs, in an adnominal ending) belongs to the person named after it."""
    if words[j].particle not in OBJECT_PARTICLES or j + 1 >= len(words):
        return False
    tokens = [t for t in words[j + 1].tokens if t[1][0] == "V" or t[1] == "ETM"]
    return bool(tokens) and tokens[-1][1] == "ETM" and tokens[0][1][0] == "V" \
        and f"{tokens[0][0]}다" in lex["clause"]["profile_verbs"]


def state_title(word: Word, chain: list[int], words: list[Word], lex) -> bool:
    """'관방장관은 ...', '총통이 ...': a nameless title that only one state's office bears (ko.yaml
    clause.state_titles), written whole as the word with its particle and no state or name before it. The
    state is then known from the title alone; a state word before it is read by the chain instead."""
    if word.noun not in lex["clause"]["state_titles"] or not (word.particle or word.has_verb):
        return False
    return not any(chain_country(words[k]) or is_org_word(words[k].noun) for k in chain)


def short_title_after_surname(words: list[Word], j: int, lex) -> tuple[str, str] | None:
    """'왕 부장에게', '최 부상은': a short title the office table leaves out as too ambiguous alone, right after
    a bare one-syllable surname, is the short form of a person the story named with the full title ('왕이 중국
    외교부장'); the document's people resolve the surname, the short title gives only the generic office."""
    word = words[j]
    if word.noun not in lex["clause"]["short_titles"] or j == 0:
        return None
    before = words[j - 1]
    if len(before.noun) != 1 or not HANGUL_NAME_RE.fullmatch(before.noun) or before.particle or before.has_verb:
        return None
    return word.noun, lex["clause"]["short_title_office"]


def organ_title(words: list[Word], j: int) -> tuple[str, str] | None:
    """(koacts38) '국정원 차장은', '외무성 부상은', '노동당 국제부장은': a title the office table lists only with its organ
    written before it (the bare noun is no office, or too common a word: 차장, 부상), read where that organ is the word
    right before it. The hit is the word's own noun, so the chain before it still holds the organ and its state."""
    if j == 0 or words[j - 1].particle or words[j - 1].has_verb or not words[j].noun or title_of(words[j - 1].noun):
        return None  # after a title ('대통령 권한대행'), the word qualifies that title's holder: the chain reads it
    joined = words[j - 1].noun + words[j].noun
    office = title_table().get(joined)
    return (words[j].noun, office) if office else None


def headline_object(words: list[Word], j: int) -> bool:
    """'김정은, 러시아 국방장관 접견': in a headline a nameless office takes no particle; the bare verbal noun
    after it, ending the phrase, is what is done with it. (kofix46) A noun of the holder's family there is no verb
    but the phrase's head ('B국 대통령 부인, C와 회담': the president's wife, lexicon ko `kin_nouns`): the office
    only owns it, and its holder is no party of the headline, as in the sentence '대통령 부인이 ... 회담했다'."""
    nxt = words[j + 1] if j + 1 < len(words) else None
    return nxt is not None and not nxt.particle and not nxt.has_verb \
        and nxt.noun not in lexicon("ko").get("kin_nouns", ()) \
        and (j + 2 == len(words) or "…" in nxt.text or nxt.text.endswith((",", '"', "'")))


def headline_topic(words: list[Word], chain: list[int], j: int) -> bool:
    """(kohead46) '칠레 대통령, 페루 방문': a headline's topic is a bare noun phrase its comma closes where a sentence
    puts the topic particle ('칠레 대통령은'); a nameless office that opens the headline (after a bracketed tag at
    most: '[속보]') and ends on that comma is its state's holder, as with the particle."""
    first = chain[0] if chain else j
    return words[j].text == words[j].noun + "," and all(w.text.startswith("[") and w.text.endswith("]")
                                                         for w in words[:first])


def title_first_mention(text: str, words: list[Word], j: int, chain: list[int], hit: tuple[str, str],
                        after: list[Word]) -> RawMention:
    first, last = after[0], after[-1]
    start = words[chain[0]].start if chain else words[j].start
    mention = RawMention(start, last.start + len(last.noun), last.noun_end,
                         text[first.start:last.start + len(last.noun)], name_start=first.start)
    chain_text = text[start:words[j].noun_end]
    set_office(mention, chain_text, hit, [words[k] for k in chain] + [words[j]])
    mention.role = role_of(last.particle)
    return mention


def own_proper_token(word: Word, prefix: str) -> bool:
    """'박진장관': kiwi reads the name as a proper noun of its own (not '정책위의장', '현역의원')."""
    return any(form == prefix and tag == "NNP" and start == word.start for form, tag, start, _l in word.tokens)


# particles kiwi may read as nouns after a name it did not split off ('도' province, '만' bay, '과' section): after a
# listed name they are the name's particle
NOUN_READ_PARTICLES = frozenset({"도", "만", "과"})


def kb_mentions(text: str, words: list[Word]) -> list[RawMention]:
    """Knowledge-base names standing as a word (with a particle or a title after them)."""
    out = []
    for m in kb_name_re().finditer(text):
        word = next((w for w in words if w.start <= m.end() - 1 < w.end), None)
        if word is None:
            continue
        rest = text[m.end():word.noun_end].rstrip(",")  # a headline's '조태열, 블링컨과': the comma is no part of a word
        if rest[:1] in NAME_JOINERS:  # a headline's '조현·왕이 통화': two names joined by a middle dot
            out.append(RawMention(m.start(), m.end(), m.end(), m.group(1), role="other"))
            continue
        misread = rest in NOUN_READ_PARTICLES  # '아모링도': kiwi may read the particle 도 as the noun 'province'
        if rest and not title_of(rest) and not misread:
            continue  # 박진감: the name is only the start of another word
        end, particle = word.noun_end, (rest if misread else word.particle)
        honorific = honorific_after(words, word)
        if honorific is not None:  # '김정은 동지께서는': the honorific carries the name's particle
            end, particle = honorific.noun_end, honorific.particle
        out.append(RawMention(m.start(), m.end(), end, m.group(1), role=role_of(particle)))
    return out


def honorific_after(words: list[Word], word: Word) -> Word | None:
    """The honorific word ('동지', '동지께서는', '여사는') right after a bare name word, which then takes the
    name's particle: North Korean media write '김정은 동지께서는' where others write '김정은 위원장은'."""
    if word.particle or word.has_verb:
        return None
    i = next((k for k, w in enumerate(words) if w.start >= word.end), None)
    if i is None or words[i].noun not in lexicon("ko")["name_honorifics"]:
        return None
    return words[i]
