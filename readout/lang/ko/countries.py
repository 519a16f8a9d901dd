"""Korean country mentions in a sentence, with the particle that marks each (북한이, 러북, 한미는, 美, 워싱턴은).

What a word names, in order (the data is countries.yaml; the class of error each rule prevents is named):
  1. a country name (CLDR and news forms: 필리핀, 남아공), alone or with a head in the same word (중국측,
     러시아군); a form declared ambiguous with guard 'governed' (오만, 수단, 말리) counts only as a subject;
  2. Hanja (美, 韓美日);
  3. a compound of one-syllable forms. One syllable is most often an ordinary word or part of one (방한 중
     'during a visit', 중요, 일부, 미래, 독자, 북부), so it counts only when the compound licenses it:
     - parts joined by a separator (한·미·일, 북-러);
     - an undivided run of two or more syllables of different countries (한미, 북러, 한중일; not 한일남) that
       ends where kiwi ends a morpheme (not 일러스트), is not an ordinary word (미러, 중독, 한인), holds a core
       syllable (not 영호남),
       and either stands alone or goes on with a licensing head (한미동맹, 북미정상회담; 북미 'North America'
       needs the head);
     - one syllable that kiwi reads as a noun (not 중/NNB in 방한 중) followed by a head for one syllable,
       in the word or as the next word (미측, 미 국무부, 북 당국);
  4. 대 + syllable, "toward X" (대북 제재, 대중 관세): a recipient, never the acting side;
     A Latin abbreviation a `ko` list holds (UAE, US, UK) is read as written, with a particle or an agent noun
     after it ('UAE는', 'US 정부는'; not 'US 스틸');
  5. a capital standing for the government (워싱턴은, 베이징이), only with a subject, topic or 'with' particle;
  6. a listed body of one state or of the international system (펜타곤, 하마스, 탈레반, 유엔 안보리;
     organizations.yaml) stands for it where no country form covers it and no country word owns it.
The tables these rules look words up in are built from the data in lang/ko/country_tables.py.
"""
from __future__ import annotations

import functools
import re
from typing import Sequence

from readout.lang.ko.agents import (
    agent_words, compound_sector, is_agent_word, modified_agent, people_plural, place_agent_mentions, stance_word,
    sector_of as agent_sector,
)
from readout.kb.geo import country_index, guarded_forms, metonym_index, world_forms
from readout.dating import quoted_at
from readout.kb.loader import IGO_CODES, kb, lexicon
from readout.lang.ko import words as ko_words  # words_of, role_of
from readout.lang.ko.postings import posted_host_mentions
from readout.lang.ko.relation_owners import without_relation_owners
# the tables built from the data files (re-exported here: `countries.tables`, `countries.Reading` keep their path)
from readout.lang.ko.country_tables import (NOTHING, Reading, Tables, first_characters, mission_nouns,
                                            multiword_tables, origin_suffixes, own_state_words,
                                            state_neutral_compounds, tables)
from readout.lang.ko.toward import after_glossed_prefix, whole_name_after_prefix
from readout.lang.ko.groupings import with_groupings
from readout.lang.ko.guarded_places import opens_person_name, placed_guarded_state
from readout.lang.ko.home_words import governed_home_words, led_home_words, listed_states_bodies
from readout.model import CountryMention

SEPARATOR_RE = re.compile(r"[-·‧ㆍ・]")
NOUN_TAGS = ("NNP", "NNG", "SH", "SL")
# A guarded form (조지아, 수단, 말리) with these particles names the state when a state or a listed body is the
# subject before it ('유럽연합은 조지아에 ... 요구했다'): one state addresses another, not a US state or a word.
ADDRESSEE_PARTICLES = frozenset({"에", "에게"})
MAX_WORDS = 3  # a country form spans at most this many words ('중앙 아프리카 공화국')


def starts_with_head(rest: str, heads: Sequence[str]) -> bool:
    """Whether `rest` opens with one of `heads`: one C call over the tuple (the tables keep heads as tuples, so
    `tuple()` copies nothing), not a generator step per head for every word of every Korean sentence."""
    return rest.startswith(tuple(heads))


def boundaries(tokens: Sequence | None, start: int) -> set[int] | None:
    """Offsets inside the word where kiwi starts or ends a morpheme; None without morphemes."""
    if not tokens:
        return None
    return {t[2] - start for t in tokens} | {t[2] + t[3] - start for t in tokens}


