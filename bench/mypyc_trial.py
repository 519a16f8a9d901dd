#!/usr/bin/env python3
"""Try compiling readout's modules with mypyc, outside the checkout, and say what breaks and what it gains.

    .venv/bin/python bench/mypyc_trial.py --mypy-python /tmp/m/bin/python [--modules GLOB ...] [--exclude SUBSTR ...]
        [--out /tmp/mypyc-trial] [--docs 500] [--rounds 3]

Why a script: session 15 (speed14) measured the lever by hand (README, Speed); this repeats it as the code's
annotations are made true, so the next session reads the gain and the remaining failures in one run.
`--mypy-python` is an interpreter that has mypy installed (`python3 -m venv /tmp/m && /tmp/m/bin/pip install
mypy`): mypy is no dependency of readout, and nothing is built inside the checkout (an extension module
beside its `.py` would shadow later edits of it: Python imports the extension first).

Steps: the committed tree (`git archive HEAD`) is copied to --out; the chosen modules are compiled there with
`mypycify` (`ignore_errors`, so modules that do not type-check are compiled as far as mypyc can: the point is to
find what breaks); then each compiled module is imported alone (a crash or an exception is listed), the
bench corpus's distinct texts are extracted once (the first failing text is printed), and
`bench_run.py --only extract` runs on both trees in turn, --rounds times. A script run by hand, not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODULES = ["readout/lang/*.py", "readout/lang/ko/*.py", "readout/lang/en/*.py", "readout/pipeline/*.py"]
# What did not compile or run in session 15: interpreted subclasses of compiled classes (lang/base.py, the two
# language.py), modules whose classes subclass kb.entries.Plain (segfault at import), schemas (pydantic).
DEFAULT_EXCLUDE = ["__init__", "schema", "act_", "acts", "endings", "ko/language", "en/language", "lang/base"]
SETUP = """from setuptools import setup
from mypyc.build import mypycify
setup(name="readout_trial", ext_modules=mypycify({args!r}, opt_level="3", multi_file=True))
"""
DRIVE = """import sys, traceback
sys.path.insert(0, "bench")
from bench_run import base_texts
from readout.api import extract_text
for d in base_texts():
    try:
        extract_text(d["text"])
    except Exception as e:
        cause = e.__cause__ or e.__context__ or e
        print(d["id"], "".join(traceback.format_exception(cause)[-3:])); sys.exit(1)
print("every text extracted")
"""


def closing(text: str, start: int) -> int:
    """The index after the parenthesis that closes the one opened just before `start`."""
    depth = 1
    while depth:
        depth += {"(": 1, ")": -1}.get(text[start], 0)
        start += 1
    return start


def rewrite_for_mypyc(text: str) -> str:
    """Two rewrites of the same meaning around mypyc 2.4's internal errors (on legal code): a loop over
    `reversed(...)` of a bare `list` becomes a loop over `iter(reversed(...))`, and a tuple with a starred
    part after ` in ` (`x in ("a", *NAMES)`) becomes `tuple((...))`. Applied to the copy only."""
    out, i = [], 0
    for m in re.finditer(r" in (reversed)?\(", text):
        if m.start() < i:
            continue
        end = closing(text, m.end())
        inner = text[m.end() - 1:end]
        if m.group(1):
            out += [text[i:m.start()], " in iter(reversed", inner, ")"]
        elif re.search(r"[(,]\s*\*[A-Za-z_(]", inner):
            out += [text[i:m.start()], " in tuple(", inner, ")"]
        else:
            continue
        i = end
    return "".join(out) + text[i:]


def build(out: Path, mypy_python: str, modules: list[str]) -> None:
    """Copy the committed tree to `out` and compile `modules` there (multi_file: gcc in parallel, -j 2)."""
    out.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "HEAD"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)
    for path in modules:
        (out / path).write_text(rewrite_for_mypyc((out / path).read_text(encoding="utf-8")), encoding="utf-8")
    (out / "mypyc.ini").write_text("[mypy]\nignore_missing_imports = True\nfollow_imports = silent\n"
                                   "ignore_errors = True\n")
    args = ["--config-file", "mypyc.ini", "--python-executable", sys.executable, *modules]
    (out / "trial_setup.py").write_text(SETUP.format(args=args))
    with open(out / "build.log", "w") as log:
        done = subprocess.run([mypy_python, "trial_setup.py", "build_ext", "--inplace", "-j", "2"], cwd=out,
                              stdout=log, stderr=subprocess.STDOUT)
    if done.returncode:  # a mypyc internal error names the line it could not compile
        tail = (out / "build.log").read_text().splitlines()[-6:]
        sys.exit("the build failed (" + str(out / "build.log") + "):\n" + "\n".join(tail))


def broken_imports(out: Path, modules: list[str]) -> list[str]:
    """Each compiled module imported alone in a fresh process: the ones that crash or raise, with the reason."""
    env = dict(os.environ, PYTHONPATH=str(out))
    broken = []
    for path in modules:
        name = path.removesuffix(".py").replace("/", ".")
        run = subprocess.run([sys.executable, "-c", f"import {name}"], cwd=out, env=env, capture_output=True, text=True)
        if run.returncode:
            reason = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else f"exit {run.returncode}"
            broken.append(f"{name}: {reason}")
    return broken


def extract_rate(tree: Path, docs: int) -> float:
    """Documents per CPU-second of extraction alone (bench_run.py's own measurement, in `tree`)."""
    env = dict(os.environ, PYTHONPATH=str(tree), READOUT_SHARED=os.environ.get("READOUT_SHARED",
                                                                            str(ROOT.parent / "shared")))
    run = subprocess.run([sys.executable, "bench/bench_run.py", "--docs", str(docs), "--only", "extract"],
                         cwd=tree, env=env, capture_output=True, text=True, check=True)
    report = json.loads(run.stdout[run.stdout.index("{"):])
    return next(v["docs_per_cpu_s"] for k, v in report.items() if k.startswith("extract"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mypy-python", required=True, help="an interpreter with mypy (its mypyc) installed")
    ap.add_argument("--modules", nargs="*", default=DEFAULT_MODULES)
    ap.add_argument("--exclude", nargs="*", default=DEFAULT_EXCLUDE)
    ap.add_argument("--out", type=Path, default=Path("/tmp/mypyc-trial"))
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    modules = sorted({str(p.relative_to(ROOT)) for g in args.modules for p in ROOT.glob(g)
                      if not any(x in str(p.relative_to(ROOT)) for x in args.exclude)})
    print(f"compiling {len(modules)} modules into {args.out}", flush=True)
    build(args.out, args.mypy_python, modules)
    for line in broken_imports(args.out, modules):
        print("import fails:", line)
    drive = subprocess.run([sys.executable, "-c", DRIVE], cwd=args.out, capture_output=True, text=True,
                           env=dict(os.environ, PYTHONPATH=str(args.out)))
    print(drive.stdout.strip() or drive.stderr.strip()[-2000:])
    if drive.returncode:
        return
    for r in range(args.rounds):
        print(f"round {r + 1}: python {extract_rate(ROOT, args.docs):.1f}, "
              f"compiled {extract_rate(args.out, args.docs):.1f} documents per CPU-second", flush=True)


if __name__ == "__main__":
    main()
