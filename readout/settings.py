"""Every threshold and limit of readout, in one typed object that is passed, not patched.

Why one object: a number that decides behaviour (how far a date may drift, how many characters a
title chain may span) must be visible and tunable in one place, not buried in a function
(trafilatura's settings.cfg). A pipeline, a run and a store are built from a `Settings`; a caller
that needs other thresholds builds another one (`Settings(...)` or `settings.replace(field=value)`)
and passes it. Per-language thresholds sit under the language (`settings.ko`, `settings.en`).
Environment variables `READOUT_<FIELD>` override top-level fields of the default object.

Plain frozen dataclasses, not pydantic models: every process (each worker, each `readout` command)
imports this module first, and building a pydantic model class cost a tenth of a second of start-up.
The types are still checked when an object is built (`__post_init__`).
"""
from __future__ import annotations

import dataclasses
import os
from typing import Any

SCALARS = {"int": int, "float": float, "str": str}


class Checked:
    """Field types checked when an object is built (a threshold given as text or None fails here,
    not deep inside a rule), and `replace` for a copy with some fields changed."""

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):  # type: ignore[arg-type]
            value, kind = getattr(self, field.name), SCALARS.get(str(field.type))
            if kind is None:
                continue
            ok = isinstance(value, kind) and not isinstance(value, bool) or \
                (kind is float and isinstance(value, int) and not isinstance(value, bool))
            if not ok:
                raise TypeError(f"setting {field.name} must be {kind.__name__}, got {value!r}")

    def replace(self, **changes: Any) -> Any:
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


@dataclasses.dataclass(frozen=True)
class LanguageSettings(Checked):
    """Thresholds of one language's rules (`lang/ko`, `lang/en`), in characters or tokens of that
    language's text: a Korean clause packs into fewer characters than its English translation."""

    continued_reach_sentences: int = 2  # 'It', 'He', 'The ministry' go on with the side that acted this far back
    organ_reference_sentences: int = 10  # 'the junta', 'government forces' take the state named with such an organ this far back
    title_chain_tokens: int = 8  # words between a name and the title that closes its chain (ko)
    title_name_words: int = 5  # words of a name written by sound before its title chain ('알리 하산 모하메드 알카비') (ko)
    status_window_chars: int = 14  # characters before a meeting word that qualify it (phone, visit)
    trigger_tail_chars: int = 4  # and after it ('회담을 전화로' is rare; '통화했다' ends the word)
    broker_reach_chars: int = 30  # characters before a meeting word searched for its go-between ('C의 중재로 A와 B가')
    side_meeting_tail_chars: int = 60  # after a negated meeting word: 'did not meet Motegi separately' (side_meeting_denied)
    side_meeting_negation_tail_chars: int = 12  # its negation stands close after it: '회담은 갖지 않았다'
    side_meeting_negation_reach_chars: int = 25  # or before it: 'did not hold separate talks'
    label_date_chars: int = 40  # how far after a publication label ('입력', 'Published:') its date may stand
    planned_window_chars: int = 30  # characters before a meeting word that can make it planned (en)
    wish_window_chars: int = 45  # characters before a meeting word where a wish governs it ('would be happy to meet')
    public_share_reach_chars: int = 90  # characters before a stance verb where a poll's share of the public stands
    visit_window_chars: int = 40  # characters before a meeting word where a visit word names the host
    visit_tail_chars: int = 10  # and after it ('회담차 방한한')
    multilateral_reach_chars: int = 12  # a multilateral word names a meeting this close after it (ko)
    subordinate_reach_chars: int = 150  # how far an after-clause around a date may reach
    topic_reach_chars: int = 6  # how far before a date a topic word makes it the statement's ('외교부는 5일') (ko)
    charge_reach_chars: int = 20  # how far before a denial the charge it denies may stand ('주장이라며 이를 부인') (ko)
    status_after_chars: int = 60  # the words after a meeting word read for its status ('예정', '취소')
    group_country_reach_chars: int = 12  # 'ROK-Japan meeting': country compound this close before a trigger
    nominal_actor_reach_chars: int = 60  # how far before a launch noun its owner may stand
    nominal_owner_reach_chars: int = 25  # a genitive owner ('북한의 ... 발사') or agent ('by X') this close
    nominal_adjacent_chars: int = 2  # a bare country this close before a noun owns it ('북한군 파병')
    pair_sides: int = 2  # the states 'both sides', '양측' stand for (pipeline/act_pairs.principal_pair)
    recipient_reach_chars: int = 90  # how far after an act verb its receiving side may stand (en)
    coordination_gap_chars: int = 6  # 'A and B': two names this close are coordinated
    mode_window_chars: int = 50  # characters around a REQUEST read for its mode (change, meet)
    act_place_reach_chars: int = 60  # characters before a place read for the cue that makes it an act's place (places52)
    compound_multilateral_states: int = 3  # 'Japan-U.S.-ROK': a compound of this many states marks a multilateral (en)
    unyeared_future_days: int = 31  # "December 28" in a mid-November article is last December
    # (places59) of two towns of one state sounding alike, the larger is heard where it has this many times the other's
    # people (kb/town_sound.dominant_town; the build's 10 for a name two states share, milder within one state) (ko)
    town_dominance: int = 3
    # (places59) syllables of the verbal noun before a place ending that makes a Korean common noun of a place
    # ('야영지': 야영; lang/ko/site_nouns.place_common_noun): a Sino-Korean verbal noun has two or more (ko)
    site_stem_syllables: int = 2


