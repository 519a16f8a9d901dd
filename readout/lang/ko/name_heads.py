"""The head a Korean name or state opens a noun phrase with, whose particle is the name's: an agent of the state
('북한 외무성 대변인은', '중국 정부는': `agent_head`), a title after a name ('루스탐 나자로프 [장관은]': `apposed_name`), a
statement standing for its author ('[대변인] 담화는'), and the head of a list a closer ends ('A와 B 등 23개국 외교부는':
`list_closed`, `listed_head`), with the word tests these share (a counter, a title word, a people noun).

Why a module of its own: the role readers of meetings (`meeting_roles.name_role`, `particle_roles.particle_role`) ask these heads
for the word whose particle gives a name its role; the heads read words only, never a meeting word.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.ko import clauses, words as ko_words
from readout.lang.ko.agents import PLURAL, is_agent_word
from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.act_table import act_index


def agent_head(r: SentenceReader, i: int, j: int) -> int:
    """The word that closes the noun phrase a country or name at word `i` opens, when that phrase
    names an agent of the country ('북한 외무성 대변인은', '중국 정부는', '이란 시위대가'): the phrase's
    particle is the name's. Otherwise `i` itself."""
    if pronoun_owned_head(r, i, j):
        return i + 1
    k = i
    while k + 1 < j and r.facts[k].particle is None and not r.facts[k].lemma \
            and not r.words[k].text.endswith((",", "·")) and k - i < 3:
        k += 1
        noun = r.words[k].noun
        if statement_of_agent(r, k):
            return k  # '북한 외무성 성명은', '국방성 대변인 담화는': the statement speaks for its author
        if noun in clause_words()["list_closers"] or not (
                noun in clause_words()["agent_nouns"] or noun in clause_words()["head_nouns"] or title_word(noun)
                or is_agent_word(noun) or count_word(noun) or people_word(noun) or honorific(noun)):  # '고위 관리는', '반군은';
            return apposed_name(r, k - 1, j) or i  # a count goes on with the phrase: '북한 경비정 1척이', '북한군 10여 명이'
        if r.facts[k].particle is not None or (r.words[k].text.endswith(",") and r.headline_start(k)):
            return k  # a headline's '北 국방성, ...': the comma closes the phrase as a particle would
    return i


def pronoun_owned_head(r: SentenceReader, i: int, j: int) -> bool:
    """Word `i` is a personal pronoun in the genitive owning a government head before the act word `j` ('그의 정부는
    ...를 비난했다'): the person the pronoun stands for acts through the government, so the head's particle is his."""
    lex = lexicon("ko")
    return i + 1 < j and r.words[i].noun in lex["personal_pronouns"] and r.facts[i].particle == "의" \
        and r.words[i + 1].noun in lex["pronoun_owned_heads"]


APPOSED_NAME_WORDS = 4  # '루스탐 나자로프는', '칼리드 빈 살만 왕자는': the words of a name after its title


def statement_of_agent(r: SentenceReader, k: int) -> bool:
    """Word `k` is a statement noun that is its clause's subject or topic ('[북한 외무성] 성명은 ... 규정했다', '[국방성
    대변인] 담화는 ... 으름장을 놨다'; cue statement_subject_noun of ko_acts.yaml): a statement does nothing itself,
    its author does, so the author's name takes the statement's particle. A statement as an object ('성명을 냈다') or
    a place ('성명에서') is no party: its author holds the role the sentence gives elsewhere."""
    return r.words[k].noun in act_index().cue("statement_subject_noun") \
        and r.facts[k].particle_tag in clauses.SUBJECT_TAGS


def honorific(noun: str) -> bool:
    """A word of address closing a person's name that no office list holds ('[칼리드 빈 살만] 왕자는', cue
    honorific_noun of ko_acts.yaml): the name's particle is the phrase's."""
    return noun in act_index().cue("honorific_noun")


def apposed_name(r: SentenceReader, k: int, j: int) -> int | None:
    """The word closing a person's name set after the title at word `k` that ends the country's phrase ('베트남
    외교부 대변인 [팜투항은]', 'X국 외교장관인 [A B는]', the copula's adnominal '인' apposing it): the name's particle is
    the phrase's, so the state acts where its official, named or not, speaks. None when no title ends the phrase
    or no proper noun with a particle follows before the word `j`."""
    if k <= 0 or not title_word(r.words[k].noun) or r.facts[k].particle is not None:
        return None
    for m in range(k + 1, min(j, k + 1 + APPOSED_NAME_WORDS)):
        if r.facts[m].lemma or not (r.words[m].proper or title_word(r.words[m].noun) or honorific(r.words[m].noun)):
            return None
        if r.facts[m].particle is not None:
            return m if r.words[k + 1].proper else None
    return None


