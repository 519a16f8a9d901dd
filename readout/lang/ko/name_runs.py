"""The run of words that is a person's name next to a Korean title: before it ('노규덕 외교부 ... 본부장은', walking
back over the chain of states, bodies and modifiers, `chain_before`, `name_run`) or after it ('아르메니아 총리 니콜
파시냔은', `name_after`), and the tests of a name's words (a surname, a name the knowledge base knows, a name written
by sound, an unknown noun that is no name).

Why a module of its own: `mentions.title_mentions` anchors on the title and asks these for the name; they read words
only, never the title table's offices.
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.countries import guarded_forms
from readout.kb.loader import kb, lexicon
from readout.kb.names import looks_korean_name
from readout.lang.ko.calendar_words import calendar_words
from readout.lang.ko.name_words import (HANGUL_NAME_RE, HYPHEN_NAME_RE, chain_country, chain_modifier, kb_hangul_names,
                                        name_like, org_word)
from readout.lang.ko.guarded_places import opens_person_name
from readout.lang.ko.tags import PLAIN_NOUN_TAGS
from readout.lang.ko.words import Word, country_of_word, is_org_word, multiword_country, title_of


SURNAME_RE = re.compile(r"[가-힣]{2,4}")
UNKNOWN_NOUN_RE = re.compile(r"[가-힣]{2,5}")
SOUND_NOUN_RE = re.compile(r"[가-힣]{2,8}")


def name_after(words: list[Word], j: int, limit: int = 5) -> list[Word]:
    """The name words right after a title word ('총리 니콜 파시냔은', '외무장관 후안 카를로스 페레스 고메스와'): up to
    `limit`, the last may carry the particle, none a verb."""
    run: list[Word] = []
    for k, w in enumerate(words[j + 1:j + 1 + limit], start=j + 1):
        if not run and verb_read_given_name(words, k):
            run.append(w)  # places60: '외교장관 [알마] 키스페는': a given name kiwi read as a verb form
            continue
        if w.has_verb or title_of(w.noun) or not (name_like(w) or (run and surname_like(w))):
            break
        run.append(w)
        if w.particle or w.text.endswith((",", ".")):
            break
    return run


GIVEN_NAME_RE = re.compile(r"[가-힣]{2,4}")
CONNECTIVE_ENDING = "EC"


def verb_read_given_name(words: list[Word], k: int) -> bool:
    """(places60, issue 14) The word `words[k]`, right after a title, is a foreign given name kiwi read as a verb stem
    and a connective ending ('알마' as 알/VV + 마/EC), where a proper noun follows it as the name's last word
    ('외교장관 알마 키스페는'). Why: a transcribed name it does not know is cut into the pieces that fit, and a
    word with a verb in it ended the name after the title before its first word. Why it is no Korean verb form there:
    a connective verb form ('만나', '지내') joins the next clause, whose word after it is a common noun or a verb
    ('만나 관세를') or its own object ('찾아 루이스를'), so the ending is none of the connective endings news prose
    joins clauses with (lexicon ko `clause_connective_endings`: 아, 고, 며, 서 ...); the word is the stem and one
    ending only, two to four Hangul syllables, and it holds no particle."""
    w = words[k]
    if not w.has_verb or w.particle or GIVEN_NAME_RE.fullmatch(w.text) is None or k + 1 >= len(words):
        return False
    tags = [t[1] for t in w.tokens]
    if len(tags) != 2 or tags[0] not in STEM_TAGS or tags[1] != CONNECTIVE_ENDING \
            or w.tokens[1][0] in lexicon("ko")["clause_connective_endings"]:
        return False  # '찾아 루이스를': a verb's ordinary connective form, the next clause's object after it
    last = words[k + 1]
    return last.proper and not last.has_verb and name_like(last)


STEM_TAGS = ("VV", "VA", "VV-I", "VA-I", "VV-R", "VA-R")  # kiwi's verb and adjective stems


def fragment_name(w: Word) -> bool:
    """(places60, issue 14) A word kiwi cut into nouns of one syllable each ('알마' read 알/NNG + 마/NNG), no particle
    and no verb in it, of two to four Hangul syllables, that names no title, body or state: a word kiwi does not know
    (a common word of its dictionary it reads whole: '신임', '차기', '정부'), so a name written by sound where it stands
    alone between a state and its title ('페루의 알마 대통령은', 'Peru's President Alma'). Why: such a name was
    dropped for not opening with a proper noun, and the title read a nameless office."""
    nouns = [t for t in w.tokens if t[1][0] != "S"]
    return not w.particle and not w.has_verb and GIVEN_NAME_RE.fullmatch(w.noun) is not None \
        and syllable_fragments(nouns) and all(t[1] in PLAIN_NOUN_TAGS for t in nouns) \
        and title_of(w.noun) is None and not is_org_word(w.noun) and country_of_word(w.noun) is None


@budget.table()
def name_tail_stops() -> frozenset[str]:
    """The nouns that end a name before them ('마크롱 정부', '메르켈 시절': lexicon `name_tail_stops`)."""
    return frozenset(lexicon("ko")["name_tail_stops"])


def surname_like(w: Word) -> bool:
    """A foreign name's later word after a proper one ('올라프 숄츠는': kiwi reads 숄츠 as a common
    noun): one Hangul noun morpheme of two to four syllables that names no body, title or group."""
    if HYPHEN_NAME_RE.fullmatch(w.noun):
        return name_like(w)
    nouns = [t for t in w.tokens if t[1][0] != "J"]
    return ((len(nouns) == 1 or syllable_fragments(nouns)) and all(t[1] in PLAIN_NOUN_TAGS for t in nouns)
            and SURNAME_RE.fullmatch(w.noun) is not None and w.noun not in name_tail_stops() and not is_org_word(w.noun))


def syllable_fragments(nouns: list) -> bool:
    """(konames47) '외교장관 마리아 소토는': kiwi cuts a transcribed word it does not know into nouns of one syllable
    each (소/NNG + 토/NNG); the name's later word is one word still, so the name is read whole, not its first word
    alone. Two words of the language (two syllables or more each) are not fragments."""
    return len(nouns) > 1 and all(len(t[0]) == 1 for t in nouns)


@budget.table()
def time_words() -> frozenset[str]:
    """The date reader's relative day, month and year words ('그제', '이튿날', '내달') and the calendar's day and month
    names ('금요일': lang/ko/calendar_words): a time, never a name."""
    lex = lexicon("ko")
    tables = ("date_relative_days", "date_relative_narrative_days", "date_relative_months", "date_relative_years")
    relative = frozenset(key for table in tables for key in lex.get(table, {}) if HANGUL_WORD_RE.fullmatch(key))
    return relative | calendar_words()


HANGUL_WORD_RE = re.compile(r"[가-힣]+")
ADVERB_TAGS = ("MAG", "MAJ")  # kiwi's general and conjunctive adverbs


def adverb_word(word: Word) -> bool:
    """A word kiwi reads whole as one adverb of two syllables or more ('조만간', '결국', '마침내', '오히려'): it
    stands before a name and is never part of one, so a title chain stops at it. (A one-syllable adverb may be
    a name's syllable read so, '또 럼': `known_name_run` reads listed names across it.)"""
    toks = word.tokens
    return len(toks) == 1 and toks[0][1] in ADVERB_TAGS and len(word.text) >= 2 and toks[0][0] == word.text


def chain_before(words: list[Word], j: int, lex, limit: int) -> list[int]:
    """Indexes of the words between a name and its title (countries, organizations, modifiers)."""
    chain: list[int] = []
    k = j - 1
    while k >= 0 and j - k <= limit:
        w = words[k]
        if w.particle or w.has_verb or w.text.endswith((",", ".", "·", "…")) or w.noun in lex["not_name_words"] \
                or w.text[:1].isdigit() or w.noun in time_words() or adverb_word(w):  # '10일', '그제': a date opens no name
            break
        chain.insert(0, k)
        k -= 1
    return chain


def guarded_given_name(words: list[Word], k: int) -> bool:
    """kosubj49: '라오스 외교부의 [오만] 시사왓 대변인은': a guarded state form (guard 'governed': 오만, 수단, 토고) opening
    a name after an organ's genitive is the person's first name (guarded_places.opens_person_name), not the state."""
    return words[k].noun in guarded_forms() and opens_person_name(words, k)


def name_run(words: list[Word], chain: list[int], limit: int = 5) -> list[Word]:
    """The proper-noun words (at most `limit`: '알리 하산 모하메드 알카비') that end just before the first country,
    organization or modifier."""
    lex = lexicon("ko")
    cut = next((i for i, k in enumerate(chain)
                if (org_word(words[k]) or chain_modifier(words[k].noun, lex)) and not guarded_given_name(words, k)),
               len(chain))
    if cut < len(chain) and words[chain[cut]].noun in lex["post_host_followers"]:
        return []  # '카이로 주재 이란 대사': the word before 주재 is where the post sits, not who holds it
    multi = multiword_country([words[k] for k in chain[:cut]]) if cut > 1 else None
    cut = multi[0] if multi else cut  # '마셜 제도 대통령': a country of several words is no name
    known = known_name_run(words, chain[:cut])
    if not known and cut < len(chain):  # '압델 파타 엘시시 이집트 대통령': a listed name holding an org's word (Fatah)
        whole = known_name_run(words, chain)
        known = whole if whole and words.index(whole[0]) <= chain[0] else []
    if known:
        return known
    run: list[Word] = []
    for k in reversed(chain[:cut]):
        if not (name_like(words[k]) or surname_like(words[k]) or short_surname(words, k, chain, bool(run))
                or run and guarded_given_name(words, k)) or len(run) == limit:
            break
        run.insert(0, words[k])
    opening = unknown_opening(words, chain, cut, run, limit)
    if opening:
        return opening
    before_country = cut < len(chain) and bool(chain_country(words[chain[cut]]))
    owned = possessed_opening(words, chain, run)
    while run and not name_like(run[0]) and not ((before_country or owned) and unknown_given_name(run, lex)) \
            and not (owned and len(run) == 1 and fragment_name(run[0])):
        run.pop(0)  # a name opens with a proper noun: '안나 노바크', not '노바크' alone; (places60) '페루의 [알마] 대통령'
    if not run and chain and titled_name(words[chain[0]]) and all(chain_country(words[k]) for k in chain[1:cut]):
        run = [words[chain[0]]]  # '한정 중국 국가부주석': a name that is also a word, known to stand before a title
    if not run and cut == 1 and len(chain) > 1 and unknown_noun(words[chain[0]], lex) and (
            chain_country(words[chain[1]]) or (len(words[chain[0]].noun) == 3 and looks_korean_name(words[chain[0]].noun)
                                               and is_org_word(words[chain[1]].noun))):
        run = [words[chain[0]]]  # '쑨웨이둥 중국 외교부 부부장': a foreign name kiwi reads as a common noun; '안덕근
        # 산업통상자원부 장관': a Korean name of three syllables kiwi reads so, right before its ministry
    return run


def unknown_given_name(run: list[Word], lex) -> bool:
    """'유세프 다르 [요르단 외교장관]': a foreign given name kiwi reads as one common noun (`unknown_noun`), before a
    word kiwi reads as proper and the title chain's country word (the caller checks it), opens the name as a proper
    noun would."""
    return len(run) > 1 and unknown_noun(run[0], lex, SOUND_NOUN_RE) and name_like(run[1])


def possessed_opening(words: list[Word], chain: list[int], run: list[Word]) -> bool:
    """(koforeign70) '에스토니아의 [일가 발렌스카] 총리는': the name run fills the whole gap between a state in the
    genitive and the title, so a given name kiwi reads as a common noun opens it as the chain's country word after
    the name would (`unknown_given_name`): the possessive says whose office it is, and nothing else stands between."""
    if not run or not chain or chain[0] == 0 or words[chain[0]] is not run[0]:
        return False
    owner = words[chain[0] - 1]
    return owner.particle == GENITIVE and not owner.has_verb and country_of_word(owner.noun) is not None


GENITIVE = "의"


def unknown_opening(words: list[Word], chain: list[int], cut: int, run: list[Word], limit: int) -> list[Word]:
    """'무라트 누르틀레우 카자흐스탄 외무장관은': kiwi reads the words of a foreign name it does not know as common
    nouns, most often at the start of a sentence, so the proper run stops short of them or finds none. The words
    before the run are taken as the name's when every one of them, back to where the chain opens, is such an
    unknown noun (no time word, modifier, organization or title: `unknown_noun`), the name ends right before the
    chain's country word, and the whole name is two words or more (one alone: name_run's '쑨웨이둥' rule) and at
    most `limit`. Anything else before the run, and the run stays as it was."""
    opened = [words[k] for k in chain[:cut - len(run)]]
    lex = lexicon("ko")
    if not opened or cut >= len(chain) or not chain_country(words[chain[cut]]) \
            or not all(unknown_noun(w, lex, SOUND_NOUN_RE) and not w.particle and not w.has_verb for w in opened):
        return []
    whole = opened + run
    return whole if 2 <= len(whole) <= limit else []


def known_name_run(words: list[Word], chain: list[int]) -> list[Word]:
    """'또 럼 베트남 공산당 서기장': two or three words of the chain (with the word before it, which kiwi may leave
    out: '또' read as 'also') that spell a Hangul name the knowledge base lists, whatever each word's tag."""
    forms = hangul_person_forms()
    ks = ([chain[0] - 1] if chain and chain[0] > 0 else []) + list(chain)  # kiwi may leave '또' (also) out of it
    for n in (3, 2):
        for s in range(0, len(ks) - n + 1):
            run = [words[k] for k in ks[s:s + n]]
            if all(not w.particle and not w.has_verb for w in run) and (
                    " ".join(w.noun for w in run) in forms or "".join(w.noun for w in run) in forms):
                return run
    return []


@budget.table()
def hangul_person_forms() -> frozenset[str]:
    """Every Hangul form of a person the knowledge base lists, with and without its spaces."""
    forms = kb_hangul_names()
    return forms | {f.replace(" ", "") for f in forms}


def short_surname(words: list[Word], k: int, chain: list[int], inside: bool) -> bool:
    """'메리 응 캐나다 통상장관': a one-syllable surname written by sound (Ng, Wu, Li) closes a foreign name
    only right after a given name kiwi reads as proper, as the name's last word: kiwi may read the syllable as
    anything ('응' an interjection), so the proper word before it is what says it is a name."""
    w = words[k]
    if inside or len(w.noun) != 1 or not HANGUL_NAME_RE.fullmatch(w.noun) or w.particle or w.has_verb \
            or k - 1 not in chain or title_of(w.noun) or country_of_word(w.noun):
        return False
    before = words[k - 1]
    return before.proper and len(before.noun) >= 2 and name_like(before)


@budget.table()
def titled_names() -> frozenset[str]:
    """Persons' Hangul names that are also ordinary words ('한정'): names only right before a title."""
    return frozenset(f for p in kb().persons.values() for f in getattr(p, "ko_titled", []))


def titled_name(word: Word) -> bool:
    """The word is such a name, alone (no particle, no verb: '한정된' and '한정은' are the word)."""
    return word.noun in titled_names() and not word.particle and not word.has_verb


def unknown_noun(word: Word, lex, shape: re.Pattern = UNKNOWN_NOUN_RE) -> bool:
    """One noun morpheme of two to five syllables (`shape`) opening a chain right before its country word, which
    no list knows as a word that stands there (a time, a modifier, an organization, a title)."""
    return len(word.tokens) == 1 and word.tokens[0][1] in PLAIN_NOUN_TAGS and bool(shape.fullmatch(word.noun)) \
        and word.noun not in lex["not_name_words"] and not chain_modifier(word.noun, lex) \
        and not is_org_word(word.noun) and title_of(word.noun) is None


def sound_name(run: list[Word]) -> bool:
    """A name run after a describing office that is a name alone: each word a proper or name-like noun and nothing
    after the last one's particle ('B와', not 'B 준장은', whose rank title reads the name itself)."""
    return all(name_like(w) or surname_like(w) for w in run)
