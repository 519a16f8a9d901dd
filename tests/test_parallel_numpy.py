"""A worker imports numpy for its near-duplicate signatures only when it extracts enough documents to need it
(`settings.minhash_numpy_docs`): `parallel.for_store` is told how many (`docs`), `parallel.processes` counts a small
run before it forks (`parallel.counted`), and both hashing paths send the same fingerprint."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from readout.parallel import counted

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("jobs, peek, expected", [
    (0, 8, 0),  # no document: a run of none
    (3, 8, 3),  # fewer than the peek: the whole run is known
    (7, 8, 7),
    (8, 8, None),  # as many as the peek: there may be more, not known
    (20, 8, None),
])
def test_a_run_is_counted_only_when_shorter_than_the_peek(jobs, peek, expected):
    docs, rest = counted(iter(range(jobs)), peek)
    assert docs == expected
    assert list(rest) == list(range(jobs))  # every job still runs, in order


SCRIPT = r'''
import json, sys
from readout import parallel
from readout.pipeline import default_pipeline
from readout.ingest.sources import RawDocument

TEXTS = [
    "The Peruvian trade minister Alma Quispe met her Norwegian counterpart in Lima on Monday.\n\n"
    "The two ministers agreed to open talks on a fisheries accord next spring.",
    "Chile's foreign minister Tomas Varela visited Oslo on Friday and met Norway's prime minister.\n\n"
    "Varela said both governments would sign a shipping pact within the year.",
    "Norwegian officials hosted a delegation from Ecuador in Bergen to discuss salmon exports.",
]
jobs = [(RawDocument(f"d{i}.txt", text=t), None) for i, t in enumerate(TEXTS)]
pipeline = default_pipeline()
real = parallel.run_job

def reporting(job, pipeline, send, docs=None):
    result = real(job, pipeline, send, docs)
    return result.fingerprint.minhash.hex(), result.fingerprint.digests.hex(), "numpy" in sys.modules

parallel.run_job = reporting  # the forked workers call it through `_in_worker`
small = list(parallel.processes(iter(jobs), pipeline, 2))
assert "numpy" not in sys.modules, "the parent imported numpy"
large = [reporting(job, pipeline, True, None) for job in jobs]  # a run of unknown length: numpy
print(json.dumps({"small": small, "large": large}))
'''


def test_a_small_two_worker_run_hashes_without_numpy_and_sends_the_same_fingerprints(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=True)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert [numpy for *_, numpy in seen["small"]] == [False, False, False]  # each worker hashed in pure Python
    assert [numpy for *_, numpy in seen["large"]] == [True, True, True]
    assert [row[:2] for row in seen["small"]] == [row[:2] for row in seen["large"]]  # byte for byte
