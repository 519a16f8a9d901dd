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
belongs to in title_bodies.py (debt50), what one title word reads as (a name before or after it, a state's office) in
title_readers.py (debt51).
"""
from __future__ import annotations

import re

from readout import budget
from readout.cache_patterns import compile_pattern  # long name alternations: programs kept by the start-up cache
from readout.kb.agents import nouns_ko
from readout.sectors import STATE_BODY_SECTORS
from readout.kb.loader import kb, lexicon
from readout.kb.offices import office_for
from readout.kb.names import looks_korean_name
from readout.lang.ko.agents import region_word
from readout.lang.ko.hanja_names import hanja_leader_mentions, hanja_leaders
from readout.lang.ko.honorific_names import honorific_mentions
from readout.lang.ko.joined_name_syllables import rejoined_names
from readout.lang.ko.name_runs import chain_before, name_after, name_run, sound_name
from readout.lang.ko.name_words import HANGUL_NAME_RE, kb_hangul_names
from readout.lang.ko.postings import posted_abroad_state
from readout.lang.ko.predecessors import predecessor_mentions
from readout.lang.ko.title_bodies import bare_body_head, foreign_holder, home_agency
from readout.lang.ko.title_chains import described_by_copula, fill_chain
from readout.lang.ko.title_readers import TitleAt, read_title
from readout.lang.ko.words import (NAME_JOINERS, Word, country_of_word, role_of, title_of, title_table, titles,
                                   words_of)
from readout.patterns import alternation
from readout.model import RawMention


@budget.table()
def kb_name_re() -> re.Pattern:
    forms = sorted(kb_hangul_names(), key=len, reverse=True)
    return compile_pattern(r"(?<![가-힣])(" + alternation(forms) + ")")


DESCENT_SUFFIX = ("계", "XSN")  # '세르비아계': of Serb descent


def descent_word(word: Word) -> bool:
    """A country word with the descent suffix ('세르비아계', '알바니아계'): a people, never a person's name."""
    toks = word.tokens
    return len(toks) >= 2 and tuple(toks[-1][:2]) == DESCENT_SUFFIX and country_of_word(toks[0][0]) is not None


@budget.table()
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
        found += honorific_mentions(words, found, sound_word, role_of)  # places57: '밀러 씨가'
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
    found += honorific_mentions(words, found, sound_word, role_of)  # places57: '밀러 씨가' is a person
    marks = tuple(lexicon("ko").get("former_title_marks", ()))
    for m in found:  # actors53: 'X 전 총리': a former officeholder, never another state's sitting one by sound
        m.former = bool(m.title) and m.title.split()[0] in marks
    found += predecessor_mentions(words, found, sound_word)  # actors62: '그의 전임자인 X는'
    return sorted(found, key=lambda m: m.start)


MAX_SOUND_WORDS = 3  # the words of a foreign name written by sound ('루이스 이나시우 룰라')


def sound_mentions(text: str, words: list[Word], found: list[RawMention]) -> list[RawMention]:
    """Untitled foreign names written by sound ('임란 칸은', '울프 크리스테르손은'): two or three Hangul words,
    the last with its particle, whose sound is a name of our own modern leaders' list (kb/leader_sounds.py
    curated_by_sound); the resolver gives the person's country. Never a Korean name, a title, a country word
    or a word of a mention already found."""
    from readout.kb.leader_sounds import curated_by_sound  # cold start: not loaded with `Korean`, only on first use

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
    니콜 파시냔은"), or no name at all when the chain names a state ("중국 외교부 대변인은"): each title word is read
    once (`title_at`) and asked of title_readers.TITLE_READERS, the first answer winning."""
    lex = lexicon("ko")
    out: list[RawMention] = []
    for j, word in enumerate(words):
        if any(m.start <= word.start < m.end for m in out):
            continue
        at = title_at(text, words, j, lex, chain_tokens, limit)
        if at is None:
            continue
        found = read_title(at)
        if found is None or found.mention is None:
            continue
        if found.finish:
            finish_mention(found.mention, at)
        out.append(found.mention)
    return out


def title_at(text: str, words: list[Word], j: int, lex, chain_tokens: int, limit: int) -> TitleAt | None:
    """The title word `words[j]` read for the readers: its title, the chain before it, the name run before the chain
    (none for a region's office or a people's leader: '온타리오 주총리', '세르비아계 지도자'), what the word holds
    before its title, and the name after it; None where the word ends in no title."""
    word = words[j]
    hit = title_of(word.noun) or short_title_after_surname(words, j, lex) or organ_title(words, j)
    if not hit or agent_before_title(words, j, hit[0]):
        return None
    chain = chain_before(words, j, lex, chain_tokens)
    name_words = name_run(words, chain, limit)
    if len(name_words) == 1 and (region_word(name_words[0], words[j:]) or descent_word(name_words[0])):
        name_words = []  # '온타리오 주총리', '세르비아계 지도자': a region's office, a people's leader: no person
    prefix = word.noun[: len(word.noun) - len(hit[0])]
    after = [] if name_words or word.particle or word.has_verb else name_after(words, j, limit)
    if not after and not name_words and described_by_copula(word):  # consult16: '[중국 외교부 부부장]인 B와'
        named = name_after(words, j, limit)  # the office's holder is B, named after it
        after = named if named and named[-1].particle and sound_name(named) else []
    return TitleAt(text, words, j, hit, chain, name_words, prefix, after, lex, limit)


def agent_before_title(words: list[Word], j: int, title: str) -> bool:
    """(actors57b) The bare title word `words[j]` closes, with the word before it, an agent phrase of the table that
    is no office ('반군 지도자' REB, '종교 지도자' REL, '부족 지도자' ELI: Phoenix REBEL_LEADER, RELIGIOUS_LEADER): the
    agent reader gives the group's sector, as English 'a rebel leader'; read as the title alone ('지도자', a state's
    leader) it made the state's government. An office written so ('야당 지도자', offices.yaml) stays a title."""
    word = words[j]
    if j == 0 or word.noun != title or words[j - 1].particle or words[j - 1].has_verb:
        return False
    before = words[j - 1].noun
    return nouns_ko().get(f"{before} {title}") not in (None, *STATE_BODY_SECTORS) \
        and f"{before}{title}" not in title_table()


def finish_mention(mention: RawMention, at: TitleAt) -> None:
    """What every mention named by its own words passes (a name before the title, in the title's word, or an office
    whose chain names its state): the chain's filling, a short title's known-only reading, a post abroad's sending
    state, a Korean name's home agency, a foreign holder of a home title, a bare title's body."""
    words, chain, lex = at.words, at.chain, at.lex
    fill_chain(mention, at.text, words, at.j, at.hit, lex)
    mention.known_only = title_of(at.word.noun) is None and organ_title(words, at.j) is None  # a short title: the
    # document's own person or no one
    if mention.country is None and chain \
            and (home := posted_abroad_state([words[k] for k in chain], lex, words[:chain[0]])):
        mention.country, mention.office = home, office_for(mention.office, home)  # '김OO 주중 대사는': Korea's
    if mention.country is None and mention.surface and looks_korean_name(mention.surface):
        mention.country, mention.office = home_agency(mention.office, lex) or (None, mention.office)
    foreign_holder(mention, [words[k] for k in chain], lex)  # ko27: '[아룬 메흐타] 외교부 대변인': not Korea's
    bare_body_head(mention)  # ko27: '[B] 사무총장은' after 'B 나토 사무총장': the body the story named


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
