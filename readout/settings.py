"""Every threshold and limit of readout, in one typed object.

Why one object: a number that decides behaviour (how far a date may drift, how many characters a
title chain may span) must be visible and tunable in one place, not buried in a function
(trafilatura's settings.cfg). Override with environment variables `READOUT_<FIELD>` or by passing a
modified copy (`SETTINGS.model_copy(update=...)`).
"""
from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    # --- input limits -------------------------------------------------------------------------
    max_document_bytes: int = 5_000_000  # larger files are rejected, not read whole
    max_jsonl_line_bytes: int = 5_000_000
    min_text_chars: int = 40  # shorter texts hold no reportable event
    html_parse_seconds: int = 20  # a page whose main-text extraction takes longer is rejected
    max_extract_chars: int = 1_000_000  # a longer text is rejected before extraction (bounded work)
    document_seconds: float = 60.0  # time budget of one document's extraction (checked between steps, in loops)
    model_load_seconds: float = 60.0  # added to the budget of a process's first document, which loads the models
    max_sentence_chars: int = 1000  # a longer "sentence" (no punctuation) is cut at spaces: steps stay linear
    max_paragraph_chars: int = 10000  # a longer paragraph goes to the sentence splitter in pieces cut at spaces
    max_id_chars: int = 512  # a JSONL id or url used as document id may not be longer
    max_json_depth: int = 32  # JSONL lines nested deeper are rejected (an article record is flat)
    min_year: int = 1900  # dates outside [min_year, max_year] are rejected as input errors
    max_year: int = 2100

    # --- language segments ---------------------------------------------------------------------
    hangul_ratio_ko: float = 0.3  # share of letters that are Hangul for a paragraph to be Korean
    min_segment_chars: int = 200  # a language run shorter than this is not a segment of its own

    # --- publication date -----------------------------------------------------------------------
    header_chars: int = 600  # unlabeled dates count as publication dates only this near the top
    unyeared_future_days: int = 31  # "December 28" in a mid-November article is last December

    # --- mentions --------------------------------------------------------------------------------
    ko_title_chain_tokens: int = 8  # tokens between a Korean name and the title that closes its chain

    # --- events ------------------------------------------------------------------------------------
    status_window_chars: int = 14  # characters before a meeting word that qualify it (phone, visit)
    en_status_window_chars: int = 30
    min_meeting_participants: int = 2

    # --- merging ------------------------------------------------------------------------------------
    merge_day_tolerance_cross_zone: int = 1  # a call on Nov 1 in Washington is Nov 2 in Seoul
    merge_min_participant_jaccard: float = 0.5
    near_duplicate_jaccard: float = 0.8
    near_duplicate_candidates: int = 10  # LSH candidates checked, most shared bands first
    merge_members_checked: int = 12  # an event's earliest members that a new report must agree with
    minhash_permutations: int = 128
    shingle_chars: int = 5

    # --- storage ------------------------------------------------------------------------------------
    store_batch_docs: int = 100  # documents per transaction (each in its own savepoint)
    compose_every_docs: int = 5000  # a run rebuilds changed merged records this often, and at its end
    store_cache_entries: int = 20000  # events (their first members) and persons a store keeps in memory
    sqlite_cache_mb: int = 64  # page cache: the merge indexes of a large database stay in memory

    # --- web API limits -------------------------------------------------------------------------------
    api_max_q_chars: int = 200  # a longer search text is refused (422): no query needs more
    api_max_param_chars: int = 1000  # any other query parameter longer than this is refused
    api_max_offset: int = 1_000_000  # paging deeper is refused (SQLite's OFFSET is 64-bit; 2**63 overflows)


def _from_env() -> Settings:
    overrides = {}
    for name, field in Settings.model_fields.items():
        raw = os.environ.get(f"READOUT_{name.upper()}")
        if raw is not None:
            overrides[name] = field.annotation(raw) if field.annotation in (int, float) else raw
    return Settings(**overrides)


SETTINGS = _from_env()
