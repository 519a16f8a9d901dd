"""Korean person mentions: a name, the title chain after it, and the particle that gives its role.

"노규덕 외교부 한반도평화교섭본부장은" -> name 노규덕, office korea_peace_envoy, role subject;
"마리아 로페스 칠레 외교부 통상 담당 차관과" -> name 마리아 로페스, country CHL, role with.
Titles anchor the search: from a word that ends in a title, walk back over the chain (countries,
organizations, modifiers) to the run of proper-noun words just before it; with no name there, the
name may follow the title ("아르메니아 총리 니콜 파시냔은"), or there is none and the chain's state is
the mention ("중국 외교부 대변인은"). The chain's first state (not a host before 주재) gives the country,
and `kb.offices.office_for` the office the title means there ("미국 국방장관" -> secretary_of_defense).
Knowledge-base names are found directly as well, with or without a title.
"""
from __future__ import annotations

import functools
import re

from readout.cache import compile_pattern  # long name alternations: programs kept by the start-up cache
from readout.kb.loader import kb, lexicon
from readout.kb.offices import equivalence, office_for
from readout.kb.names import looks_korean_name
from readout.lang.ko.agents import region_word
from readout.lang.ko.hanja_names import hanja_leader_mentions, hanja_leaders
from readout.lang.ko.joined_name_syllables import rejoined_names
from readout.lang.ko.name_runs import chain_before, guarded_given_name, name_after, name_run, sound_name
from readout.lang.ko.name_words import HANGUL_NAME_RE, chain_country, chain_modifier, kb_hangul_names, name_like
from readout.lang.ko.postings import posted_abroad_state
from readout.lang.ko.predecessors import predecessor_mentions
from readout.lang.ko.tags import OBJECT_PARTICLES
from readout.lang.ko.words import (HOST_WORDS, NAME_JOINERS, Word, country_in, country_of_word, is_org_word,
                                   multiword_country, org_country, role_of, title_of, title_table, titles, words_of)
from readout.patterns import alternation
from readout.model import RawMention


LATIN_ALIAS_RE = re.compile(r"^[(（]\s*([A-Z][A-Za-z.'\- ]{2,40})\s*[)）]")
CHAIN_GAP_RE = re.compile(r"\s+|[(（][^)）]*[)）]")
LIST_MARKS = ",，、"  # the marks that close one item of a list of titled names


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


BODY_BOUND_BARE = frozenset({"un_secretary_general"})  # offices a bare title ('사무총장') binds to one body by default


def bare_body_head(mention: RawMention) -> None:
    """'[B] 사무총장은' with no body written before the title: the head of whichever body the document named B the head
    of ('B 나토 사무총장을 만났다 ... B 사무총장은 규탄했다': NATO's, not the UN's), so the title's default body is not the
    person's state; a name the document never titled before is still found in the knowledge base by name (the UN's own
    head), and a title with no name stays the UN's."""
    if mention.surface and mention.office in BODY_BOUND_BARE and title_of(mention.title or "") \
            and title_of(mention.title)[0] == mention.title:
        mention.country = None


def foreign_holder(mention: RawMention, chain: list[Word], lex) -> None:
    """A name that is no Korean name before a bare home body's title ('[아짓 쿠마르] 외교부 대변인은', '[팜투항] 국방부
    대변인은') with no state written in the chain: the holder of that body of another state, which the document names
    elsewhere (Korean news writes Korea's own officials with a Korean name, '이재웅 외교부 대변인'). The title's default
    home state is dropped: the person's state stays unknown here and the knowledge base or the story names it."""
    home = lex["dateline_home"]
    if not mention.surface or mention.country != home or looks_korean_name(mention.surface) \
            or any(chain_country(w) or org_country(w.noun) not in (None, home) for w in chain) \
            or multiword_country(chain):
        return
    mention.office, mention.country = equivalence(mention.office), None


MAX_BODY_NAME_WORDS = 3  # words of a name standing between a state's body and the title: '레티하', '호세 페레스'


def body_name_run(words: list[Word], chain: list[int], lex, limit: int) -> list[Word]:
    """'베트남 외교부 [레티하] 대변인은', '칠레 국방부 [호세 페레스] 차관은': a name the knowledge base does not know,
    written between a state's body and its title. name_run stops at the body's word, so the chain read as a nameless
    office and a later '그는' went to the last person the document knew. Taken only when a state is named at the
    chain's opening (its word or its body's: '중국외교부'), the body's word comes right before the name, and every
    name word reads as a name (`name_like`: proper, no state, body or modifier word; '정례 브리핑 대변인' is none)."""
    bodies = [i for i, k in enumerate(chain) if is_org_word(words[k].noun)]
    if not bodies:
        return []
    run = [words[k] for k in chain[bodies[-1] + 1:]]
    if not 1 <= len(run) <= min(limit, MAX_BODY_NAME_WORDS) or body_state(words, chain[:bodies[-1] + 1]) is None:
        return []
    if any(chain_country(w) or w.particle or w.has_verb or not name_like(w) or chain_modifier(w.noun, lex)
           for w in run):
        return []
    return run


