"""(kosite48, issue 14) A state's agent chain closed by the name of the person holding it is the subject when the name
carries the subject's particle: '짐바브웨 야당 지도자 A는 정부를 비판했다'. The chain ends at the title ('지도자') with
no particle of its own, so the state word was no subject, and a bare home-government word after it ('정부를') read as
the writer's state (lang/ko/home_words.governing_subjects asks for a subject before it): Zimbabwe's opposition leader
criticized Seoul. With the name's particle the chain is the subject, as '짐바브웨 야당 지도자는' is, and the bare word is
the subject's own government.

Why structure: a name is up to `MAX_NAME_WORDS` words written as proper nouns with no verb form in them (kiwi tags an
unknown foreign name NNP), only the last carrying a particle, and that particle one of the subject's; a 와/과 kiwi cut off a name's last syllable
before the name's next proper noun is no particle (kofix49: '타피와 모요는')."""
from __future__ import annotations

from readout.lang.ko import words as ko_words
from readout.lang.ko.tags import COORDINATING_PARTICLES
from readout.lang.ko.words import countries_of_word

MAX_NAME_WORDS = 3  # a given name, a middle name and a family name written apart


def named_holder_subject(words: list, last: int) -> bool:
    """Whether the words right after the agent chain ending at index `last` are a person's name whose last word
    carries a subject particle ('[짐바브웨 야당 지도자] 모요는', '[가나 외무장관] 아마 쿠마시가')."""
    for k in range(last + 1, min(last + 1 + MAX_NAME_WORDS, len(words))):
        w = words[k]
        if not w.proper or w.has_verb or countries_of_word(w.noun):
            return False
        if w.particle and not name_syllable_particle(words, k, last + MAX_NAME_WORDS):
            return ko_words.role_of(w.particle) == "subject"
    return False


NAME_ENDING_PARTICLES = COORDINATING_PARTICLES  # kofix49: kiwi's JC cut of a name's last syllable ('타피와')


def name_syllable_particle(words: list, k: int, limit: int) -> bool:
    """(kofix49) Whether the 와/과 kiwi reads as a conjunction at the end of name word `k` is the name's own last
    syllable ('[야당 지도자] 타피와 모요는': one person, Tafadzwa-like given names end in 와): after a title the next word
    is another proper noun of the same name, no state's ('[야당 지도자] 모요와 케냐 ...': the state opens another
    conjunct), within the name's length."""
    nxt = k + 1
    return (words[k].particle in NAME_ENDING_PARTICLES and nxt < min(limit + 1, len(words))
            and words[nxt].proper and not words[nxt].has_verb and not countries_of_word(words[nxt].noun))
