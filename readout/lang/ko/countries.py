"""Korean country mentions in a sentence, with the particle that marks each (북한이, 러북, 한미는, 美)."""
from __future__ import annotations

from readout.kb.geo import country_index
from readout.kb.loader import lexicon
from readout.lang.ko.mentions import countries_of_word, role_of, words_of
from readout.model import CountryMention


def find_countries(text: str, offset: int, tokens: list) -> list[CountryMention]:
    words = words_of(text, tokens)
    out: list[CountryMention] = []
    skip = -1
    for i, w in enumerate(words):
        if i <= skip:
            continue
        codes: list[str] = []
        end = w.start + len(w.noun)
        if i + 1 < len(words) and f"{w.noun} {words[i + 1].noun}" in country_index():
            codes, end, skip, w = [country_index()[f"{w.noun} {words[i + 1].noun}"]], words[i + 1].start + \
                len(words[i + 1].noun), i + 1, words[i + 1]
        else:
            codes = countries_of_word(w.noun) or countries_of_word(w.noun.rstrip("군측"))
        if codes:
            particle = w.particle or ""
            if not particle and i + 1 < len(words) and words[i + 1].noun in lexicon("ko")["country_head_nouns"]:
                particle = words[i + 1].particle or ""  # '한미 양국은', '북한 당국이'
                skip = i + 1
            out.append(CountryMention(offset + (words[i].start), offset + end, codes,
                                      genitive=particle == "의",
                                      subject=role_of(particle) == "subject", particle=particle or None))
    for a, b in zip(out, out[1:]):  # '북한과 러시아는': both are the subject
        if a.particle in ("과", "와") and b.subject and b.start - a.end <= 3:
            a.subject = True
    return out