def noun_tag(tokens: Sequence | None, start: int) -> str | None:
    """The tag of the one-syllable morpheme at the word's start (None without morphemes)."""
    for form, tag, s, length in tokens or ():
        if s == start and length == 1:
            return tag
    return None if not tokens else ""


def read_name(noun: str, t: Tables) -> Reading:
    """A country name, or a name with a head in the same word (중국측, 러시아군, 미국정부)."""
    if noun in t.names:
        return Reading((t.names[noun],), "name")
    if noun in state_neutral_compounds():
        return NOTHING  # '정부군 진지를 공격해': the government of the story's conflict, not the reader's own
    for n in range(min(len(noun) - 1, t.longest_name), 1, -1):
        if noun[:n] in t.names and (starts_with_head(noun[n:], t.single_heads) or noun[n:] in mission_nouns()):
            return Reading((t.names[noun[:n]],), "name")
    return NOTHING


def read_hanja(noun: str, t: Tables) -> Reading:
    run = [t.hanja[ch] for ch in noun if ch in t.hanja] if noun[:1] in t.hanja else []
    return Reading(tuple(dict.fromkeys(run)), "hanja") if run else NOTHING


def read_separated(noun: str, t: Tables) -> Reading:
    """'한·미·일', '북-러', '북한·러시아': every part a syllable or a name (the last may carry a head:
    '한·미동맹'); '북한·북핵' is no compound."""
    parts = SEPARATOR_RE.split(noun)
    if len(parts) < 2 or not all(parts):
        return NOTHING
    last = parts[-1]
    if len(last) > 1 and last[0] in t.abbr and starts_with_head(last[1:], t.compound_heads):
        parts[-1] = last[0]
    codes = [t.abbr.get(p) if len(p) == 1 else t.names.get(p) for p in parts]
    return Reading(tuple(dict.fromkeys(codes)), "compound") if all(codes) else NOTHING


CASE_PARTICLES = frozenset({"은", "는", "이", "가", "도", "의", "과", "와", "만", "끼리"})


def syllable_run(noun: str, t: Tables) -> str:
    """The longest prefix of different country syllables ('한미일정상' -> '한미일', '호불호' -> '호불')."""
    run = ""
    for ch in noun:
        if ch not in t.abbr or ch in run:
            break
        run += ch
    return run


def read_run(noun: str, t: Tables, bounds: set[int] | None, next_noun: str) -> Reading:
    """An undivided compound ('한미', '북러가', '한미연합훈련', '북미 정상회담')."""
    run = syllable_run(noun, t)
    if len(run) < 2 or run in t.ordinary or all(ch in t.minor for ch in run):
        return NOTHING
    codes = tuple(dict.fromkeys(t.abbr[ch] for ch in run))
    if len(codes) < len(run):
        return NOTHING  # '한일남', '남한': one country twice is a name or a word, not a compound
    if bounds is not None and len(run) not in bounds:
        return NOTHING  # '일러스트': kiwi reads one longer word
    rest = noun[len(run):]
    headed = starts_with_head(rest, t.compound_heads) if rest else starts_with_head(next_noun, t.compound_heads)
    if rest and not headed or run in t.need_head and not headed:
        return NOTHING
    return Reading(codes, "compound")


def read_single(noun: str, t: Tables, tokens: Sequence | None, start: int, next_noun: str | None) -> Reading:
    """One syllable with a head for it: '미측', '미국무부', '미 국무부', '북 당국'. Without context (a chain
    word asked about alone) the bare syllable still names its country, as callers in mentions expect."""
    syllable, rest = noun[:1], noun[1:]
    if syllable not in t.abbr:
        return NOTHING
    if rest:
        return Reading((t.abbr[syllable],), "single") if rest in t.single_heads or \
            starts_with_head(rest, t.single_heads) and len(rest) >= 2 else NOTHING
    if next_noun is None:
        return Reading((t.abbr[syllable],), "single")
    tag = noun_tag(tokens, start)
    if tag not in (None, *NOUN_TAGS) or not starts_with_head(next_noun, t.single_heads):
        return NOTHING  # '방한 중': 중 is a bound noun, not China
    return Reading((t.abbr[syllable],), "single")


def read_recipient(noun: str, t: Tables, next_noun: str | None) -> Reading:
    """'대북 제재', '대중관세', '대미 메시지': the country the policy is aimed at."""
    prefix, rest = noun[:2], noun[2:]
    if prefix not in t.recipients:
        return NOTHING
    headed = starts_with_head(rest, t.recipient_heads) if rest else \
        (prefix in t.recipient_free or starts_with_head(next_noun or "", t.recipient_heads))
    return Reading((t.recipients[prefix],), "recipient") if headed else NOTHING