def people_word(noun: str) -> bool:
    """A noun of people a state's name may open ('브라질 노동단체가', '칠레 교원노조는'): it ends in one of the act
    lexicon's people nouns (ko_acts.yaml cue people_noun: 단체, 노조, 시민 ...), so its particle is the name's."""
    noun = noun.removesuffix("들")  # '농민단체들이'
    return len(noun) >= 2 and noun.endswith(tuple(act_index().cue("people_noun")))


def count_word(noun: str) -> bool:
    """'1척', '10여', '명', '수십': a number with or without its counter, or a counter alone (lexicon
    `clause.counters`), which goes on with the noun phrase before it."""
    counters = clause_words()["counters"]
    if noun in counters:
        return True
    rest = noun.lstrip("0123456789,.")
    return rest != noun and (rest.removeprefix("여") == "" or rest.removeprefix("여") in counters)


def title_word(noun: str) -> bool:
    """A word a title chain may go on with: a title, an organization, or a joiner such as 겸."""
    words = clause_words()
    return noun in words["title_joiners"] or noun in words["short_titles"] or bool(ko_words.title_of(noun)) \
        or ko_words.is_org_word(noun)


LIST_HEAD_WORDS = 3  # '등 [23개국] [외교부]는': the count and the agent after a list's closer


def listed_head(r: SentenceReader, k: int, j: int) -> int | None:
    """'A와 B, C 등 23개국 외교부는', 'A, B 등 5개국은': after a list's closer (word `k`, 등) with no particle, the count
    of states and their agent noun go on with the list, whose members all take the particle of its last word (the
    word returned; bare nouns may describe a group noun there, lexicon clause.list_group_nouns: 'A와 B 등 이웃 국가들도');
    None when the closer takes its own particle or the phrase is not so closed."""
    words = clause_words()
    if r.words[k].noun not in words["list_closers"] or r.facts[k].particle is not None:
        return None
    for m in range(k + 1, min(j, k + 1 + LIST_HEAD_WORDS)):
        noun = r.words[m].noun
        head = list_head_word(noun)
        if r.facts[m].lemma:
            return None
        if r.facts[m].particle is not None:  # '등 이웃 국가들도', '등 남미 국가들은': bare nouns describe the group
            return m if head or noun.endswith(tuple(words["list_group_nouns"])) or titled_plural(noun) else None
        if not head and not noun:
            return None
    return None


def titled_plural(noun: str) -> bool:
    """A title in the plural closing a list of officials ('A와 B 등 G7 정상들은', 'A, B 등 3국 외교장관들은'): the
    officials listed before 등 hold the group's role (consult10)."""
    return noun.endswith(PLURAL) and len(noun) > len(PLURAL) and title_word(noun[:-len(PLURAL)])


def list_head_word(noun: str) -> bool:
    """Whether a word after a list's closer goes on with the list: a count of states, an agent or head noun, a title."""
    words = clause_words()
    return count_word(noun) or noun in words["agent_nouns"] or noun in words["head_nouns"] or is_agent_word(noun) \
        or title_word(noun)


LIST_MEMBERS = 8  # words a list of states may run over before its closer ('A와 B, C, D, E 등')


def list_closed(r: SentenceReader, i: int, first: int) -> int:
    """The word whose particle a list member at word `i` takes when the list is closed by 등 ('A와 B, C 등은', 'A와 B, C
    등 23개국 외교부는' -> 외교부): members joined by 과/와 or a comma run up to the closer; else `i` itself."""
    words = clause_words()
    for k in range(i, min(first, i + LIST_MEMBERS)):
        if r.facts[k].lemma:
            return i
        if r.words[k].noun in words["list_closers"]:
            head = k if r.facts[k].particle is not None else listed_head(r, k, first)
            return head if head is not None and head > i and list_topic(r, head) else i
        joined = r.facts[k].particle_tag == "JC" or r.facts[k].particle is None and r.words[k].text.endswith(",")
        if not joined and not (r.facts[k].particle is None and k + 1 < first
                               and r.words[k + 1].noun in words["list_closers"]):
            return i
    return i


def list_topic(r: SentenceReader, k: int) -> bool:
    """The list's last word `k` is the sentence's topic or subject ('등은', '23개국 외교부는', '등이'; '등도' only as the
    topic itself or with no topic at all, 'A와 B 등 이웃 국가들도 인정했다': after another topic, 'A, B 등도 만났다', 도
    marks other parties)."""
    f = r.facts[k]
    if f.particle in clause_words()["also_particles"]:
        return r.topic() in (k, None)
    return f.particle_tag == "JKS" or f.particle_tag == "JX" and f.particle in clauses.topic_particles()
