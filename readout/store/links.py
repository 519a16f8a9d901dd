"""Person linking across scripts and spellings: what merging learns about people the knowledge base
does not know.

A person outside the knowledge base gets an id made from its own surface form (kb/phonetic.py), so
러트닉 and "Howard Lutnick" get two ids. When a report's parties and date already agree with a record,
`link_persons` links the report's unknown person to the record's (one unique phonetic match); the link
is written back as a learned alias with its reason (`learn_links`), so a later document of the run
takes that id before it is weighed (`learned_links`) and the next run's resolver finds the name
directly. Kept apart from store/merge.py because it reads and writes the aliases table, while merge
judging itself only weighs evidence.
"""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from readout.kb.hangul_readings import matches
from readout.kb.names import is_hangul, normalize
from readout.kb.phonetic import keys, same_person, same_person_in_context

if TYPE_CHECKING:  # only for annotations: merge.py imports this module
    from readout.store.merge_members import Member
    from readout.store.merge_verdict import Verdict

UNKNOWN_PERSON = "per_p_"  # the id prefix of a person the knowledge base does not know (kb/phonetic.py)
LINK_REASON = "phonetic link"  # how an alias that merging learned starts its reason in the aliases table
# The aliases merging learned, as SQL: literal text, so the partial index `aliases_links` (migration 0015,
# on exactly this condition) serves every query that has it.
LINKED = f"reason LIKE '{LINK_REASON}%'"


def links_exist(conn: sqlite3.Connection) -> bool:
    """Whether merging ever learned a link in this database (one entry of the partial index read): a
    store with none skips looking its reports' names up (`EventWriter.learned_links_of`), which was a
    query and the name forms of every report with a person the knowledge base does not know."""
    return conn.execute(f"SELECT 1 FROM aliases WHERE {LINKED} LIMIT 1").fetchone() is not None


def unknown_names(record: dict) -> dict[str, tuple[str, str | None, str | None]]:
    """The name, country and office of each party the knowledge base does not know, from a report's
    record: what `link_persons` compares across scripts and spellings."""
    return {e["id"]: (e["name"], e.get("country"), e.get("office")) for key in ("actors", "recipients")
            for e in record.get(key, ()) if e.get("id", "").startswith(UNKNOWN_PERSON)}


def link_persons(theirs: dict[str, tuple], new: "Member",
                 actors: set[str] | frozenset[str]) -> dict[str, str]:
    """The report's parties unknown to the knowledge base that are the record's unknown parties
    written in another script or spelling (러트닉 = Howard Lutnick): the ids differ because each is
    made from its own surface form. A link needs one unique match; only parties not already shared
    are linked. Countries that differ refuse a link by surname, but not one by full name: a person's
    country is often read from a title that another country also uses ("State Secretary"), while
    two full names that transcribe into each other, beside a shared party on one day, are one person.
    Two renderings whose given names key apart (Bakhtiyor / Baxtiyor, 바흐티요르 / 박티요르) are one person when
    both hold the same office of the same country and a word of each sounds alike (`same_office_holder`): a
    state has one foreign minister on a day, and the shared party and date are weighed after the link. Two full names
    whose given names sound alike and whose surnames' sounds part by one consonant (Tchambou / 탐부 from 'Tambou':
    a name spelled the French and the English way) are one person too, where neither says another country
    (`surname_one_sound_apart`). A Chinese or Japanese name in Hangul is the Latin name it reads as under its state's
    table (`read_by_table`: 쓰쓰이 요시노부 = Yoshinobu Tsutsui, whose consonant keys part on the 'ts')."""
    return {pid: tid for pid, (tid, _) in person_links(theirs, new, actors).items()}


