"""(world39) A short state name kiwi split across morphemes of one word before its particle, after a relative
clause: '[군부가 집권한] 기니는' read 기/VV 니/EC 는/JX, '[쿠데타가 일어난] 가나는' 가/NNG 나/VV 는/ETM, '차드는'
차/NNB 들/VX 는/ETM. Read back as the state's name (NNP) and its particle, so the country and clause readers see the
state heading the sentence.

Why: kiwi's user words cover the names of three syllables or more (sentences.state_names); two-syllable names are
common words' pieces as well, and after an adnominal ending kiwi prefers a verb reading, which left the state that
heads a relative clause unread and its act without an actor. Only a name split into two morphemes or more is read
back (a name read as one verb stem, '말리는', may be the verb 말리다 and is left to `fused_names.unfused`), and only
where the rest of the word is exactly a particle (`fused_particles`, `state_fused_particles`)."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import kb, lexicon

SHORT_NAME = 2  # syllables: longer names are kiwi's user words


@budget.table()
def particle_tags() -> dict[str, str]:
    """The particles that may follow a state's name, with their tags (ko.yaml), longest first."""
    lex = lexicon("ko")
    table = {**lex["fused_particles"], **lex["state_fused_particles"]}
    return dict(sorted(table.items(), key=lambda kv: -len(kv[0])))


@budget.table()
def name_particle_re() -> re.Pattern:
    """A short state name and a particle making one word: the cheap test before the morphemes are read."""
    names = sorted({f for c in kb().countries.countries if c.kind == "state" for f in c.ko
                    if f.isalpha() and len(f) == SHORT_NAME})
    particles = "|".join(particle_tags())
    return re.compile(rf"(?<![가-힣])(?P<name>{'|'.join(names)})(?P<particle>{particles})(?![가-힣])")


def rejoined_states(tokens: list, surface: str) -> list:
    """`tokens` (form, tag, start, length; offsets into `surface`, the sentence's text) with each short state name
    kiwi split across two or more morphemes before a particle read back as (name, NNP) and (particle, its tag)."""
    for m in name_particle_re().finditer(surface):
        a, cut, b = m.start(), m.end("name"), m.end()
        inside = [i for i, t in enumerate(tokens) if a <= t[2] < b]
        name_part = [i for i in inside if tokens[i][2] < cut]
        if len(name_part) < 2 or any(tokens[i][2] + tokens[i][3] > cut for i in name_part) \
                or inside != list(range(inside[0], inside[-1] + 1)) or tokens[inside[0]][2] != a:
            continue  # read as one name, or a piece crossing the particle's edge: kiwi's reading stands
        particle = m.group("particle")
        tokens = tokens[:inside[0]] + [(m.group("name"), "NNP", a, cut - a),
                                       (particle, particle_tags()[particle], cut, b - cut)] + tokens[inside[-1] + 1:]
    return tokens