def posted_remainder(noun: str, start: int, firsts) -> tuple[str, int]:
    """'주한러시아대사관', '주미한국대사관' written as one word: after the prefix of a post's host (lexicon
    `post_prefixes`), the state whose mission (`post_mission_nouns`) it is; the noun and its start as they were
    otherwise."""
    lex = lexicon("ko")
    if not noun.endswith(tuple(lex.get("post_mission_nouns", ()))):
        return noun, start  # '주한미군' is read whole elsewhere (the forces, not a mission)
    for prefix in lex.get("post_prefixes", ()):
        if noun.startswith(prefix) and noun[len(prefix):len(prefix) + 1] in firsts:
            return noun[len(prefix):], start + len(prefix)
    return noun, start


def read_word(noun: str, tokens: Sequence | None = None, start: int = 0, next_noun: str | None = None) -> Reading:
    """What the noun of one word names. `tokens` (kiwi morphemes, absolute offsets) and `start` (the
    word's offset) let the rules see morpheme boundaries; `next_noun` is the next word's noun (None: no
    context, as when a title chain asks about one word)."""
    return _read_word(noun, tuple(tokens) if tokens else None, start, next_noun)


@functools.lru_cache(maxsize=65536)
def _read_word(noun: str, tokens: tuple | None, start: int, next_noun: str | None) -> Reading:
    t = tables()
    if not noun:
        return NOTHING
    reading = read_name(noun, t)
    if not reading.codes:
        reading = read_hanja(noun, t)
    if not reading.codes and SEPARATOR_RE.search(noun):
        return read_separated(noun, t)
    if not reading.codes:
        reading = read_run(noun, t, boundaries(tokens, start), next_noun or "")
    if not reading.codes and noun[:2] in t.recipients:
        return read_recipient(noun, t, next_noun)
    if not reading.codes and noun.endswith(origin_suffixes()):
        return read_origin(noun, t)
    return reading if reading.codes else read_single(noun, t, tokens, start, next_noun)


def read_origin(noun: str, t: Tables) -> Reading:
    """'중국산 철강', '러시아산 원유': a product's origin is no actor; the state is only what a measure on the
    product is aimed at (a recipient, as in '대중 관세'). A full country name before the suffix, no abbreviation."""
    stem = next((noun[:-len(s)] for s in origin_suffixes() if noun.endswith(s)), "")
    reading = read_name(stem, t) if len(stem) > 1 else NOTHING
    return Reading(reading.codes, "recipient") if reading.codes else NOTHING


def countries_of_word(noun: str, tokens: Sequence | None = None, start: int = 0,
                      next_noun: str | None = None) -> list[str]:
    """Countries a word names as an actor: 미국, 美, 한미일, 북·러, 중국측 (not recipients: 대북)."""
    reading = read_word(noun, tokens, start, next_noun)
    return [] if reading.recipient else list(reading.codes)


def country_of_word(noun: str) -> str | None:
    codes = countries_of_word(noun)
    return codes[0] if codes else None


def head_at_end(joined: str) -> str:
    """The longest single head that ends `joined` and leaves something before it ('' if none)."""
    _prefixes, lengths, heads = multiword_tables()
    for n in lengths:
        if n < len(joined) and joined[-n:] in heads:
            return joined[-n:]
    return ""


def multiword_form(words: list, i: int) -> tuple[str, int] | None:
    """A country form of two or three words starting at word i ('미 정부', '유엔 안보리'): (code, last index)."""
    if words[i].text not in multiword_tables()[0]:
        return None  # no name or metonym starts with this word as written (every form read below does)
    names, metonyms = country_index(), metonym_index()
    for n in range(MAX_WORDS, 1, -1):
        if i + n <= len(words):
            # inner words as written: kiwi may read a name's first word as a noun and a particle (앤티 + 가)
            joined = " ".join([w.text for w in words[i:i + n - 1]] + [words[i + n - 1].noun])
            code = names.get(joined) or names.get(joined.replace(" ", "")) or metonyms.get(joined)
            if not code and words[i + n - 1].particle:  # '토바고' read as 토바 + 고 (a particle): the whole word
                code = names.get(" ".join(w.text for w in words[i:i + n]))
            if not code:  # '도미니카 공화국측', '상투메 프린시페군': a head joined to the name's last word
                head = head_at_end(joined)
                code = names.get(joined[:len(joined) - len(head)]) if head else None
            if code:
                return code, i + n - 1
    return None


