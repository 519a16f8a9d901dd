"""(speed52, issue 20) A literal run right before a branch gates a search with each branch's opening letters joined to
it (`pattern_gates._branch_heads`): 'rul(?:e|es|ed|ing)' needs 'rule', 'rules', 'ruled' or 'ruling', where 'rul' alone
was too short to gate on. The gate only says where a pattern cannot match: every lexicon pattern, gated, answers as
the bare compiled pattern on sentences of our own in both languages."""
from __future__ import annotations

import re

import pytest

from readout.kb.lexicon_patterns import CASE_FREE
from readout.kb.loader import lexicon
from readout.pattern_gates import case_free_needs, required_literals


@pytest.mark.parametrize("source, expected", [
    (r"\brul(?:e|es|ed|ing)\s+out\b", ["rule", "ruled", "rules", "ruling"]),
    (r"\b(?:keep|keeps|kept|keeping)\s+\w+", ["keep", "keeping", "keeps", "kept"]),  # parsed as 'ke' + branch
    (r"\bconven(?:e|ed|es|ing)\b", ["convene", "convened", "convenes", "convening"]),
    (r"회담(?:했다|을 가졌다)", ["회담을 가졌다", "회담했다"]),
    # a branch opening with no literal adds nothing to the run: 'sum' stays too short
    (r"\bsum(?:mit|\w+)", None),
    (r"\bvisit(?:\s+to|ed)\b", ["visit", "visited"]),  # a branch with no opening literal: the run alone
])
def test_a_run_before_a_branch_joins_its_heads(source, expected):
    assert required_literals(source) == expected


def test_a_case_free_frame_is_now_gated():
    source = r"\b(?:not|never)\s+(?:to\s+)?rul(?:e|es|ed|ing)\s+out\b|\brefus(?:e|es|ed|ing)\s+to\s+rule\s+out\b"
    assert case_free_needs(source) == ["refuse", "refused", "refuses", "refusing", "rule", "ruled", "rules", "ruling"]


TEXTS = [
    "The Peruvian cabinet did not rule out new tariffs on Bolivian quinoa, a spokesperson said on Friday.",
    "Ecuador kept its options open and refused to rule out a recall of its envoy in Quito.",
    "Officials in Tallinn said the offer of talks was still on the table after the convened session ended.",
    "The mayor of Tartu, who had criticized the plan, welcomed the envoys and invited them to return in May.",
    "Mutineers seized a barracks outside Bamako, and the junta's spokesman denied that a coup was under way.",
    "RULING PARTY LAWMAKERS WILL NOT RULE OUT SANCTIONS, THE MINISTER SAID.",
    "몽골 외교장관은 15일 울란바토르에서 카자흐스탄 외교장관과 회담했다고 밝혔다.",
    "양국 정상은 지난달 만남 이후 두 달 만에 다시 만났으며 협력을 이어 가기로 했다.",
    "정부는 제재 가능성을 배제하지 않았다고 대변인이 말했다.",
    "",
]


def bare(pattern):
    """The compiled pattern under a gate (the gate's own `compiled`), or the pattern itself."""
    return getattr(pattern, "compiled", pattern)


@pytest.mark.parametrize("code", ["en", "ko"])
def test_every_gated_lexicon_pattern_answers_as_the_bare_pattern(code):
    lex = lexicon(code)
    gated = 0
    for key in [k for k in lex.raw if k.endswith("_re")]:
        for pattern in lex.patterns(key):
            inner = bare(pattern)
            gated += inner is not pattern
            for text in TEXTS:
                assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in inner.finditer(text)], key
                found = pattern.search(text)
                assert (found and found.span()) == ((m := inner.search(text)) and m.span()), key
    assert gated > 0


@pytest.mark.parametrize("code", ["en", "ko"])
def test_every_match_holds_one_of_its_gate_s_literals(code):
    lex = lexicon(code)
    for key in [k for k in lex.raw if k.endswith("_re")]:
        for source in lex.sources(key):
            case_free = source.startswith(CASE_FREE)
            needs = case_free_needs(source.removeprefix(CASE_FREE)) if case_free else required_literals(source)
            if not needs:
                continue
            for text in TEXTS:
                for m in re.finditer(source, text):
                    whole = m.string[m.start():m.end()]
                    whole = whole.lower() if case_free else whole
                    assert any(n in whole for n in needs), (key, whole, needs)