def person_links(theirs: dict[str, tuple], new: "Member",
                 actors: set[str] | frozenset[str]) -> dict[str, tuple[str, str]]:
    """`link_persons` with each link's reason (the rule that made it), which the merge stores: the rule is named where
    it is decided, not guessed again afterwards."""
    unknown = sorted(p for p in new.parties - actors if p in new.names)
    if not unknown:  # the usual case: every party is shared or known, nothing to compare
        return {}
    out: dict[str, tuple[str, str]] = {}
    for pid in unknown:
        mine = (*new.names[pid], None)[:3]
        found = {tid: why for tid, why in ((t, link_reason(mine, (*f, None)[:3])) for t, f in theirs.items()
                                           if t in actors and t not in new.parties) if why}
        if len(found) == 1:
            out[pid] = found.popitem()
    return out


def link_reason(a: tuple[str, str | None, str | None], b: tuple[str, str | None, str | None]) -> str | None:
    """Why two (name, country, office) readings of unknown parties are one person, or None: the names' sound (with
    countries that agree, or full names that match), one office of one state, a surname one consonant apart, or the
    state's transcription table (see `link_persons`)."""
    (name, country, _), (other, ocountry, _) = a, b
    if same_person_in_context(name, other) and (None in (country, ocountry) or country == ocountry
                                                or full_names_match(name, other)):
        return "phonetic key"
    if same_office_holder(a, b):
        return "office and surname key"
    if None in (country, ocountry) and surname_one_sound_apart(name, other):
        return "surname one consonant apart"
    return "transcription table" if read_by_table((name, country), (other, ocountry)) else None