def joined_sector(noun: str, codes: list[str]) -> str | None:
    """The sector of an agent noun written in one word with the country (러시아군 MIL, 중국측 GOV)."""
    for n in range(len(noun) - 1, 0, -1):
        if tables().names.get(noun[:n]) in codes:
            return agent_sector(noun[n:])
    return None


def agent_chain(words: list, skip: int, particle: str, sector: str | None) -> tuple[int, str, str | None]:
    """The agent nouns and head nouns after a country word without a particle ('미얀마 반군은', '토고 정부
    관계자는', '이란 군 당국은', '한미 양국은'): (index of the last word taken, its particle, the sector of
    the last agent phrase). Words inside a phrase carry no particle."""
    heads = lexicon("ko")["country_head_nouns"]
    owner = particle == "의"  # '이란의 국방부는', '태국의 헌법재판소는': the body right after the owner is its own
    start = skip
    while (not particle or owner) and skip + 1 < len(words):
        brief = portfolio_words(words[skip + 1:]) if skip > start else 0
        rest = words[skip + 1 + brief:]
        agent = agent_words([unordered(x.noun) for x in rest]) if rest else None
        if brief and agent is None:  # '외무성 [미국 담당] 부상': the organ's own title, read across the portfolio
            joined = agent_words([words[skip].noun] + [unordered(x.noun) for x in rest])
            agent = (joined[0] - 1, joined[1]) if joined and joined[0] > 1 else None
        if agent is None and not owner:
            agent = compound_agent(rest)
        body = body_sector(rest[0].noun)
        if agent and not any(x.particle for x in rest[:agent[0] - 1]):
            skip, sector = skip + brief + agent[0], agent[1]
        elif brief:
            break  # a portfolio is only read before the office it qualifies
        elif body and not owner or body and rest[0].particle:
            skip, sector = skip + 1, body
        elif rest[0].noun in heads and not owner or skip > start and rest[0].noun in lexicon("ko")["member_share_nouns"]:
            skip += 1  # request59: '여당 의원 대다수는': a share of the agents just named acts as they would
        else:
            break
        if owner and words[skip].particle in (None, "의"):
            return skip - (agent[0] if agent else 1), "의", None  # '중국의 외교부 대변인의 ...': left as it was
        owner, particle = False, words[skip].particle or ""
    return skip, particle, sector


PORTFOLIO_REACH = 2  # words of a portfolio before its marker ('아시아태평양 담당', '북미 협상 담당')
ORDINAL_RE = re.compile(r"제?[1-9](?=[가-힣])")  # '제1부상', '2차관': the rank among an organ's deputies


def portfolio_words(rest: list) -> int:
    """(koacts38) The words of a portfolio named inside a title chain after an organ ('외무성 [미국 담당] 부상',
    '외교부 [아시아 담당] 차관'): at most PORTFOLIO_REACH words without a particle, closed by a portfolio marker
    (lexicon `portfolio_markers`), with a word after it. A state named there is the office's business, not a
    side of the act; 0 when there is none."""
    markers = lexicon("ko")["portfolio_markers"]
    for n in range(1, PORTFOLIO_REACH + 1):
        if n >= len(rest) or rest[n - 1].particle or rest[n - 1].has_verb:
            return 0
        if rest[n].noun in markers and not rest[n].particle and n + 1 < len(rest):
            return n + 1
    return 0


def unordered(noun: str) -> str:
    """(koacts38) An office word without the ordinal that ranks it among the organ's deputies ('제1부상' -> '부상',
    '1차장' -> '차장'): the rank names the same office, and the agent table lists the office."""
    m = ORDINAL_RE.match(noun)
    return noun[m.end():] if m and len(noun) > m.end() + 1 else noun


def compound_agent(rest: list) -> tuple[int, str] | None:
    """(words, sector) of an agent phrase no table lists whole: a compound word ending in an agent noun
    ('연방경찰은') or one qualifying noun before one ('의류 노동자들은'), not a country word ('미국 중국 대사')."""
    compound = compound_sector(rest[0].noun)
    if compound:
        return 1, compound
    if countries_of_word(rest[0].noun) and not stance_word(rest[0]):  # '친이란 민병대': a stance, not a state's
        return None
    return modified_agent(rest) or people_plural(rest)


