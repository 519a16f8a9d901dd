"""(komeet49) A comma list of bare country words whose last item carries a party's case particle names every item
as that party: '페루, 칠레를 방문했다' visits both, '페루, 칠레, 볼리비아와 회담했다' meets all three, as 'A와 B를' does.
The items before the last have no particle of their own: the list's last word lends its role to them (the role
reader's comma coordination). Only inside a sentence, after its opening word: a comma after a headline's opening
state ('A, B와 정상회담') is the headline's subject (`reading_meetings.state_party`, planned47), and every item must be
a bare country word of another state ('A 대통령, B를' is a title chain, no list of states).
"""
from __future__ import annotations

from readout.lang.ko import country_words
from readout.lang.ko.meeting_lists import LIST_MARK, WORD_RE


def comma_listed_host(lex, text: str, start: int) -> bool:
    """The word starting at `start` is an item of a comma list of bare country words ('A,') whose last item is a
    country word with a state party's particle (lexicon `state_party_particles`), the list not opening the text."""
    words = list(WORD_RE.finditer(text))
    at = next((n for n, w in enumerate(words) if w.start() == start), None)
    if at is None or at == 0 or not words[at].group().endswith(LIST_MARK):
        return False
    first = at
    while first > 0 and words[first - 1].group().endswith(LIST_MARK):
        first -= 1
    if first == 0:
        return False  # 'A, B와 정상회담': a headline's subject and its partner
    last = at
    while last < len(words) and words[last].group().endswith(LIST_MARK):
        last += 1
    if last >= len(words):
        return False
    final = words[last].group().rstrip(".")
    particle = next((p for p in sorted(lex["state_party_particles"], key=len, reverse=True)
                     if final.endswith(p) and len(final) > len(p)), None)
    if particle is None:
        return False
    items = [w.group()[:-len(LIST_MARK)] for w in words[first:last]] + [final[:-len(particle)]]
    codes = [country_words.country_of_word(item) for item in items]
    return all(codes) and all(country_words.countries_of_word(item) for item in items) \
        and len(set(codes)) == len(codes)
