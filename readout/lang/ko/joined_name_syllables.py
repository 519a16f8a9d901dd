"""(kofix49, issue 14) A titled foreign name whose word ends in 와/과 before the name's next proper noun is one name:
'짐바브웨 야당 지도자 타피와 모요는' is one leader, the subject, not 타피 'with' 모요.

Why: kiwi reads a name's last syllable 와/과 as the conjunction (타피/NNP + 와/JC), so the title's mention ended at the
first piece with the partner's role and the act had no actor. After a title one person is named: the next word being
another proper noun of no state continues that name (lang/ko/titled_name_subjects.name_syllable_particle, the country
reader's same test); a state after the 와 ('페루와 칠레는', '모요와 케냐 외무장관') opens another conjunct."""
from __future__ import annotations

from readout.lang.ko.titled_name_subjects import name_syllable_particle
from readout.lang.ko.words import role_of


def rejoined_names(text: str, words: list, found: list) -> list:
    """`found` with each titled mention that ended on such a 와/과 extended over the name's next word, with that
    word's particle's role."""
    for m in found:
        if not m.title:
            continue
        k = next((i for i, w in enumerate(words) if w.start < m.name_end <= w.end), None)
        if k is None or words[k].noun_end != m.name_end or not name_syllable_particle(words, k, k + 1):
            continue
        nxt = words[k + 1]
        start = m.name_start if m.name_start is not None else m.start
        m.surface = text[start:nxt.noun_end]
        m.end = nxt.noun_end if m.end == m.name_end else m.end
        m.name_end, m.role = nxt.noun_end, role_of(nxt.particle)
    return found
