"""lang/ko/token_runs.rewrite_runs: a run read at a token replaces that many tokens; elsewhere tokens stay."""
from __future__ import annotations

import pytest

from readout.lang.ko.token_runs import rewrite_runs

TOKENS = [("가", "NNP", 0, 1), ("나", "JX", 1, 1), ("다", "NNG", 2, 1), ("라", "NNG", 4, 1)]


def joins_first_three(tokens, i):
    return ([("가나다", "NNP", 0, 3)], 3) if i == 0 else None


@pytest.mark.parametrize("reader, expected", [
    (lambda tokens, i: None, TOKENS),
    (joins_first_three, [("가나다", "NNP", 0, 3), ("라", "NNG", 4, 1)]),
    (lambda tokens, i: ([], 1) if tokens[i][1] == "JX" else None, [TOKENS[0], TOKENS[2], TOKENS[3]]),
])
def test_rewrite_runs(reader, expected):
    assert rewrite_runs(TOKENS, reader) == expected
