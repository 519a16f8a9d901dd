"""One walk for the readers that put kiwi's cuts back together: at each token a reader may read a run of tokens as
other tokens (a name kiwi split at a particle, a demonym read as a copula, an agent noun cut in two, a short state's
name cut into morphemes). Why one helper: each reader wrote the same index loop around its own test, and a loop
written four times drifts (a run's width, the step past it)."""
from __future__ import annotations

from typing import Callable

Run = tuple[list, int]  # the tokens read instead, and how many of the walked tokens they replace
RunReader = Callable[[list, int], "Run | None"]


def rewrite_runs(tokens: list, run_at: RunReader) -> list:
    """`tokens` with each run `run_at(tokens, i)` reads at i replaced by what it gives (None: token i stays)."""
    out, i, n = [], 0, len(tokens)
    while i < n:
        run = run_at(tokens, i)
        if run is None:
            out.append(tokens[i])
            i += 1
            continue
        out += run[0]
        i += run[1]
    return out
