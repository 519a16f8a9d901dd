"""(kosite48, issue 14) A state's agent chain closed by the name of the person holding it is the subject when the name
carries the subject's particle: '짐바브웨 야당 지도자 A는 정부를 비판했다'. The chain ends at the title ('지도자') with
no particle of its own, so the state word was no subject, and a bare home-government word after it ('정부를') read as
the writer's state (lang/ko/home_words.governing_subjects asks for a subject before it): Zimbabwe's opposition leader
criticized Seoul. With the name's particle the chain is the subject, as '짐바브웨 야당 지도자는' is, and the bare word is
the subject's own government.

Why structure: a name is up to `MAX_NAME_WORDS` words written as proper nouns with no verb form in them (kiwi tags an
unknown foreign name NNP), only the last carrying a particle, and that particle one of the subject's."""
from __future__ import annotations

from readout.lang.ko import words as ko_words
from readout.lang.ko.words import countries_of_word

MAX_NAME_WORDS = 3  # a given name, a middle name and a family name written apart


def named_holder_subject(words: list, last: int) -> bool:
    """Whether the words right after the agent chain ending at index `last` are a person's name whose last word
    carries a subject particle ('[짐바브웨 야당 지도자] 모요는', '[가나 외무장관] 아마 쿠마시가')."""
    for k in range(last + 1, min(last + 1 + MAX_NAME_WORDS, len(words))):
        w = words[k]
        if not w.proper or w.has_verb or countries_of_word(w.noun):
            return False
        if w.particle:
            return ko_words.role_of(w.particle) == "subject"
    return False
