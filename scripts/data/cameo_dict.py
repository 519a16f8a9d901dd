"""Read PETRARCH2's CAMEO verb dictionary and the CAMEO-to-PLOVER crosswalk into plain records.

Why a reader of its own: the dictionary was written for PETRARCH's parse trees (noun-phrase slots,
synonym sets, phrases in braces and prepositional phrases in parentheses). `build_en_acts.py` keeps
only what a clause reader can check on a flat sentence: the verb, a particle or preposition after
it, and the head words of its object. This module only reads; the reduction is in the builder.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

HEADER_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---")
CODE_RE = re.compile(r"\[([^\]]*)\]")
VERB_RE = re.compile(r"^(\+?[A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?")


@dataclass
class Verb:
    word: str  # "CALL", "CALL_OFF" (a multi-word verb)
    forms: list[str]  # listed inflections, when the dictionary gives them
    code: str | None  # the verb's own code, else the block's


@dataclass
class Pattern:
    text: str  # the pattern without its code: "* (FOR SANCTIONS)"
    code: str
    verb: str | None  # the verb named in the comment, where the pattern was first written


@dataclass
class Block:
    name: str
    code: str | None
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


def clean_code(raw: str | None) -> str | None:
    """'042:043' -> '042' (the source's code; the second is the target's), '---' and ':173' -> None."""
    if raw is None:
        return None
    first = raw.strip().split(":")[0].strip()
    return first if first and first != "---" else None


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """&NAME followed by +WORD lines. A trailing '_' means "no plural" in PETRARCH; we keep the word."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        s = line.split("#")[0].strip()
        if s.startswith("&"):
            current = s[1:].strip()
            sets[current] = []
        elif s.startswith("+") and current:
            word = s[1:].strip()
            sets[current].append(word)
        elif not s:
            continue
        else:
            current = None
    return sets


def read_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    for line in lines:
        head = HEADER_RE.match(line)
        if head:
            blocks.append(Block(head.group(1), clean_code(head.group(2))))
            continue
        if not blocks:
            continue
        body, _, comment = line.partition("#")
        body = body.rstrip()
        if not body.strip():
            continue
        if body.lstrip().startswith("-"):
            codes = CODE_RE.findall(body)
            if not codes:
                continue
            text = CODE_RE.sub("", body).strip()[1:].strip()
            verb = comment.strip().split(",")[0].strip() or None
            blocks[-1].patterns.append(Pattern(text, codes[-1], verb))
            continue
        m = VERB_RE.match(body.strip())
        if m:
            forms = m.group(2)[1:-1].replace(",", " ").split() if m.group(2) else []
            code = m.group(3)[1:-1] if m.group(3) else None
            own = clean_code(code) if code is not None else blocks[-1].code
            if code is not None and code.strip() == "---":
                own = None
            blocks[-1].verbs.append(Verb(m.group(1), forms, own))
    return blocks


def read_dictionary(path: Path) -> tuple[dict[str, list[str]], list[Block]]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, ln in enumerate(lines) if "VERB PATTERNS" in ln)
    return read_synsets(lines[:start]), read_blocks(lines[start:])


@dataclass(frozen=True)
class Plover:
    type: str
    mode: str | None
    contexts: tuple[str, ...]


def read_crosswalk(path: Path) -> dict[str, Plover]:
    """`CODE: TYPE, mode, context[; context] # text` lines; later lines win (the file has none twice
    that differ)."""
    table: dict[str, Plover] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#")[0].strip()
        m = re.match(r"^(\d+):\s*([A-Z]+)\s*(?:,([^,]*))?(?:,(.*))?$", body)
        if not m:
            continue
        mode = (m.group(3) or "").strip() or None
        contexts = tuple(c.strip() for c in (m.group(4) or "").split(";") if c.strip())
        table[m.group(1)] = Plover(m.group(2), mode, contexts)
    return table