def qualified(phrase: list) -> bool:
    """An agent phrase that holds a word no agent table lists: a qualifier before the agent ('의류 노동자들') or a
    compound ('연방경찰'). The clause reader walks only over listed agent words from a country to the phrase's
    particle, so such a phrase is part of the country's mention, as a body's name is."""
    heads = lexicon("ko")["country_head_nouns"]
    return any(not is_agent_word(w.noun) and w.noun not in heads for w in phrase)


def body_sector(noun: str) -> str | None:
    """The sector of a body whose name ends with a head noun of `body_heads_ko` ('헌법재판소' JUD,
    '최고국가안보회의' GOV, '중앙은행' GOV): the agent table's entry for the whole word first."""
    heads = kb().countries.body_heads_ko
    head = next((h for h in heads if noun.endswith(h) and len(noun) > len(h) or noun == h), None)
    return (agent_sector(noun) or heads[head]) if head else None


def may_name(noun: str) -> bool:
    """False only where `read_word` surely finds nothing (see `first_characters`)."""
    return noun[:1] in first_characters() or SEPARATOR_RE.search(noun) is not None


def owned_head(words: list, i: int, t: Tables) -> bool:
    """A head noun that is itself a form of the reader's state ('정부') right after a proper noun without a
    particle that names no country ('마두로 정부', '네타냐후 정부'): the government of the one named before it,
    not the reader's own (a person the knowledge base knows gives it a country through the person). So is one
    after a personal pronoun in the genitive ('그의 정부는'): the pronoun's person's government (pipeline/mentions.py
    gives the pronoun its antecedent, whose state acts)."""
    w, prev = words[i], words[i - 1] if i else None
    if prev is None or w.noun not in t.single_heads or w.noun not in t.names:
        return False
    if prev.particle == "의" and prev.noun in lexicon("ko")["personal_pronouns"]:
        return True  # '그의 정부는', '그녀의 정부가': the government of the person the pronoun stands for
    return not prev.particle and prev.proper and not prev.has_verb and not countries_of_word(prev.noun)