def body_state(words: list[Word], chain: list[int]) -> str | None:
    """The state the chain before a name names first: a state word or a body of one ('중국외교부')."""
    return next((code for k in chain if (code := chain_country(words[k]) or org_country(words[k].noun))), None)


def body_named_mention(text: str, words: list[Word], j: int, hit: tuple[str, str], run: list[Word],
                       chain: list[int], lex) -> RawMention:
    """The person `body_name_run` found, with the office its title means in the body's state."""
    first, last = run[0], run[-1]
    mention = RawMention(first.start, last.start + len(last.noun), words[j].noun_end,
                         text[first.start:last.start + len(last.noun)])
    fill_chain(mention, text, words, j, hit, lex)
    state = body_state(words, [k for k in chain if words[k].end <= first.start])
    if mention.country is None and state:
        mention.country, mention.office = state, office_for(mention.office, state)
    mention.known_only = False
    return mention


def nameless_state(word: Word, prefix: str, chain: list[int], words: list[Word], hit: tuple[str, str],
                   lex) -> tuple[str, str] | None:
    """(state, office) of a title standing alone with its particle, no name and no state in the words before it:
    a state written into the title's own word ('칠레대사는'; '주한칠레대사는', 'Chile's ambassador in Korea': the host
    after 주 is not the envoy's state), or the head of a body of the report's home state (offices.yaml `agency`:
    '해양경찰청장은'; '합참의장은', '경찰청장은': the general title's office in the home state, when that office heads
    a listed body there). None for a generic title ('청장은': whose?)."""
    if not (word.particle or word.has_verb) or any(chain_country(words[k]) or is_org_word(words[k].noun) for k in chain):
        return None
    offices = kb().offices
    if prefix:
        code = prefix_state(prefix)
        return (code, office_for(hit[1], code)) if code and not offices[hit[1]].generic else None
    return home_agency(hit[1], lex)


def home_agency(office: str | None, lex) -> tuple[str, str] | None:
    """(home state, office) where `office` heads a body of the report's home state (offices.yaml `agency`), itself
    or as the home state's office of its class ('경찰청장' -> kor_police_commissioner): '해양경찰청장은', and '김철수
    경찰청장은', a Korean name with that title and no state. None for a generic title or another state's office."""
    home = lex["dateline_home"]
    offices = kb().offices
    if office not in offices:
        return None
    office = office if offices[office].agency else office_for(office, home)
    entry = offices.get(office)
    if entry is None or entry.generic or not entry.agency or entry.country != home:
        return None
    return home, office


def prefix_state(prefix: str) -> str | None:
    """The state a title's own word names before the title: the whole prefix a state's name ('칠레' of '칠레대사'), or
    the state after a posting's host ('주한칠레': in Korea, Chile's). A posting alone ('주칠레', to Chile) names the
    envoy's host, not his state: None."""
    from readout.lang.ko.country_words import country_of_word

    if prefix.startswith(POSTED) and len(prefix) > len(POSTED) + 1 and country_of_word(prefix[len(POSTED):len(POSTED) + 1]):
        prefix = prefix[len(POSTED) + 1:]
    elif prefix.startswith(POSTED):
        return None
    code = country_of_word(prefix) if len(prefix) > 1 else None
    return code if code and country_in(prefix) == code else None


POSTED = "주"  # '주한', '주미': posted in (a state's one-syllable form after it)


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


def fill_chain(mention: RawMention, text: str, words: list[Word], j: int, hit: tuple[str, str], lex) -> None:
    chain_text = text[mention.name_end:mention.end]
    chain_words = [w for w in words if mention.name_end <= w.start < mention.end]
    set_office(mention, chain_text, hit, chain_words)
    mention.role = role_of(words[j].particle)
    if mention.country is None and mention.surface:
        mention.country = country_before(words, mention)
        mention.office = office_for(mention.office, mention.country)
    alias = LATIN_ALIAS_RE.match(text[mention.name_end:mention.name_end + 45])
    mention.alias = alias.group(1).strip() if alias else None


