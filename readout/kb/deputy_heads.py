"""Titles of the deputy heads of a state's organs, made from the organs' own names.

Why: Korean news names an organ's deputies by the organ and an ordinal ('국가안보실 1차장', '국가정보원 제2차장',
'합참 차장'), titles no office list can write out one by one; read as a bare rank they name no office, or the
wrong one. The organs are the state bodies of organizations.yaml (sectors GOV, MIL, SPY) that are no ministry
(a ministry's vice ministers come from offices.yaml's portfolios: '외교부 제2차관'); each organ's names times the
deputy nouns below become the forms of one office per organ (`org_kor-nis_deputy`, equivalent to
deputy_agency_head) with the organ's state and sector, so '김OO 국가정보원 1차장' is Korea's, SPY.
The same for the head of one of an organ's divisions ('합참 작전본부장': '합참 본부장', not the bare '본부장' that
is the peace envoy's; ko/title_chains.set_office reads the organ before a prefixed head noun).
A form a written office already holds stays that office's ('국가안보실 차장': the deputy security adviser).
"""
from __future__ import annotations

from typing import Any

from readout.kb.agency_heads import key
from readout.sectors import STATE_ORGAN_SECTORS
from readout.kb.entries import Plain

DEPUTY_HEAD = "deputy_agency_head"
DIVISION_HEAD = "division_head"
DIVISION_NOUN_KO = "본부장"  # the head of one of an organ's 본부 (divisions: the JCS's 작전본부, 정보본부)
DEPUTY_NOUN_KO = "차장"
ORDINALS = (1, 2, 3)  # the ordinals of the deputies the state organs have (정부조직법: at most three 차장 an organ)


def deputy_forms(names: list[str]) -> list[str]:
    """'국가정보원 차장', '국가정보원 1차장', '국가정보원 제1차장' for each name of an organ."""
    nouns = [DEPUTY_NOUN_KO] + [f"{p}{n}{DEPUTY_NOUN_KO}" for n in ORDINALS for p in ("", "제")]
    return [f"{name} {noun}" for name in names for noun in nouns]


def add_deputy_heads(offices: list[Any], orgs: list[Any]) -> list[Any]:
    """The offices plus one deputy-head office per state organ of organizations.yaml; a form another office
    holds adds none."""
    templates = {o.id: o for o in offices if o.id in (DEPUTY_HEAD, DIVISION_HEAD)}
    owner = {key("ko", f) for o in offices for f in o.ko}
    added = []
    for org in orgs:
        if org.sector not in STATE_ORGAN_SECTORS or not org.country or getattr(org, "portfolio", None):
            continue
        for oid, forms in ((DEPUTY_HEAD, deputy_forms(list(org.ko))),
                           (DIVISION_HEAD, [f"{name} {DIVISION_NOUN_KO}" for name in org.ko])):
            forms = [f for f in forms if key("ko", f) not in owner]
            owner.update(key("ko", f) for f in forms)
            if forms and oid in templates:
                added.append(copy_office(templates[oid], org, forms))
    return offices + added


def copy_office(template: Any, org: Any, ko: list[str]) -> Any:
    """The organ's own office of the template's class: `org_kor-nis_deputy`, `org_kor-jcs_division_head`."""
    suffix = "deputy" if template.id == DEPUTY_HEAD else template.id
    fields = {"id": f"{org.id}_{suffix}", "name": f"{template.name} ({org.en[0] if org.en else org.id})",
              "country": org.country, "sector": org.sector, "equivalent": template.id, "en": [], "ko": ko,
              "agency": None, "generic": False}
    return type(template)(**{**vars(template), **fields}) if isinstance(template, Plain) \
        else template.model_copy(update=fields)