def find_countries(text: str, offset: int, tokens: list) -> list[CountryMention]:
    words = ko_words.words_of(text, tokens)
    particles = set(kb().countries.metonym_particles_ko)
    metonyms, names, prefixes, t = metonym_index(), country_index(), multiword_tables()[0], tables()
    firsts, guarded = first_characters(), guarded_forms()  # `may_name` inlined: asked of every word
    with_particle, recipients = t.with_particle, t.recipients
    out: list[CountryMention] = []
    addressed: list[CountryMention] = []  # guarded forms a state or a body addresses (see ADDRESSEE_PARTICLES)
    pending: list[tuple[CountryMention, str]] = []  # guarded state names of `world_forms` not read as the subject
    skip = -1
    for i, w in enumerate(words):
        if i <= skip:
            continue
        noun = w.noun
        if noun[:1] not in firsts and noun not in prefixes and noun not in metonyms and noun not in with_particle \
                and w.text[:2] not in recipients and SEPARATOR_RE.search(noun) is None:
            continue  # most words: none of the readings below can name a country (each test is one of theirs)
        last, recipient = i, False
        multi = multiword_form(words, i) if w.noun in prefixes else None
        if multi and w.noun in own_state_words() and quoted_at(text, words[i].start):
            continue  # '"우리 군은 ... 대응할 것"': a speaker's own side, not the writer's state
        if multi:
            codes, last = [multi[0]], multi[1]
        elif w.noun in metonyms and w.noun not in names:
            if (w.particle or "") not in particles:
                continue  # '워싱턴에서' is a place; '워싱턴은' the government
            codes = [metonyms[w.noun]]
        else:
            next_noun = words[i + 1].noun if i + 1 < len(words) else ""
            named = w.noun[:1] in firsts or SEPARATOR_RE.search(w.noun) is not None
            reading = read_word(w.noun, w.tokens, w.start, next_noun) if named else NOTHING
            if not reading.codes:  # '주한러시아대사관' (not '주한미군', read whole): the embassy's own state
                noun, at = posted_remainder(w.noun, w.start, firsts)
                reading = read_word(noun, w.tokens, at, next_noun) if at != w.start else reading
            if not reading.codes and w.noun in t.with_particle and (w.particle or "") in CASE_PARTICLES:
                reading = Reading(tuple(dict.fromkeys(t.abbr[ch] for ch in w.noun)), "compound")  # '남북은 합의했다'
            if not reading.codes and w.text[:2] in t.recipients:  # kiwi reads '대러' as 대/VV + 러/EC
                reading = read_recipient(w.text.rstrip(",."), tables(), next_noun)
            toward = whole_name_after_prefix(w.noun, next_noun, t.names, t.recipient_heads) \
                if not reading.codes else None  # '대토고 수출'
            reading = Reading((toward,), "recipient") if toward else reading
            codes, recipient = list(reading.codes), reading.recipient or after_glossed_prefix(text, words, i)
        if not codes and not w.particle and w.noun in own_state_words():
            codes = own_state(text, words, i)  # '우리 해군 X부대는': the writer's state's forces
        if not codes or (not multi and owned_head(words, i, t)):
            continue
        lw = words[last]
        end, particle, skip = lw.start + len(lw.noun), lw.particle or "", last
        if multi and particle and " ".join(x.text for x in words[i:last + 1]) in names:
            end, particle = lw.end, ""  # the 'particle' is the name's last syllable ('토바고' read as 토바 + 고)
        owner = particle == "의"
        skip, particle, sector = agent_chain(words, skip, particle, joined_sector(w.noun, codes))
        if skip > last and (owner or body_sector(words[skip].noun) or qualified(words[last + 1:skip + 1])):
            end = words[skip].start + len(words[skip].noun)  # '이란의 국방부는', '태국 헌법재판소는', '의류 노동자들은'
        if w.noun in guarded and opens_person_name(words, i):
            skip = last
            continue  # kosubj49: '라오스 외교부의 오만 시사왓 대변인은': a spokesperson's given name, not the state
        if w.noun in guarded and sector is not None and any(
                x.noun in world_forms().get(w.noun, ()) for x in words[last + 1:skip + 1]):
            skip = last
            continue  # '조지아 주지사': the agent is one of the name's other reading (the US state's governor)
        if w.noun in guarded and ko_words.role_of(particle) != "subject" and sector is None and not recipient \
                and not guarded_in_context(words, i, last) and not joined_to_name(words, last, particle) \
                and not listed_among_states(words, i, last) \
                and not placed_guarded_state(text, words, i, particle):  # kodomestic49: '말리에서 무장세력이'
            if w.noun in world_forms() and particle:
                pending.append((CountryMention(offset + w.start, offset + end, codes, genitive=particle == "의",
                                               particle=particle), w.noun))  # counted in a world-news clause (world_mentions)
            skip = last
            if particle in ADDRESSEE_PARTICLES:
                addressed.append(CountryMention(offset + w.start, offset + end, codes, particle=particle))
            continue  # '오만' (arrogance), '수단' (means): the country only as the acting side or before an agent noun
        if w.noun.isascii() and not particle and sector is None:
            skip = last
            continue  # 'US 스틸', 'UK 밴드': a Latin abbreviation names the state only with a particle or an agent noun
        role = ko_words.role_of(particle)
        out.append(CountryMention(offset + w.start, offset + end, codes, genitive=particle == "의" and not recipient,
                                  subject=role == "subject" and not recipient, particle=particle or None,
                                  recipient=recipient, sector=sector))
    out += world_mentions(text, pending, out)
    out += body_mentions(text, offset, words, out)
    taken = {m.start for m in out}  # a form the world-news reading already counted stays counted once
    out += [a for a in addressed if a.start not in taken and any(m.subject and m.start < a.start for m in out)]
    out += posted_host_mentions(offset, words, out, lexicon("ko"))  # envoys50: '주C 대사를 불러들였다': C
    out = posted_states(offset, words, out)  # '유럽연합은 조지아에': a state addressed by a state or a body
    out = sorted(out + place_agent_mentions(offset, words, out), key=lambda c: c.start)
    out = with_groupings(text, offset, words, out)  # '유럽 3국은': every member (kb/groupings.py)
    for a, b in zip(out, out[1:]):  # '북한과 러시아는': both are the subject
        if a.particle in ("과", "와") and b.subject and b.start - a.end <= 3:
            a.subject = True
    out = without_relation_owners(offset, words, out)  # actors53: '러시아의 동맹국 벨라루스는': Belarus alone
    out = listed_states_bodies(text, offset, out)  # konames47: 'A와 B 등 5개국 외교부는': the listed states' body
    out = led_home_words(text, offset, words, out)  # actors59: '[라마포사 대통령이 이끄는] 정부가': the leader's state
    return governed_home_words(text, offset, out)  # refs39: '러시아 외무부는 ... 정부의 결정을': no home state


