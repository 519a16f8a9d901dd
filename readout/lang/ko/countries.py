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
The tables these rules look words up in are built from the data in lang/ko/country_tables.py. What one word names
(rules 1-4) is lang/ko/country_words.py; the agent phrase after a country word ('미얀마 반군은') lang/ko/agent_chains.py;
when a guarded form that is not the subject names the state lang/ko/guarded_names.py; listed bodies and diplomats at
international bodies (rule 6) lang/ko/country_bodies.py. This module reads a sentence's words with them.
"""
from __future__ import annotations

from readout.dating import quoted_at
from readout.kb.countries import guarded_forms
from readout.kb.geo import country_index, metonym_index, world_forms
from readout.kb.loader import IGO_CODES, kb, lexicon
from readout.lang.ko import words as ko_words  # words_of, role_of
from readout.lang.ko.agent_chains import agent_chain, body_sector, joined_sector, outsiders_within, qualified
from readout.lang.ko.agents import CIVILIANS, place_agent_mentions
from readout.lang.ko.capital_owners import capital_deed_owners
from readout.lang.ko.capital_destinations import capital_destinations
from readout.lang.ko.country_bodies import body_mentions, posted_states
from readout.lang.ko.unlisted_groups import unlisted_group_mentions
# the tables built from the data files (re-exported here: `countries.tables`, `countries.Reading` keep their path)
from readout.lang.ko.country_tables import (NOTHING, Reading, Tables, first_characters, multiword_tables,
                                            own_state_words, tables)
from readout.lang.ko.deed_named_states import deed_named
from readout.lang.ko.country_words import (SEPARATOR_RE, countries_of_word, posted_remainder, read_recipient,
                                           read_word)
from readout.lang.ko.groupings import with_groupings
from readout.lang.ko.guarded_names import (acted_on_name, addressed_name, guarded_in_context, headline_addressed, joined_to_name,
                                          listed_among_states, office_subject_opens, part_of_state_after,
                                          passive_agent_name, visited_name, world_mentions)
from readout.lang.ko.guarded_places import opens_person_name, placed_guarded_state
from readout.lang.ko.shared_heads import shared_head_sectors
from readout.lang.ko.home_words import governed_home_words, led_home_words, listed_states_bodies
from readout.lang.ko.postings import capital_post_mentions, posted_host_mentions
from readout.lang.ko.relation_owners import without_relation_owners
from readout.lang.ko.self_states import joined_force, self_state, self_state_words
from readout.lang.ko.titled_name_subjects import named_holder_subject
from readout.lang.ko.town_sites import inside_towns_dropped, town_site_mentions
from readout.lang.ko.toward import after_glossed_prefix, whole_name_after_prefix
from readout.model import CountryMention
from readout.lang.ko.tags import CLAUSE_END_TAGS, COORDINATING_PARTICLES, SUBJECT_PARTICLES

# A guarded form (조지아, 수단, 말리) with these particles names the state when a state or a listed body is the
# subject before it ('유럽연합은 조지아에 ... 요구했다'): one state addresses another, not a US state or a word.
ADDRESSEE_PARTICLES = frozenset({"에", "에게"})
MAX_WORDS = 3  # a country form spans at most this many words ('중앙 아프리카 공화국')


CASE_PARTICLES = SUBJECT_PARTICLES | {"도", "의", "과", "와", "만", "끼리"}


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
    addressed: list[CountryMention] = []  # guarded forms a state or a body addresses (ADDRESSEE_PARTICLES, addressed_name)
    pending: list[tuple[CountryMention, str]] = []  # guarded state names of `world_forms` not read as the subject
    bare: set[int] = set()  # starts of the mentions no agent noun follows (`shared_head_sectors`)
    heads = frozenset(lexicon("ko")["country_head_nouns"])  # a country form's head noun ('미국 정부'): not bare
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
            codes, recipient = word_codes(text, words, i, firsts, t)
        if not codes and not w.particle and w.noun in own_state_words():
            codes = own_state(text, words, i)  # '우리 해군 X부대는': the writer's state's forces
        if not codes and w.noun[:2] in self_state_words():
            codes = self_state(words, i, offset, out)  # kodeed47: '[A는] 자국 군대가': the subject's state's forces
        if not codes or (not multi and owned_head(words, i, t)):
            continue
        if not multi and deed_named(words, i):
            continue  # kofix47: '범죄인 인도를 마쳤다': the handing over, not India
        lw = words[last]
        end, particle, skip = lw.start + len(lw.noun), lw.particle or "", last
        if multi and particle and " ".join(x.text for x in words[i:last + 1]) in names:
            end, particle = lw.end, ""  # the 'particle' is the name's last syllable ('토바고' read as 토바 + 고)
        owner = particle == "의"
        skip, particle, sector = agent_chain(words, skip, particle,
                                             joined_sector(w.noun, codes) or joined_force(w.noun))
        if sector == CIVILIANS and set(codes) <= IGO_CODES:
            sector = None  # request62: '유엔 인권 전문가들': a body's experts and rapporteurs are the body's, no people
        if skip > last and (owner or body_sector(words[skip].noun) or qualified(words[last + 1:skip + 1])):
            end = words[skip].start + len(words[skip].noun)  # '이란의 국방부는', '태국 헌법재판소는', '의류 노동자들은'
        if w.noun in guarded and opens_person_name(words, i):
            skip = last
            continue  # kosubj49: '라오스 외교부의 오만 시사왓 대변인은': a spokesperson's given name, not the state
        if w.noun in guarded and sector is not None and any(
                x.noun in world_forms().get(w.noun, ()) for x in words[last + 1:skip + 1]):
            skip = last
            continue  # '조지아 주지사': the agent is one of the name's other reading (the US state's governor)
        if w.noun in guarded and guarded_no_side(text, words, i, last, particle, codes, sector, recipient):
            if w.noun in world_forms() and particle:
                pending.append((CountryMention(offset + w.start, offset + end, codes, genitive=particle == "의",
                                               particle=particle), w.noun))  # counted in a world-news clause (world_mentions)
            skip = last
            if particle in ADDRESSEE_PARTICLES or addressed_name(words, i, particle) \
                    or acted_on_name(text, words, i, particle):  # groups54: '차드는 [수단을] 비난했다'  # '프랑스는 가나를 비난했다'
                addressed.append(CountryMention(offset + w.start, offset + end, codes, genitive=particle == "의",
                                                particle=particle))
            continue  # '오만' (arrogance), '수단' (means): the country only as the acting side or before an agent noun
        if w.noun.isascii() and not particle and sector is None:
            skip = last
            continue  # 'US 스틸', 'UK 밴드': a Latin abbreviation names the state only with a particle or an agent noun
        if not particle and sector is None and outsiders_within(words[last + 1:]):
            skip = last
            continue  # located66: '말리 내 외국 군대를': the place of an outsider's agents, no side
        if skip == last and not any(x.noun in heads for x in words[i + 1:last + 1]):
            bare.add(offset + w.start)  # enattack52: the country's name alone ('미국', not the form '미국 정부'): an
            # agent noun after a joiner may be shared
        role = ko_words.role_of(particle)
        named_holder = not particle and sector is not None and named_holder_subject(words, skip)  # kosite48: '[A국
        out.append(CountryMention(offset + w.start, offset + end, codes, genitive=particle == "의" and not recipient,
                                  subject=(role == "subject" or named_holder) and not recipient,  # 야당 지도자] B는'
                                  particle=particle or None,
                                  recipient=recipient, sector=sector))
    out = shared_head_sectors(text, offset, out, bare)  # enattack52: '미국과 영국 군대가': both states' forces
    return later_mentions(text, offset, words, out, addressed, pending)


def word_codes(text: str, words: list, i: int, firsts, t) -> tuple[list[str], bool]:
    """The states word `i` names by itself (no multiword form, no capital), and whether it names them as the receiving
    side: its own reading, or the state of the embassy it names ('주한러시아대사관', not '주한미군', read whole), the
    pair of a compound with a case particle ('남북은 합의했다'), a recipient prefix ('대러', which kiwi reads as 대/VV +
    러/EC), or a whole name after such a prefix ('대토고 수출')."""
    w = words[i]
    next_noun = words[i + 1].noun if i + 1 < len(words) else ""
    named = w.noun[:1] in firsts or SEPARATOR_RE.search(w.noun) is not None
    reading = read_word(w.noun, w.tokens, w.start, next_noun) if named else NOTHING
    if not reading.codes:
        noun, at = posted_remainder(w.noun, w.start, firsts)
        reading = read_word(noun, w.tokens, at, next_noun) if at != w.start else reading
    if not reading.codes and w.noun in t.with_particle and (w.particle or "") in CASE_PARTICLES:
        reading = Reading(tuple(dict.fromkeys(t.abbr[ch] for ch in w.noun)), "compound")
    if not reading.codes and w.text[:2] in t.recipients:
        reading = read_recipient(w.text.rstrip(",."), tables(), next_noun)
    toward = whole_name_after_prefix(w.noun, next_noun, t.names, t.recipient_heads) if not reading.codes else None
    reading = Reading((toward,), "recipient") if toward else reading
    return list(reading.codes), reading.recipient or after_glossed_prefix(text, words, i)


def guarded_no_side(text: str, words: list, i: int, last: int, particle: str, codes: list[str], sector: str | None,
                    recipient: bool) -> bool:
    """A guarded form ('오만' arrogance, '수단' means) that names no side here: the country only as the acting side
    (the subject), before an agent noun, as a recipient, or where its words make it the state (a context, a name it
    is joined to, a state it is part of, a list of states, a passive's agent, a place it is placed in, kodomestic49
    '말리에서 무장세력이'; a headline's addressee, kohead46; a state visited, kofix48 '가나를 방문')."""
    return ko_words.role_of(particle) != "subject" and sector is None and not recipient \
        and not guarded_in_context(words, i, last) and not joined_to_name(words, last, particle) \
        and not part_of_state_after(words, i, last, codes) \
        and not listed_among_states(words, i, last) and not passive_agent_name(words, i, last, particle) \
        and not placed_guarded_state(text, words, i, particle) \
        and not headline_addressed(words, i, particle) \
        and not visited_name(text, words, i)


RELATIVE_REACH = 3  # words a relative clause opened by an addressed name may run to its head ('[토고와 회담한] 가나 외교장관은')


def opens_subject_relative(offset: int, words: list, a: CountryMention, out: list[CountryMention]) -> bool:
    """(meet53) A guarded name kiwi reads as a proper noun, carrying a case particle, that opens a relative clause
    whose head is the sentence's subject state ('[토고와 회담한] 가나 외교장관은', '[토고에 억류된] 가나 기자는'): the
    state that subject met or was held by, as after a subject state ('가나는 토고와 회담했다', `addressed_name`). The
    clause runs from the name to an adnominal ending (ETM) right before the subject's word, closing no clause on
    the way; the ordinary words have a modifier before them or are no proper noun (`addressed_name`)."""
    starts = [i for i, w in enumerate(words) if offset + w.start == a.start]
    if not starts or not words[starts[0]].proper:
        return False
    i = starts[0]
    for m in out:
        if not m.subject or m.start <= a.start:
            continue
        heads = [j for j, w in enumerate(words) if offset + w.start == m.start]
        if not heads or not 1 < heads[0] - i <= RELATIVE_REACH:
            return False
        between = words[i + 1:heads[0]]
        return bool(between[-1].tokens) and between[-1].tokens[-1][1] == "ETM" and not any(
            w.tokens and w.tokens[-1][1] in CLAUSE_END_TAGS for w in between[:-1])
    return False


def later_mentions(text: str, offset: int, words: list, out: list[CountryMention], addressed: list[CountryMention],
                   pending: list[tuple[CountryMention, str]]) -> list[CountryMention]:
    """The sentence's mentions read over the whole sentence once its words are read, each reader given those found
    before it (in this order): world-news names, bodies, guarded forms addressed after a subject, capitals of posts
    and deeds, posted hosts, states addressed, places' agents, town sites, groupings, then the subjects a coordinating
    particle joins, relation owners, listed states' bodies, a leader's state and the home words a state governs."""
    out += world_mentions(text, pending, out)
    out += body_mentions(text, offset, words, out)
    out += unlisted_group_mentions(offset, words, out)  # orgs52: '애국저항전선은': a group no table lists
    taken = {m.start for m in out}  # a form the world-news reading already counted stays counted once
    office = bool(addressed) and office_subject_opens(text)  # actors58: '장관은 [수단을] 비난했다': an official acts
    # for a state, as a subject state does
    out += [a for a in addressed if a.start not in taken and (any(m.subject and m.start < a.start for m in out) or office
                                                               or opens_subject_relative(offset, words, a, out))]
    out += capital_post_mentions(offset, words, out, lexicon("ko"))  # kofollow68b: '[산티아고] 주재 대사': Chile
    out += posted_host_mentions(offset, words, out, lexicon("ko"))  # envoys50: '주C 대사를 불러들였다': C
    out += capital_deed_owners(offset, words, out, lexicon("ko"))  # kofix48: '[모스크바의] 폴란드 외교관 추방'
    out += capital_destinations(offset, words, out, lexicon("ko"))  # kofollow48: '용의자를 [키토로] 인도했다'
    out = posted_states(offset, words, out)  # '유럽연합은 조지아에': a state addressed by a state or a body
    towns = place_agent_mentions(offset, words, out)
    out = sorted(out + towns, key=lambda c: c.start)
    sites = town_site_mentions(offset, words, out)  # kodeed47: 'X의 군사 기지'; koattack50: 'X의 대통령궁'
    out = sorted(inside_towns_dropped(out + sites, towns + sites), key=lambda c: c.start)
    out = with_groupings(text, offset, words, out)  # '유럽 3국은': every member (kb/groupings.py)
    for a, b in zip(out, out[1:]):  # '북한과 러시아는': both are the subject
        if a.particle in COORDINATING_PARTICLES and b.subject and b.start - a.end <= 3:
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
