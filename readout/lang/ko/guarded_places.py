"""A guarded state name in the locative at the head of its clause: '말리에서 무장세력이 군 기지를 공격했다'.

Why: a form with guard 'governed' (말리, 수단, 조지아, 토고; countries.yaml) counts only as a subject because it is also
an ordinary word ('말리다' to dry, '수단' means, '오만' arrogance) or another place (the US state). Opening its clause
with 에서/에서는 and read by kiwi as a proper noun, it is the place the clause's story happens in, as '케냐에서' is:
the state of the stateless doers who act there ('시위대가', '무장세력이'). The ordinary words do not stand there
that way: kiwi tags them common nouns ('외교적 수단에서', '말리에서 돌아왔다' after '햇볕에'), a modifier or a
particle-marked word comes before them, or (for a name with another reading) a word of that reading stands in the
sentence ('조지아에서 주지사 선거가').
"""
from __future__ import annotations

from readout.kb.geo import world_forms
from readout.kb.loader import lexicon
from readout.lang.ko import words as ko_words
from readout.lang.ko.tags import CLAUSE_END_TAGS, SUBJECT_PARTICLES

LOCATIVE_PARTICLES = frozenset({"에서"})  # kiwi's first particle of '에서' and '에서는'
CLAUSE_ENDING_TAGS = CLAUSE_END_TAGS  # '...했으며 수단에서는': a clause's ending closes the word before
NAME_WORDS_BEFORE_TITLE = 2  # kosubj49: the words of a person's name after its first, before the title ('X Y Z 대변인')


def opens_clause(words: list, i: int) -> bool:
    """Word `i` opens a clause: first in the sentence, after a comma or a clause's ending, or after a time word
    that carries no particle ('5일(현지시간)', '지난달', '이날'; lexicon ko `clause_time_words`)."""
    if i == 0:
        return True
    prev = words[i - 1]
    if prev.particle:
        return False  # '햇볕에 말리에서': a word marked for the verb that follows makes it part of a phrase
    if prev.text.endswith((",", ".")) or prev.tokens and prev.tokens[-1][1].split("-")[0] in CLAUSE_ENDING_TAGS:
        return True
    return bare_time_word(prev)


def bare_time_word(word) -> bool:
    """A time word with no particle of its own ('10일', '5일(현지시간)', '지난달', '이날'; lexicon ko
    `clause_time_words`, `recalled_time_nouns`): it dates the clause and modifies no noun after it."""
    if word.particle:
        return False
    ko = lexicon("ko")
    times = set(ko.get("clause_time_words", ())) | set(ko.get("clause", {}).get("recalled_time_nouns", ()))
    return any(ch.isdigit() for ch in word.noun) or word.noun in times


def two_word_time(first, second) -> bool:
    """(plans55b) Two words that are one time with no particle ('다음 달', '지난 주', '이번 달'; lexicon ko
    `time_unit_openers` then `time_unit_nouns`): they date the clause as '지난달' does, and modify no noun after them."""
    if first is None or second is None or first.particle or second.particle:
        return False
    ko = lexicon("ko")
    return first.noun in ko.get("time_unit_openers", ()) and second.noun in ko.get("time_unit_nouns", ())


def placed_guarded_state(text: str, words: list, i: int, particle: str) -> bool:
    """The guarded word at `i` with `particle` names the state where the clause happens: the locative, a proper
    noun in kiwi's reading, at the clause's head, and no word of the name's other reading in the sentence."""
    w = words[i]
    if particle not in LOCATIVE_PARTICLES or not w.proper or not (opens_clause(words, i) or after_subject(words, i)):
        return False
    return not any(word in text for word in world_forms().get(w.noun, ()))


def after_subject(words: list, i: int) -> bool:
    """(koarmed71) Word `i` follows the clause's subject or topic, with a time word between or none ('반군은 [수단에서]',
    '민병대가 지난주 [말리에서]'): the locative opens the predicate's own phrase, where the place the subject acts in
    stands; no modifier before it makes it the ordinary word ('외교적 수단에서'), and a word marked for another case
    ('햇볕에 말리에서') is no subject."""
    k = i - 1
    while k > 0 and bare_time_word(words[k]):
        k -= 1
    return k >= 0 and words[k].particle in SUBJECT_PARTICLES


def opens_person_name(words: list, i: int) -> bool:
    """kosubj49: the guarded word at `i` ('오만', '수단', '토고') is a person's first name, not the state: it follows an
    organ in the genitive ('라오스 외교부의', '…청의': the organ's own state is named before it) and, with no particle,
    runs with one or two more name words (no title, no organ) into a title ('오만 시사왓 대변인은'). Where the state
    stands ('말리 과도정부의 대변인은', '수단 정부 대변인은') no organ's genitive comes before it, or an organ follows it."""
    if i == 0 or words[i].particle or words[i - 1].particle != "의" or not ko_words.is_org_word(words[i - 1].noun):
        return False
    for k in range(i + 1, min(i + 2 + NAME_WORDS_BEFORE_TITLE, len(words))):
        if ko_words.title_of(words[k].noun):
            return k > i + 1  # at least one name word between: '외교부의 오만 대변인' names no one
        if words[k].particle or ko_words.is_org_word(words[k].noun) or not words[k].noun:
            return False
    return False
