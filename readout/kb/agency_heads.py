"""Titles of the heads of intelligence agencies, made from the agencies' own names.

Why: a spy chief is named by the agency he heads far more often than by a title of his own ('Mossad chief',
'the CIA director', '모사드 국장', '대외정보국장'), and every such head is of the intelligence sector (SPY in PLOVER's
sector codes), not the executive that a bare 'director' or '국장' (director_general, GOV) gives. The agencies are
the organizations of sector SPY in organizations*.yaml and institutions_world.yaml; their names in each language
times the head nouns below become the forms of one office per state (`isr_intelligence_director`, equivalent to
intelligence_director), so the title itself names the state as 'CIA director' names the US: 'MI6 chief X',
'모사드 국장 X', 'Israeli Mossad chief X' are that state's, SPY. A form a written office already holds stays that
office's; an agency whose head office is written out (cia_director) and a state with its own office of the class
(kor_nis_director, the US DNI) are left to those offices.
"""
from __future__ import annotations

from typing import Any

from readout.kb.entries import Plain

INTELLIGENCE_HEAD = "intelligence_director"
HEADS_EN = ("chief", "director", "head", "Chief", "Director", "Head")
HEADS_KO = ("국장", "수장", "책임자")
SUFFIX_HEAD_KO = "국원부청처"  # a name ending in a body noun takes 장 right after it: 대외정보국장, 국가안전부장
MIN_NAME_EN = 3  # 'DIA', 'MSS': shorter names are no agency names; and none is a lower-case word


def head_forms(org: Any) -> tuple[list[str], list[str]]:
    """(English, Korean) head titles of one agency: '<Name> chief', '<이름> 국장', '<이름>장'. English: one-word names
    only ('Mossad', 'MI6', 'BND'): every word of an English title is no word of a person's name to the mention
    reader, and a longer name's words are ('Shin Bet' would make 'Shin Won-sik' no name; 'Centro Nacional de ...')."""
    names = [n for n in org.en if len(n) >= MIN_NAME_EN and n[:1].isupper() and " " not in n]
    en = [f"{n} {h}" for n in names for h in HEADS_EN]
    ko = [f"{n} {h}" for n in org.ko for h in HEADS_KO]
    ko += [f"{n}장" for n in org.ko if n[-1] in SUFFIX_HEAD_KO]
    return en, ko


def add_agency_heads(offices: list[Any], orgs: list[Any]) -> list[Any]:
    """The offices plus one office per state heading its intelligence agencies ('isr_intelligence_director': the
    state is in the title, as 'CIA director' names the US), with the agencies' head titles as its forms. A form
    another office holds, an agency whose head office is written out (cia_director) and a state that has its own
    office of the class already (kor_nis_director, the US DNI) add none."""
    owner = {(lang, key(lang, f)): o.id for o in offices for lang in ("en", "ko") for f in getattr(o, lang)}
    template = next((o for o in offices if o.id == INTELLIGENCE_HEAD), None)
    if template is None:
        return offices
    own = {o.country for o in offices if o.equivalent == INTELLIGENCE_HEAD and o.country}
    forms: dict[str, tuple[list[str], list[str]]] = {}
    for org in orgs:
        if getattr(org, "sector", None) != "SPY" or not org.country or org.country in own:
            continue
        en, ko = head_forms(org)
        pairs = [("en", f) for f in en] + [("ko", f) for f in ko]
        if any((lang, key(lang, f)) in owner and owner[lang, key(lang, f)] != state_office(org.country)
               for lang, f in pairs):
            continue  # the agency's head has an office of its own: its forms are written there
        mine = forms.setdefault(org.country, ([], []))
        for lang, f in pairs:
            if (lang, key(lang, f)) not in owner:
                owner[lang, key(lang, f)] = state_office(org.country)
                mine[lang == "ko"].append(f)
    return offices + [copy_office(template, state_office(code), code, en, ko) for code, (en, ko) in sorted(forms.items())
                      if en or ko]


def state_office(code: str) -> str:
    return f"{code.lower()}_{INTELLIGENCE_HEAD}"


def copy_office(template: Any, oid: str, code: str, en: list[str], ko: list[str]) -> Any:
    """A new office like `template` (a plain record or a schema model) for one state's agencies."""
    fields = {"id": oid, "name": f"Head of an intelligence agency ({code})", "country": code,
              "equivalent": INTELLIGENCE_HEAD, "en": en, "ko": ko, "agency": None, "generic": False}
    return type(template)(**{**vars(template), **fields}) if isinstance(template, Plain) \
        else template.model_copy(update=fields)


def key(lang: str, form: str) -> str:
    """Korean titles compare without spaces (as offices.yaml's check does): '모사드 국장' is '모사드국장'."""
    return form.replace(" ", "") if lang == "ko" else form