def own_state(text: str, words: list, i: int) -> list[str]:
    """'우리 해군 청해부대는', '우리 측 대표단은': the first-person word at `i` before an agent or body noun (read by
    `agent_chain`) names the writer's own state, as '한국 해군' would; [] when no agent follows ('우리 경제') or the
    word stands in a quotation (a foreign speaker's '우리 군' is that speaker's forces)."""
    if quoted_at(text, words[i].start):
        return []
    if agent_chain(words, i, "", None)[2] is None:
        return []
    return [own_state_words()[words[i].noun]]


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
        return w.tokens[-1][:2] == ("의", "JKG") and w.proper and (prev is None or bool(prev.particle) or not prev.tokens
                                                     or prev.tokens[-1][1] not in ("NNG", "ETM"))
    if not w.proper:  # kiwi tags the name a common noun inside a quote ('"수단 내 모든 당사자'), or splits it ('말리')
        return phrase_opening(w, prev)
    return prev is None or bool(prev.particle) or prev.proper or prev.text.endswith((",", "."))


def phrase_opening(w, prev) -> bool:
    """The guarded word opens its phrase: first in the sentence, right after a particle, a comma or a clause's ending
    ('외교부는 "[말리] 내 모든 당사자가', '...규탄한다"며 "[수단] 내'): no modifier before it can make it the ordinary
    word ('외교 수단', '마련할 수단': an adnominal ending modifies it)."""
    return prev is None or bool(prev.particle) or prev.text.endswith((",", ".")) or w.text[:1] in "\"“‘'" \
        or bool(prev.tokens) and prev.tokens[-1][1].split("-")[0] in ("EC", "EF")  # '...규탄한다"며 "[수단] 내'


def joined_to_name(words: list, last: int, particle: str) -> bool:
    """A guarded name joined by 과/와 to a state name right after it ('가나와 토고는', '차드와 니제르의'): one of a pair of
    states, not the ordinary word ('수단과 방법을': no state follows)."""
    nxt = words[last + 1] if last + 1 < len(words) else None
    return particle in ("과", "와") and nxt is not None and bool(countries_of_word(nxt.noun))


LIST_MARKS = (",", "·", "ㆍ", "・")


def listed_among_states(words: list, i: int, last: int) -> bool:
    """A guarded name (가나, 말리, 토고) standing as one item of a list of states ('나이지리아와 [가나], 세네갈 등',
    '세네갈, [말리], 니제르에', '[말리], 부르키나파소와'): a state before it closes on 과/와 or a list mark, or the name
    closes on a list mark and a state follows. An ordinary word ('가나다 순', '빨래를 말리다') has no state beside it."""
    prev = words[i - 1] if i else None
    if prev is not None and countries_of_word(prev.noun) and (
            prev.particle in ("과", "와") or prev.text.endswith(LIST_MARKS)):
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


def word_at(words: list, pos: int) -> int | None:
    """The index of the word holding sentence offset `pos`."""
    return next((i for i, w in enumerate(words) if w.start <= pos < w.end), None)


def diplomat_end(w, start: int) -> int | None:
    """Where a diplomat noun ends in word `w` when the word's noun, from `start`, ends with one ('유엔대사',
    '중국대사', '대사'); None when it does not."""
    tail = w.noun[max(0, start - w.start):]
    nouns = kb().countries.diplomat_nouns_ko
    return w.start + len(w.noun) if tail and any(tail.endswith(n) for n in nouns) else None