def set_office(mention: RawMention, chain_text: str, hit: tuple[str, str], chain_words: list[Word]) -> None:
    """Title, office, country and exclusion from the chain: the longest title the chain ends with,
    the first state it names (not a host state before 주재: '중국 주재 미국 대사' is American), and the
    office that title means in that state ('미국 국방장관' -> secretary_of_defense)."""
    chain_text = chain_text.rstrip().rstrip(LIST_MARKS)  # 'A 페루 국방부 장관, B ...': the list's comma is no part of it
    mention.title = chain_text.strip() or hit[0]
    flat = CHAIN_GAP_RE.sub("", chain_text)
    office = title_of(flat)
    mention.office = organ_office(chain_words, hit) or (office[1] if office else hit[1])
    for i, w in enumerate(chain_words):
        code = country_in(w.noun) or org_country(w.noun)
        hosted = i + 1 < len(chain_words) and chain_words[i + 1].noun in HOST_WORDS
        if code and not hosted:
            mention.country = code
            break
    multi = None if mention.country else multiword_country(chain_words)
    mention.country = mention.country or (multi[1] if multi else None) or kb().offices[mention.office].country
    mention.office = office_for(mention.office, mention.country)
    mention.excluded = kb().offices[mention.office].role == "excluded"


def organ_office(chain_words: list[Word], hit: tuple[str, str]) -> str | None:
    """'합참 작전본부장': a head noun with a word of its own before it ('작전'), after an organ: the organ's own office
    of that noun ('합참 본부장': the JCS's division head), not the bare noun's ('본부장': the peace envoy's)."""
    if len(chain_words) < 2 or chain_words[-1].noun == hit[0]:
        return None
    own = title_of(chain_words[-2].noun + hit[0])
    return own[1] if own and own[0] == chain_words[-2].noun + hit[0] else None


def country_before(words: list[Word], mention: RawMention) -> str | None:
    """'한국의 박진 장관', '일본의 하야시 외상': a country in the genitive just before the name; '칠레군 대변인인 X
    준장': the state of an office the name is described by with the copula (`described_state`)."""
    prev = [w for w in words if w.end <= mention.start]
    while prev and not prev[-1].particle and guarded_given_name(words, words.index(prev[-1])):
        prev = prev[:-1]  # kosubj49: '외교부의 [오만] 시사왓 대변인': the guarded first name is the person's
    if prev and prev[-1].particle == "의":
        return country_of_word(prev[-1].noun) or organ_state(prev)
    return described_state(prev) if prev else None


def genitive_state(words: list[Word], chain: list[int], j: int) -> str | None:
    """(koforeign70) '에스토니아의 신임 총리는', '라트비아의 외교 장관은': a title with no name, whose chain (modifiers and
    the title's own words) names no state, right after a state in the genitive: the office is that state's, as
    '에스토니아 신임 총리는' reads it without the particle. The chain words must all be modifiers or common words of
    the office (no name, no body); None otherwise."""
    first = chain[0] if chain else j
    if first == 0 or any(words[k].proper or is_org_word(words[k].noun) for k in chain):
        return None
    owner = words[first - 1]
    if owner.particle != "의" or owner.has_verb:
        return None
    code = country_of_word(owner.noun)
    return code if code and country_in(owner.noun) == code else None


COPULA_ADNOMINAL = (("이", "VCP"), ("ᆫ", "ETM"))  # '대변인인': 'who is the spokesman'
DESCRIPTION_WORDS = 3  # words of the office phrase before the copula word ('페루 국방부 작전국장인')


def organ_state(prev: list[Word]) -> str | None:
    """kosubj49: '라오스 외교부의 X 대변인은': a state's organ in the genitive before the name ('외교부의', '국방부의',
    the state's word right before it, no particle between) is the person's employer, so its state is the person's."""
    if len(prev) < 2 or not is_org_word(prev[-1].noun) or prev[-2].particle:
        return None
    return country_of_word(prev[-2].noun)


def described_by_copula(word: Word) -> bool:
    """'...부부장인', '...대변인인': an office word closed by the copula's adnominal form, describing the name after it."""
    return tuple(tuple(t[:2]) for t in word.tokens[-2:]) == COPULA_ADNOMINAL


def described_state(prev: list[Word]) -> str | None:
    """'칠레군 대변인인 X 준장은', '페루 국방부 국장인 X 소장': a name after an office phrase closed by the copula's
    adnominal form is that office's holder, and a rank after the name names no state; the state is the one the
    phrase names (a country word or a body of one), within DESCRIPTION_WORDS words that carry no particle."""
    last = prev[-1]
    if tuple(tuple(t[:2]) for t in last.tokens[-2:]) != COPULA_ADNOMINAL or title_of(last.noun) is None:
        return None
    phrase: list[Word] = []
    for w in reversed(prev[-1 - DESCRIPTION_WORDS:-1]):
        if w.particle or w.has_verb:
            break
        phrase.insert(0, w)
    # the first state the phrase names, as in a title chain ('페루 국방부': Peru's, not the ministry's default state)
    return next((c for w in phrase if (c := chain_country(w))), None) \
        or next((c for w in phrase if (c := org_country(w.noun))), None)


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
