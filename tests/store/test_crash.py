"""A run killed with SIGKILL at random moments, then run again, gives the same database as one clean run."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from tests.store.test_store import dump

TEXTS = [
    "박진 외교부 장관은 {d}일 워싱턴에서 블링컨 국무장관과 회담했다.\n양측은 북한의 도발을 규탄했다.",
    "North Korea fired two ballistic missiles on June {d}, South Korea's military said.",
    "조태열 외교부 장관은 {d}일 서울에서 가미카와 요코 일본 외무상과 회담했다.",
]


def make_corpus(folder, n=80):
    folder.mkdir()
    for i in range(n):
        day = 1 + i % 27
        (folder / f"2023-06-{day:02d}_doc{i:03d}.txt").write_text(TEXTS[i % 3].format(d=day), encoding="utf-8")


def readout(args, **kw):
    """A run that commits every 7 documents, so a kill lands between and inside batches."""
    env = {**os.environ, "READOUT_STORE_BATCH_DOCS": "7", "READOUT_COMPOSE_EVERY_DOCS": "20"}
    return subprocess.Popen([sys.executable, "-m", "readout.cli", "run", *args, "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, **kw)


def test_kill_and_rerun_equals_a_clean_run(tmp_path):
    corpus = tmp_path / "in"
    make_corpus(corpus)
    clean = str(tmp_path / "clean.db")
    assert readout([str(corpus), "--db", clean]).wait() == 0
    crashed = str(tmp_path / "crashed.db")
    rng = random.Random(7)
    for _ in range(3):
        proc = readout([str(corpus), "--db", crashed])
        time.sleep(rng.uniform(3.5, 6.0))  # the model loads in ~3 s; then documents are being written
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert readout([str(corpus), "--db", crashed]).wait() == 0
    assert dump(crashed) == dump(clean)
