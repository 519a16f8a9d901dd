"""numpy is imported when a near-duplicate signature is first computed or compared (`store/minhash.py`), not with the
store: a no-change rerun stores no document, and the commands that only read the database compare no signature, so
neither pays numpy's import (about 65 ms of CPU, a third of a no-change rerun)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def numpy_loaded(code: str, tmp_path) -> bool:
    env = dict(os.environ, PYTHONPATH=str(ROOT), READOUT_CACHE_DIR="off")
    script = f"import sys\n{code}\nprint('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=True)
    return out.stdout.strip().splitlines()[-1] == "True"


@pytest.mark.parametrize("code", [
    "import readout.store.db, readout.store.neardup, readout.api",
    "from readout.store.db import Store\nStore('reread.db').close()",
])
def test_the_store_alone_imports_no_numpy(code, tmp_path):
    assert not numpy_loaded(code, tmp_path)


@pytest.mark.parametrize("code", [
    "from readout.store import neardup\nneardup.fingerprint('Ministers of two invented states met in Oslo.')",
    "from readout.store import neardup\nneardup.fingerprint('Two invented states met in Lima.', docs=32)",
])
def test_a_signature_of_a_large_or_unknown_batch_imports_it(code, tmp_path):
    assert numpy_loaded(code, tmp_path)


@pytest.mark.parametrize("code", [
    "from readout.store import neardup\nneardup.fingerprint('Two invented states met in Lima.', docs=31)",
    "from readout.store import neardup\nneardup.fingerprint('Two invented states met in Lima.', docs=1)",
    "from readout.store import neardup\nneardup.from_blob(bytes(16))",
    "from readout.store import neardup\nneardup.similarity(neardup.from_blob(bytes(16)), neardup.from_blob(bytes(16)))",
    "from readout.store.db import Store\nfrom readout.api import extract_text\ns = Store('small.db')\n"
    "s.save_batch([extract_text('The Chilean minister visited Lima.', 'a.txt')])\ns.close()",
])
def test_a_small_batch_or_a_stored_signature_imports_no_numpy(code, tmp_path):
    assert not numpy_loaded(code, tmp_path)


def test_the_signature_is_minhash_s():
    from readout.store import minhash, neardup

    text = "The foreign ministers of Norway and Chile met in Oslo on Tuesday."
    assert neardup.signature(text).tobytes() == minhash.signature(text).tobytes()
    fp = neardup.fingerprint(text)
    assert fp.sig.tobytes() == fp.minhash and neardup.similarity(fp.sig, minhash.from_blob(fp.minhash)) == 1.0