KOREAN = LanguageSettings(status_window_chars=14, nominal_actor_reach_chars=60, group_country_reach_chars=12)
ENGLISH = LanguageSettings(status_window_chars=14, planned_window_chars=30, nominal_actor_reach_chars=40,
                           group_country_reach_chars=30)


@dataclasses.dataclass(frozen=True)
class Settings(Checked):
    # --- input limits -------------------------------------------------------------------------
    max_document_bytes: int = 5_000_000  # larger files are rejected, not read whole
    max_jsonl_line_bytes: int = 5_000_000
    max_json_file_bytes: int = 50_000_000  # a .json file (an array of records) is read whole: larger ones are
    # rejected with the hint to write JSON lines, read a line at a time (harden57: ingest/json_file)
    min_text_chars: int = 40  # shorter texts hold no reportable event
    html_parse_seconds: int = 20  # a page whose main-text extraction takes longer is rejected
    max_extract_chars: int = 1_000_000  # a longer text is rejected before extraction (bounded work)
    document_seconds: float = 60.0  # time budget of one document's extraction (checked between steps, in loops)
    model_load_seconds: float = 60.0  # first document's advance for unmarked first-use work (loads: as measured)
    gc_young_objects: int = 20000  # the cyclic collector's first threshold while a run extracts and stores
    # (CPython's 700 collected every few sentences: 2% of a run's instructions, measured; parallel.collector)
    max_sentence_chars: int = 1000  # a longer "sentence" (no punctuation) is cut at spaces: steps stay linear
    max_paragraph_chars: int = 10000  # a longer paragraph goes to the sentence splitter in pieces cut at spaces
    max_title_chars: int = 2000  # a longer title is no headline: the document is rejected, naming it (budget53)
    max_id_chars: int = 512  # a JSONL id or url used as document id may not be longer
    mixed_encoding_max_share: float = 0.2  # a UTF-8 page may hold this share of its bytes in CP949 stretches, each
    # read as CP949 (harden56: ingest/decode_mixed.mostly_utf8); more, and the page is no UTF-8 page
    utf16_min_share: float = 0.9  # UTF-16 without a byte-order mark: the share of ASCII or Korean characters one
    # byte order must give (harden57: ingest/decode.utf16_without_bom); below, the old one-sided-NUL test, or binary
    stray_nul_per_100kb: int = 4  # NUL bytes a UTF-8 text may hold per started 100 KB, with no other control byte,
    # dropped with a warning (harden58: ingest/decode.stray_nuls); more, and the file is binary data or damaged
    mixed_cp949_min_hangul: int = 2  # Hangul syllables a non-UTF-8 run of a UTF-8 page needs to be CP949, unless
    # the page has such a run elsewhere (harden58: decode_mixed.cp949_runs); shorter ones: Windows-1252 letters ('AÇÃO')
    mixed_cp949_hangul_share: float = 0.5  # the share of a CP949 run's characters that must be Hangul (not hanja:
    # Latin-1 'üß' is a CP949 ideograph)
    max_json_depth: int = 32  # JSONL lines nested deeper are rejected (an article record is flat)
    jsonl_ignored_fields: tuple[str, ...] = (  # JSONL fields not read and not warned of (harden55): crawler metadata
        "lang", "language", "author", "authors", "byline", "section", "category", "tags", "keywords", "summary",
        "description", "image", "images", "crawled", "crawled_at", "fetched", "fetched_at", "retrieved", "updated",
        "modified", "status", "encoding", "domain", "outlet", "meta", "metadata")
    min_year: int = 1900  # dates outside [min_year, max_year] are rejected as input errors
    max_year: int = 2100

    # --- language segments ---------------------------------------------------------------------
    hangul_ratio_ko: float = 0.3  # share of letters that are Hangul for a paragraph to be Korean
    min_segment_chars: int = 200  # a language run shorter than this is not a segment of its own
    lang_id_min_letters: int = 40  # shorter Latin-script paragraphs count as English (too short to judge)
    lang_id_min_score: float = 0.8  # model confidence for a paragraph to count as another language
    lang_id_common_min_words: int = 5  # speed52: lower-case words, all common English, that make fastText's input
    # English without it (lang/en/common_words.py); fewer say too little (a line of names)

    # --- publication date -----------------------------------------------------------------------
    header_chars: int = 600  # unlabeled dates count as publication dates only this near the top

    # --- languages ------------------------------------------------------------------------------
    ko: LanguageSettings = KOREAN
    en: LanguageSettings = ENGLISH

    # --- events ------------------------------------------------------------------------------------
    min_meeting_participants: int = 2
    multilateral_parties: int = 3  # a meeting of this many parties is multilateral
    session_reach_sentences: int = 2  # the sentences after a body's session whose speakers still speak at it
    attendee_reach_sentences: int = 1  # the sentences after a meeting told with no party that may name its attendees
    context_window_sentences: int = 4  # an event's contexts are read from its sentences and the next three
    history_year_reach_chars: int = 60  # an earlier year this close to an act word in its clause makes it history
    history_days: int = 365  # ... unless the clause dates it by a day or month fewer than this many days before the report
    body_reference_sentences: int = 3  # 'the bloc', 'the alliance' refer back to a body named this many sentences before
    answered_lookback_sentences: int = 3  # an appeal or rejection naming no one answers the conflict acts this far back
    trip_days: int = 2  # a meeting with no place, this many days after a party met a host-country official in a city, is on that trip
    dateline_day_lookback_days: int = 3  # a wire dateline's day ('SEOUL, March 3 (Reuters) -') this far before the
    # publication is the story's own day (a report published later, or in another time zone): relative days count from it
    dateline_story_days: int = 1  # a held meeting this many days before the report, or on its day, may be at a non-capital dateline
    story_step_back_days: int = 7  # a day this much before the story's day is recalled, not where the story goes
    group_reference_sentences: int = 3  # backref56: 'the group' is ambiguous where two groups of its kind were named this close
    short_form_gap_chars: int = 3  # groups53b: a short form this close after its name is the teaching parenthesis
    story_group_state_share: float = 0.75  # groups53b: a named armed group attacking with no state in its sentence is
    # the story's state's where that state has at least this share of the story's state mentions (places.story_state_counts)
    recalled_window_days: int = 7  # an act told as done before the story's day, with no day of its own, lies this
    # many days before it at most (pipeline/act_dates.date_act: a window, not the publication day; dates50)

    # --- merging ------------------------------------------------------------------------------------
    merge_day_tolerance_cross_zone: int = 1  # a call on Nov 1 in Washington is Nov 2 in Seoul
    merge_same_calendar_hours: float = 3.0  # a place this close in solar time to an outlet's clock keeps its day
    merge_min_participant_jaccard: float = 0.5  # acts: actors of two reports overlap at least this much
    merge_published_lookback_days: int = 3  # an undated report (dated by its publication) tells of the last days
    merge_subset_min_shared: int = 2  # a meeting report shares at least two participants with the record
    merge_subset_base: float = 0.7  # party score of a report naming a subset of the record's parties (+ share)
    merge_superset_min_jaccard: float = 0.6  # a meeting report naming more parties: the extra stays small
    merge_mixed_min_jaccard: float = 0.6  # a meeting report naming some others: most parties are shared
    merge_min_score: float = 0.6  # parties + dates + place evidence for a report to join a record
    merge_weight_same_day: float = 0.3  # evidence weights: dates equal to the day
    merge_weight_near_date: float = 0.15  # a time zone apart, or within an undated report's publication window
    merge_weight_coarse_date: float = 0.1  # a month (or year) that contains the other date
    merge_weight_same_city: float = 0.2
    merge_penalty_other_city: float = 0.3  # lowers, never vetoes: one outlet's place is often wrong
    merge_inferred_window_days: int = 14  # two dates both inferred from the story ('narrative') agree this far apart
    merge_voice_lag_days: int = 2  # one named speaker's statement to one target, one day the story's: this far apart
    merge_retold_window_days: int = 10  # an act a later story retells, dated by that story: this far after its day
    near_duplicate_jaccard: float = 0.8
    near_duplicate_candidates: int = 10  # LSH candidates checked, most shared bands first
    merge_members_checked: int = 12  # an event's earliest members that a new report must agree with
    minhash_permutations: int = 128
    shingle_chars: int = 5
    minhash_numpy_docs: int = 32  # a batch this large hashes signatures in numpy (its import pays); fewer: in Python

    # --- storage ------------------------------------------------------------------------------------
    store_batch_docs: int = 100  # documents per transaction (a savepoint each only when one failed: store/db.py)
    compose_every_docs: int = 5000  # a run rebuilds changed merged records this often, and at its end
    store_cache_entries: int = 20000  # events (their first members) and persons a store keeps in memory
    sqlite_cache_mb: int = 16  # page cache per connection: holds the merge indexes of a 20,000-document database;
    # a larger cache only grows the process with the database (memory flat from 1k to 20k documents, issue 20)
    cache_long_pattern_chars: int = 1000  # start-up cache (cache.py): a 1,000-2,000-character regex took 2-4 ms to compile
    cache_digest_entries: int = 10000  # file digests kept for every checkout sharing the cache folder (~610 per checkout)
    cache_stale_seconds: int = 3600  # another version's cached value is removed once unused this long (checkouts share the folder)
    cache_max_age_days: int = 14  # a cached file unused this long is removed (cache_sweep.py; reads logged: cache_uses.py)
    cache_max_mb: int = 512  # then the least recently used files go until the folder holds this much (1.5 GB seen)
    cache_sweep_seconds: int = 86400  # the sweep runs at most this often (a stamp file), only where the cache writes
    cache_use_log_kb: int = 4096  # the read log (cache_uses.py) is drained into mtimes past this (~70 bytes a file read)

    # --- news in: feeds, web archives, `readout watch` ------------------------------------------------
    feed_full_text_chars: int = 300  # a feed summary this long (visible characters) is the article, not a teaser (teasers run a sentence or two)
    watch_poll_seconds: int = 900  # `readout watch` polls its feeds this often (GDELT's 15 minutes)
    watch_host_interval_seconds: float = 2.0  # per-host rate limit: at least this long between two requests
    watch_timeout_seconds: float = 20.0  # connect and read timeout of one HTTP request
    watch_retries: int = 3  # further tries of a request after a timeout, a 429 or a 5xx
    watch_backoff_seconds: float = 1.0  # the first retry waits this long, each next one twice as long
    watch_backoff_cap_seconds: float = 120.0  # no wait (backoff or a server's Retry-After) is longer
    watch_max_attempts: int = 3  # cycles in which an article's fetch may fail before it is given up
    watch_max_page_bytes: int = 5_000_000  # a longer feed or page is not read further
    watch_contact_url: str = "https://example.org/readout"  # in the User-Agent: where site owners read about us

    # --- web API limits -------------------------------------------------------------------------------
    api_max_q_chars: int = 200  # a longer search text is refused (422): no query needs more
    api_max_param_chars: int = 1000  # any other query parameter longer than this is refused
    api_max_listed_parameters: int = 10  # a 422 lists this many bad parameters, then 'and N more' (harden60)
    api_max_listed_name_chars: int = 64  # each name a 422 lists is cut to this many characters (harden60)
    api_max_offset: int = 1_000_000  # paging deeper is refused (SQLite's OFFSET is 64-bit; 2**63 overflows)
    api_max_body_bytes: int = 16_384  # a longer request body is refused (413): every endpoint reads, none takes a body
    api_limit_concurrency: int = 100  # uvicorn's limit_concurrency for `readout serve`: at this many open connections
    # (the asking one counted) or running requests, a request is answered 503 (harden57; 0: no limit; 1 refuses all)


    def language(self, code: str) -> LanguageSettings:
        return getattr(self, code)


def from_env() -> Settings:
    """The default settings with `READOUT_<FIELD>` environment variables applied: the command line
    reads them when a command starts, so a variable set for one command changes that command only."""
    overrides = {}
    for field in dataclasses.fields(Settings):
        raw, kind = os.environ.get(f"READOUT_{field.name.upper()}"), SCALARS.get(str(field.type))
        if raw is not None and kind is not None:
            overrides[field.name] = kind(raw)
    return Settings(**overrides)


SETTINGS = from_env()  # the default: what a run uses when its caller passes no settings
