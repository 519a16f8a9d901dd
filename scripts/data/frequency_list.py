"""Writing a word list generated from wordfreq above a Zipf cut (common_word_places.yaml, common_syllables_ko.yaml):
the one layout both files share, which the schema's `FrequencyList` reads."""
from __future__ import annotations

from datetime import date
from pathlib import Path


def write_list(out: Path, comments: list[str], zipf_cut: float, key: str, rows: list[str]) -> None:
    """Write `out`: the comment lines, the header (version, today, the cut) and the list `key` of `rows` (each an
    item line, '  - "word"  # 4.2')."""
    lines = comments + ["version: 1", f"updated: {date.today()}", f"zipf_cut: {zipf_cut}", f"{key}:"] + rows
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