def read_by_table(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """A (name, country) in Hangul and one in Latin letters whose whole name the loanword orthography's table of
    the state either gives reads back into (kb/hangul_readings.py): stronger than consonant keys, which the
    tables' 쓰 (tsu) or 장 (jiang) can part. Two stated states that differ refuse it."""
    (name, country), (other, ocountry) = a, b
    if country and ocountry and country != ocountry or is_hangul(name) == is_hangul(other):
        return False
    hangul, latin = (name, other) if is_hangul(name) else (other, name)
    return matches(hangul, latin, country or ocountry)


def same_office_holder(a: tuple[str, str | None, str | None], b: tuple[str, str | None, str | None]) -> bool:
    """Two (name, country, office) readings of one official spelled two ways: the same stated office of
    the same stated country, and one word of each name keying alike (the surname: 사이도프 = 사이도브 =
    Saidov), where the full names' keys part on a given name's rendering. No office or country: no link."""
    (name, country, office), (other, ocountry, ooffice) = a, b
    if not office or office != ooffice or country is None or country != ocountry:
        return False
    return any(keys(w) & keys(v) for w in name.split() for v in other.split())


def surname_one_sound_apart(a: str, b: str) -> bool:
    """Two full names of as many words, each word but the last sounding alike (`keys` meet), whose last words' sound
    keys part by one consonant dropped ('TJN' / 'TN': a digraph one spelling writes and the other does not). Read only
    beside a shared party on one day (`link_persons`): alone, one consonant is too little to go on."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2 or not all(keys(x) & keys(y) for x, y in zip(wa[:-1], wb[:-1])):
        return False
    ka, kb = sound_keys(wa[-1]), sound_keys(wb[-1])
    return any(one_dropped(x, y) or one_dropped(y, x) for x in ka for y in kb)


def sound_keys(word: str) -> set[str]:
    """A word's phonetic keys (kb/phonetic.py 'ph:' keys) without their prefix."""
    return {k[len(SOUND):] for k in keys(word) if k.startswith(SOUND) and " " not in k}


SOUND = "ph:"  # the prefix of kb/phonetic.py's consonant-skeleton keys
MIN_SKELETON = 2  # the shorter key keeps this many consonants: dropping one of two leaves no name


def one_dropped(longer: str, shorter: str) -> bool:
    """`shorter` is `longer` with one consonant dropped, and keeps at least `MIN_SKELETON`."""
    return len(longer) == len(shorter) + 1 and len(shorter) >= MIN_SKELETON \
        and any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def full_names_match(a: str, b: str) -> bool:
    """Both forms give a given name and a surname, and they transcribe into each other."""
    return min(len(a.split()), len(b.split())) > 1 and same_person(a, b)


def name_forms(record: dict, person_id: str) -> list[str]:
    """The normalized name forms a report gives one of its parties (its name, and the surface forms a
    romanized Korean name came from): what a learned alias is keyed by, as the resolver looks it up."""
    forms = [f for e in (*record.get("actors", ()), *record.get("recipients", ())) if e.get("id") == person_id
             for f in (e.get("name"), *e.get("names", ()))]
    return list(dict.fromkeys(normalize(f) for f in forms if f and normalize(f)))


def learned_links(conn: sqlite3.Connection, record: dict) -> dict[str, str]:
    """The report's unknown persons whose name form an earlier merge already linked to another id (a
    Hangul rendering learned as the Latin spelling's alias): they take that id before any candidate
    is weighed, so a later document in the same run links directly, as the next run's resolver does
    through the same alias rows. A form learned for two different ids links nothing."""
    return learned_links_of(conn, [record])[0]


FORMS_PER_QUERY = 500  # name forms asked per statement (SQLite's limit on a statement's variables)


def learned_links_of(conn: sqlite3.Connection, records: list[dict]) -> list[dict[str, str]]:
    """`learned_links` of each of a document's reports, the aliases table asked once for all of them
    (a query per report was most of the cost of looking links up): nothing a report learns is written
    before the document's reports are all weighed (`learn_links`), so each sees the same table."""
    forms = [{pid: name_forms(record, pid) for pid in sorted(unknown_names(record))} for record in records]
    asked = sorted({f for fs in forms for names in fs.values() for f in names})
    held: dict[str, set[str]] = {}
    for start in range(0, len(asked), FORMS_PER_QUERY):
        chunk = asked[start:start + FORMS_PER_QUERY]
        for form, person_id in conn.execute(f"SELECT form, person_id FROM aliases WHERE form IN"
                                            f" ({','.join('?' * len(chunk))}) AND {LINKED}", chunk):
            held.setdefault(form, set()).add(person_id)
    out: list[dict[str, str]] = []
    for fs in forms:
        links: dict[str, str] = {}
        for pid, names in fs.items():
            found = set().union(*(held.get(f, set()) for f in names)) - {pid}
            if len(found) == 1:
                links[pid] = found.pop()
        out.append(links)
    return out


def learn_links(conn: sqlite3.Connection, doc_id: str, linked: list[tuple[dict, "Verdict"]]) -> dict[str, str]:
    """Write back what merging learned: each unknown person of the document that a verdict linked to a
    record's person (another script or spelling) gets every name form it was given here as an alias
    of that person, with the reason (the rule, both names, the event), and the document's mentions
    take that id. Returns the document-wide links (a person two verdicts link to different ids stays
    unlinked: the evidence disagrees)."""
    targets: dict[str, set[str]] = {}
    for _record, verdict in linked:
        for pid, tid in verdict.linked.items():
            targets.setdefault(pid, set()).add(tid)
    links = {pid: tids.pop() for pid, tids in targets.items() if len(tids) == 1}
    for record, verdict in linked:
        names = unknown_names(record)
        for pid, tid in sorted(verdict.linked.items()):
            if links.get(pid) != tid:
                continue
            why = f"{LINK_REASON}: {names[pid][0]} = {tid} in event {verdict.event_id} (same parties and date)"
            for form in name_forms(record, pid):
                held = conn.execute("SELECT person_id FROM aliases WHERE form = ?", (form,)).fetchone()
                if held is None or held[0] in (pid, tid):
                    conn.execute("INSERT OR REPLACE INTO aliases VALUES (?,?,?,?,?)",
                                 (form, tid, names[pid][0], doc_id, why))
    for pid, tid in sorted(links.items()):
        conn.execute("UPDATE mentions SET entity_id = ? WHERE doc = (SELECT terms_rowid FROM documents WHERE id = ?)"
                     " AND entity_id = ?", (tid, doc_id, pid))  # mentions carry the document's number (0010)
    return links
