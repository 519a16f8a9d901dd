"""(komeet49b, issue 15) A relative visit clause opening the sentence on its subject gives the subject's meeting its
visit mode: '[서울을 찾은] 칠레 외교장관은 ... B 장관과 회담했다', '[리마를 방문한] A 총리는 ... 만났다' tell a visitor
meeting its host, as 'A는 서울을 방문해 B와 회담했다' does, though the visit word lies beyond the few characters
before the meeting word that qualify it (settings.status_window_chars).

The clause must open the sentence (a time word before it, '지난해 서울을 방문한 A는', dates the visit to another
moment), its object must name a place (a country word or a city of the knowledge base: '해법을 찾은 A는' visits
nothing), and the noun phrase it modifies must end, within a few words, in a subject or topic particle before the
meeting word: a clause on the partner ('A는 서울을 방문한 B와 만났다') or on another verb's object ('서울을 방문한
사절단을 맞은 A는') is not read here.

Why a module of its own: the reading spans the sentence's opening, its subject and the meeting word, and asks the
knowledge base about the visited noun, which the lexicon's regular expressions cannot.
"""
from __future__ import annotations

from readout.lang.ko.place_finding import place_word
from readout.lang.ko.tags import OBJECT_PARTICLES, SUBJECT_PARTICLES

SUBJECT_REACH_WORDS = 4  # the words of the modified noun phrase ('칠레 외교장관은', '칠레의 마리아 로하스 외교장관은')


def subject_visit_clause(lex, text: str, start: int) -> bool:
    """The sentence opens with a relative visit clause (lexicon `visiting_subject_re`) whose object names a place,
    and the noun phrase it modifies ends, within `SUBJECT_REACH_WORDS` words, in a subject or topic particle before
    `start`, the meeting word's offset."""
    found = lex.re("visiting_subject_re").match(text)
    if found is None or found.end() > start or not place_word(found.group("place")):
        return False
    words = text[found.end():start].split()
    for word in words[:SUBJECT_REACH_WORDS]:
        if "," in word or word.endswith(".") or any(word.endswith(p) and len(word) > len(p) for p in OBJECT_PARTICLES):
            return False  # '[B를 방문한] 사절단을 맞은 A는': the clause modifies another verb's object
        if any(word.endswith(p) and len(word) > len(p) for p in SUBJECT_PARTICLES):
            return True
    return False