def posted_states(offset: int, words: list, found: list[CountryMention]) -> list[CountryMention]:
    """A state's diplomat at an international body is the state (GOV), never the body, as in English:
    '유엔 주재 러시아 대사는', '유엔 러시아 대사는' (the body, a seat word, the state and its diplomat: the body
    goes) and '중국의 유엔 대사는', '중국 유엔대사가' (the state, then the body and the diplomat: the state takes
    the phrase's particle). countries.yaml diplomat_nouns_ko, diplomat_seat_ko."""
    seats = set(kb().countries.diplomat_seat_ko)
    out = list(found)
    for body in [c for c in found if set(c.codes) <= IGO_CODES]:
        k = word_at(words, body.end - offset - 1)
        if k is None or (words[k].particle and words[k].particle != "의"):
            continue
        j = k + 1
        while j < len(words) and words[j].noun in seats and not words[j].particle:
            j += 1
        state_after = j > k + 1 or not words[k].particle
        posted = next((c for c in out if j < len(words) and c.start == offset + words[j].start
                       and not set(c.codes) & IGO_CODES and c.sector == "GOV"), None) if state_after else None
        if posted is not None:
            if any(words[m].noun.endswith(tuple(kb().countries.diplomat_nouns_ko)) for m in range(j, min(j + 2, len(words)))):
                out.remove(body)
            continue
        end = diplomat_end(words[k], body.end - offset) or (
            diplomat_end(words[k + 1], words[k + 1].start) if k + 1 < len(words) and not words[k].particle else None)
        state = next((c for c in out if k and c.end <= body.start and not set(c.codes) & IGO_CODES
                      and c.start >= offset + words[k - 1].start and c.particle in (None, "의")), None)
        if end is None or state is None:
            continue
        d = word_at(words, end - 1)
        particle = words[d].particle or ""
        role = ko_words.role_of(particle)
        out.remove(body)
        out[out.index(state)] = CountryMention(state.start, offset + end, state.codes, genitive=particle == "의",
                                               subject=role == "subject", particle=particle or None, sector="GOV")
    return out


def body_mentions(text: str, offset: int, words: list, found: list[CountryMention]) -> list[CountryMention]:
    """Listed bodies with a state (or UNO/EUR/IGO) as country mentions, with the particle of the word
    they end: '탈레반은', '유엔 안보리가', '하마스 대변인은' (a head noun after it passes its particle)."""
    from readout.lang.ko.organizations import country_words_before, listed_bodies, local_offices

    heads = lexicon("ko")["country_head_nouns"]
    out = []
    for org in listed_bodies(text, words) + local_offices(text, words):  # '해경은', and '포항해경은' glued
        start, end = offset + org.start, offset + org.end
        if org.country is None or any(c.start < end and start < c.end for c in found):
            continue
        k = next((i for i, w in enumerate(words) if w.start <= org.end - 1 < w.end), None)
        if k is None or (k and not words[k - 1].particle and org.start == words[k].start
                         and (countries_of_word(words[k - 1].noun) or country_words_before(words, k))):
            continue  # '러시아 국방부', '앤티가 바부다 외교부': the body of the state named before it (a ministry by pattern)
        if foreign_named_body(words, k, org.country):
            continue  # ko27: '[아짓 쿠마르] 외교부 대변인은': another state's spokesman, not Korea's ministry
        particle = words[k].particle or ""
        if not particle and k + 1 < len(words) and words[k + 1].noun in heads:
            particle = words[k + 1].particle or ""
        role = ko_words.role_of(particle)
        out.append(CountryMention(start, end, [org.country], genitive=particle == "의", subject=role == "subject",
                                  particle=particle or None, sector=org.sector))  # as English: '탈레반' REB
    return out



def foreign_named_body(words: list, k: int, code: str) -> bool:
    """'[아짓 쿠마르] 외교부 대변인은', '[팜투항] 국방부 대변인은': the home state's bare body word (words[k]) written between a
    name that is no Korean name and a title is the office of that person, another state's (lang/ko/mentions.foreign_holder
    leaves the person's state to the story): no mention of the home state. '이재웅 외교부 대변인은' stays Korea's."""
    from readout.kb.names import looks_korean_name
    from readout.lang.ko.name_words import name_like
    from readout.lang.ko.words import title_of

    if code != lexicon("ko")["dateline_home"] or k < 1 or k + 1 >= len(words) or words[k].particle \
            or title_of(words[k + 1].noun) is None:
        return False
    run = []
    for w in reversed(words[max(0, k - 3):k]):  # the name's words right before the body: '아누차 차이'
        if w.particle or not name_like(w) or countries_of_word(w.noun):
            break
        run.insert(0, w)
    return bool(run) and not looks_korean_name(" ".join(w.noun for w in run))


def foreign_body_voice(words: list, reach: int = 4) -> int | None:
    """The index of the title word of a sentence opening with another state's person at the home state's bare body
    ('[아짓 쿠마르] 외교부 대변인은 ...', `foreign_named_body`) as its subject or topic; None otherwise."""
    from readout.lang.ko.words import org_country

    for k in range(1, min(reach, len(words) - 1)):
        if org_country(words[k].noun) and foreign_named_body(words, k, org_country(words[k].noun) or "") \
                and words[k + 1].particle in ("은", "는", "이", "가"):
            return k + 1
    return None
