"""How each closed word list of `Cues` is filled from the lexicon (`cues_of`): by the `cues:` list of its name, and
the lists read from the lexicon's entries (`aid_modes`, `deed_nouns`, `suffered_prices`).

Why its own module: the bundle (act_cues, act_clause_cues) declares what the act readers read; this one reads the
lexicon to fill it, and the lists built from entries live beside the one builder that uses them.
"""
from __future__ import annotations


from readout.lang.act_lexicon import ActLexicon
from readout.lang.base.threat_modes import THREAT_MODES
from readout.lang.en.act_clause_cues import Phrases
from readout.lang.en.act_cues import Cues


AID_MODE_SETS = {"economic": ("currency",), "military": ("weapon", "military", "aircraft"),
                 "humanitarian": ("food", "refugee")}  # CAMEO's word sets behind 071, 072 and 073


def aid_modes(lex: ActLexicon) -> dict[str, str]:
    """What kind of aid a word names: CAMEO's word sets (currencies, weapons, forces, food) and our
    `aid_<mode>_words` cue lists; a word in two keeps the first mode listed."""
    out: dict[str, str] = {}
    for mode, names in AID_MODE_SETS.items():
        for w in (*lex.cue(f"aid_{mode}_words"), *(w for n in names for w in lex.file.sets.get(n, ()))):
            out.setdefault(w, mode)
    return out


def deed_nouns(lex: ActLexicon, cue: str = "answered_entry_kinds") -> dict[str, str]:
    """(refer42) The one-word forms of the lexicon's noun entries of a kind a judgement may refer back to
    (`answered_entry_kinds`: TYPE, or TYPE/mode), each with its kind as TYPE/mode ('veto': REJECT/yield, 'blockade':
    COERCE/restrict): the systematic list of deed nouns behind 'denounced the veto', 'condemned the blockade'. A form
    two entries of different kinds share names no one kind and is left out. (support61) `cue` names another list of
    kinds: `welcomed_entry_kinds`, the deeds a welcome refers back to ('welcomed the release': RETREAT/release)."""
    wanted = set(lex.cue(cue))
    kinds: dict[str, set[str]] = {}
    for e in lex.entries:
        kind = f"{e.type}/{e.mode}" if e.mode else e.type
        if e.pos != "noun" or not (e.type in wanted or kind in wanted):
            continue
        for form in (e.lemma, *e.forms):
            if " " not in form:
                kinds.setdefault(form.lower(), set()).add(kind)
    return {form: next(iter(k)) for form, k in kinds.items() if len(k) == 1}


def suffered_prices(lex: ActLexicon) -> frozenset[str]:
    """(price35) The prices an obligated side pays ('will have to pay a heavy price', 'must face the consequences'):
    the forms of the lexicon's THREATEN entries led by a verb of `consequence_verbs` ('pay the price', 'pay a high
    price'; not 'comes at a price', a cost that no side is made to pay), with the cue's own forms no entry spells
    ('pay dearly'). One list: a price form added to the threat entry is read in an obligation too."""
    verbs = lex.cue("consequence_verbs")
    entries = {form.lower() for e in lex.entries if e.type == "THREATEN"
               for form in (e.lemma, *e.forms) if form.split()[0].lower() in verbs}
    return frozenset(entries) | lex.cue("suffered_prices")


def cues_of(lex: ActLexicon) -> Cues:
    """The bundle, each field read from the `cues:` list of its name (a missing list is empty)."""
    def phrases(name: str) -> Phrases:
        by_last: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for p in lex.file.cues.get(name, ()):
            words = tuple(p.split())
            by_last.setdefault(words[-2:], []).append(words)
        return {k: tuple(v) for k, v in by_last.items()}

    special = {
        "pledge_threat_modes": THREAT_MODES,  # modes71: one table with Korean's (lang/base/threat_modes)
        "frames": {e.lemma: e.frame for e in lex.entries if e.frame and e.pos == "verb"},
        "window": lex.file.object_window,
        "aid_modes": aid_modes(lex),
        "assault_instruments": dict(p.split("=") for p in lex.file.cues.get("assault_instruments", ())),
        "answered_kinds": dict(p.split("=") for p in lex.file.cues.get("answered_kinds", ())),
        "deed_nouns": deed_nouns(lex),
        "welcomed_kind_nouns": deed_nouns(lex, "welcomed_entry_kinds"),
        "suffered_prices": suffered_prices(lex),
        "welcomed_deeds": dict((*p.split("="), "")[:2] for p in lex.file.cues.get("welcomed_deeds", ())),
        "rally_attendance_verbs": lex.cue("gathering_joining_verbs") | lex.cue("rally_attendance_verbs"),
        "protest_joining_verbs": lex.cue("gathering_joining_verbs") | lex.cue("protest_joining_verbs"),
    }
    values = {name: special[name] if name in special
              else phrases(name) if name.endswith("_phrases") else lex.cue(name)
              for name in Cues.FIELDS}
    return Cues(**values)
