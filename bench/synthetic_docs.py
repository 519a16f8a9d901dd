"""Synthetic news documents made from the project's own sentences, for memory and throughput runs of any size.

Why apart from `bench_run.base_texts`: copies of the shared articles repeat every sentence but one, so readers that
remember answers by sentence text meet the same sentence again and again, and a run over 20,000 of them says little
about memory that grows with new text. Here each document draws its people, places, dates and numbers anew (its own
index picks them), in Korean or English, so no two documents are alike and every reader meets new sentences.
Every sentence is written for this file; none is taken from the shared evaluation sets.
"""
from __future__ import annotations

import json
from pathlib import Path

EN_PEOPLE = ["Foreign Minister Anna Berg", "Prime Minister Tomas Keller", "President Luis Ortega",
             "Defense Minister Omar Haddad", "Trade Minister Ines Varga", "Interior Minister Piet Smits"]
EN_STATES = ["Norway", "Chile", "Kenya", "Poland", "Vietnam", "Morocco", "Canada", "Peru"]
EN_TOWNS = ["Bergen", "Valparaiso", "Mombasa", "Gdansk", "Da Nang", "Tangier", "Halifax", "Cusco"]
EN_TEMPLATES = [
    "{p1} met {s2}'s {role} in {town} on {day} to discuss fishing rights and port fees.",
    "{s1} accused {s2} of seizing {n} cargo ships near the coast, {p1} told reporters on {day}.",
    "{p1} urged {s2} to release the {n} detained sailors before the end of the month.",
    "{s1} threatened to impose tariffs on {s2}'s steel if talks in {town} fail.",
    "Police in {town} said {n} protesters marched against the new mining law on {day}.",
    "{s1} and {s2} signed an agreement on {day} to build a rail link worth {n} million dollars.",
]
KO_PEOPLE = ["김하늘 외교부 장관", "박서준 국방부 장관", "이도윤 총리", "최유진 통일부 장관", "정민호 산업부 장관"]
KO_STATES = ["노르웨이", "칠레", "케냐", "폴란드", "베트남", "모로코", "캐나다", "페루"]
KO_TOWNS = ["베르겐", "발파라이소", "몸바사", "그단스크", "다낭", "탕헤르", "핼리팩스", "쿠스코"]
KO_TEMPLATES = [
    "{p1}은 {day}일 {town}에서 {s2} 외교장관과 회담을 갖고 어업 협력 방안을 논의했다.",
    "{s1} 정부는 {s2}가 자국 선박 {n}척을 억류했다며 즉각 석방을 촉구했다.",
    "{p1}은 {s2}에 대해 항구 사용료 인상을 철회하라고 요구했다.",
    "{s1} 정부는 {s2}가 협상에 응하지 않으면 관세를 부과하겠다고 경고했다.",
    "{town}에서는 {day}일 시민 {n}명이 광산법 개정에 반대하는 집회를 열었다.",
    "{s1} 정부와 {s2} 정부는 {day}일 철도 건설 협정에 서명했다.",
]


def _pick(items: list[str], i: int, step: int) -> str:
    return items[(i * step + i // len(items)) % len(items)]


def document(i: int) -> dict:
    """The i-th synthetic document: four to six sentences in one language, its fills chosen by i."""
    korean = i % 2 == 1
    people, states, towns, templates = (KO_PEOPLE, KO_STATES, KO_TOWNS, KO_TEMPLATES) if korean \
        else (EN_PEOPLE, EN_STATES, EN_TOWNS, EN_TEMPLATES)
    lines = []
    for k in range(4 + i % 3):
        s1, s2 = _pick(states, i + k, 3), _pick(states, i + k, 5)
        if s1 == s2:
            s2 = states[(states.index(s1) + 1) % len(states)]
        fill = {"p1": _pick(people, i + k, 7), "s1": s1, "s2": s2, "town": _pick(towns, i + k, 11),
                "role": "foreign minister",
                "day": str(1 + (i + k) % 27) if korean else f"March {1 + (i + k) % 27}",
                "n": str(3 + (i * 7 + k * 13) % 997)}
        lines.append(templates[(i + k) % len(templates)].format(**fill))
    month = 1 + i % 12
    return {"id": f"synthetic-{i}", "text": "\n\n".join(lines), "published": f"2025-{month:02d}-15"}


def write_corpus(n: int, path: Path) -> Path:
    """n synthetic documents as JSON lines at `path`."""
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(document(i), ensure_ascii=False) + "\n")
    return path
