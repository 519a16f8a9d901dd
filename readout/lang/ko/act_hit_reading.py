"""What the readers of one Korean act word's hit (`act_word_hits.act_hit`) read and fill in turn: the word's tokens,
candidate, lexicon index, entry and clause reading, and what each reader finds for those after it (the act's kind
and mode, its pledge and negation, the marks for the pipeline, its target spans, the people at home it is aimed at).

Why its own module: the readers live in several modules (act_word_hits, act_hit_targets, act_hit_domestic,
act_hit_subjects) and all take this one reading; here it is imported by each without a cycle.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_table import ActIndex


@dataclass
class HitReading:
    """One act word's reading as the readers fill it; `data` is the hit's marks for the pipeline."""

    toks: list
    cand: Candidate
    lex: ActIndex
    e: object  # the candidate's lexicon entry
    r: object  # the reading of its clause's endings (lang/ko/endings.read_clause)
    kind: str = ""  # the act's type, its entry's unless a reader changes it
    mode: str | None = None
    data: dict = field(default_factory=dict)
    negated: bool = False
    pledged: bool = False
    unowned_stance: bool = False  # a stance shared that no side holds (SUPPORT read as AGREE)
    exiled: tuple | None = None  # act_exiles.exile: people deported by their own state
    shared: bool = False  # a view shared that something is a threat (ACCUSE together)
    spans: list = field(default_factory=list)  # the spans the act is aimed at
    settled: tuple | None = None  # act_struck_places.struck_settlement: a settlement struck and its owner
    content: tuple | None = None  # the content a proposal or demand asks for
    domestic: tuple | None = None  # the people of a state the act is aimed at
    paired_subject: str | None = None  # koattack52: the acting side's sector of a pair subject's clash ('정부군과 반군이')
    home_side: tuple | None = None  # a side at home judged
    status: str = "occurred"
