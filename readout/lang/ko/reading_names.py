"""Korean names: the `Korean` language's readers of names, one mixin of lang/ko/language.py's class
(split from it so that each part is a module a newcomer can read; the methods are the `Language` interface's)."""
from __future__ import annotations

import re

from readout.kb.loader import kb
from readout.lang.base import Language, Reference
from readout.lang.common import inside
from readout.lang.ko import country_words, lines, mentions, words as ko_words
from readout.lang.ko.calendar_words import with_calendar
from readout.sectors import STATE_FORCE_SECTORS




def particle_after(text: str, end: int) -> str:
    return text[end:end + 1]


def office_groups(lex, text: str, taken: list[tuple[int, int]]) -> list[Reference]:
    """'한미 정상은', '한일 외교장관은', '미국, 일본 외교장관과': the office holders of each named state (resolved
    by the pipeline through the knowledge base's tenures)."""
    out = []
    base = kb()
    for m in lex.re("group_offices_re").finditer(text):  # before a nameless title over the same words
        word = re.sub(r"\s", " ", m.group(2))
        kind = lex["group_offices"].get(word) or lex["group_offices"].get(word.replace(" ", ""))
        codes = [base.countries.abbreviations_ko[c] for c in re.sub(r"[·ㆍ\-]", "", m.group(1))]
        role = ko_words.role_of(m.group(4)) if m.group(4) else "other"
        out.append(Reference(m.start(), m.end(), "office_group", role, kind, tuple(dict.fromkeys(codes))))
    for m in lex.re("group_offices_named_re").finditer(text):
        names = [w for w in re.split(r"\s*(?:,|·|ㆍ|및)\s*|(?<=[와과])\s+", m.group(1)) if w]
        codes = [country_words.country_of_word(re.sub(r"(?:와|과|의)$", "", w)) for w in names]
        if len(codes) < 2 or not all(codes) or any(r.start <= m.start() < r.end for r in out):
            continue  # '한국 정부와 미국 외교장관': every listed word must be a country
        kind = lex["group_offices"].get(re.sub(r"\s", " ", m.group(2))) or lex["group_offices"].get(re.sub(r"\s", "", m.group(2)))
        role = ko_words.role_of(m.group(4)) if m.group(4) else "other"
        out.append(Reference(m.start(), m.end(), "office_group", role, kind, tuple(dict.fromkeys(codes))))
    return out


class KoreanNames(Language):
    """The names readers of `Korean`."""

    def find_people(self, text, tokens):
        return mentions.find_mentions(text, tokens, self.settings.title_chain_tokens,
                                      self.settings.title_name_words)

    def find_references(self, text, tokens, taken, people=None, countries=None, offset=0):
        out = [Reference(m.start(), m.end(), "group", ko_words.role_of(particle_after(text, m.end())))
               for m in self.lex.scan("group_refs_re", text) if not inside(taken, m.start())]
        for m in self.lex.re("pronoun_re").finditer(text):
            role = ko_words.role_of(m.group(1))
            out.append(Reference(m.start(), m.end(), "pronoun", role))
        out += office_groups(self.lex, text, taken)
        return out + self.office_back(text, taken) + self.envoy_back(text, taken)

    def office_back(self, text, taken) -> list[Reference]:
        """'대변인은 일본에 ... 요구했다': a bare office noun with a subject particle opening the sentence stands for the
        last holder of that office the document named (the whole word must be a title the table knows)."""
        m = with_calendar(self.lex, "office_back_re").match(text)
        if m is None or inside(taken, m.start("title")):
            return []
        office = ko_words.title_table().get(m.group("title"))
        return [Reference(m.start("title"), m.end("title"), "office_back", "subject", office)] if office else []

    def office_back_sector(self, text: str) -> str | None:
        """(actors58, issue 14) The sector of the state force whose bare office opens the sentence as its subject
        ('장군은', '사령관은': offices.yaml MIL; '경찰청장은': COP), else None: a bare general acts for his state's
        forces, as English 'The general' (a people noun of MIL) does; other offices leave the state acting as itself."""
        back = self.office_back(text, [])
        sector = kb().offices[back[0].office].sector if back and back[0].office in kb().offices else None
        return sector if sector in STATE_FORCE_SECTORS else None

    def envoy_back(self, text, taken) -> list[Reference]:
        """'조 장관은 대사에게 항의했다' after '주한 B 대사 X는 ...': a bare envoy's title with an object or dative
        particle, no name or state before it, stands for the last envoy the document named with it (his state is
        the sending state, not the host's: pipeline/mentions.py current_holder)."""
        out = []
        for m in self.lex.re("envoy_back_re").finditer(text):
            office = ko_words.title_table().get(m.group("title"))
            if office and not inside(taken, m.start("title")):
                out.append(Reference(m.start("title"), m.end("title"), "office_back", "object", office))
        return out

    def full_date(self, text):
        return lines.full_date(text)
