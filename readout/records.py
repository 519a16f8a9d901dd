"""Turn per-document events into the exported event record (PLOVER names, sources with evidence)."""
from __future__ import annotations

from collections import Counter
import hashlib
import json

from readout.kb.names import is_hangul
from readout.model import Article, Entity, Event


def event_key(event: Event, doc_id: str) -> str:
    """Content hash of one document's event: the same document gives the same key on every run."""
    parts = [doc_id, event.type, event.mode or "", ",".join(sorted(event.participant_ids())),
             ",".join(sorted(e.id for e in event.recipients)), event.date.isoformat() if event.date else "",
             str(event.evidence[0].start if event.evidence else "")]
    parts += [",".join(event.matter)] if event.matter else []  # one sentence's two accords ('a trade pact and a
    # defence agreement', pipeline/accord_documents.py) differ only by their matter
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entity_ref(e: Entity) -> str:
    return e.id


def source_entry(event: Event, article: Article) -> dict:
    first = event.evidence[0] if event.evidence else None
    return {
        "doc": article.id,
        "lang": event.lang,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "text": article.text[first.start:first.end] if first else "",
        "start": first.start if first else None,
        "end": first.end if first else None,
        "evidence": [{"start": s.start, "end": s.end} for s in event.evidence],
        "actors": [entity_ref(e) for e in [*event.participants, *event.recipients]],
    }


def document_record(event: Event, article: Article) -> dict:
    """The record of an event as one document reports it (before cross-document merging). The optional fields
    follow the fixed ones in this order, each only when it has a value (records without them keep their shape);
    added to the one dict, not merged with `|` (speed58: each `|` copied the whole record, five copies a report)."""
    record = {
        "id": "ev_" + event_key(event, article.id),
        "type": event.type,
        "mode": event.mode,
        "status": event.status,
        "date": format_date(event),
        "date_precision": event.date_precision if event.date else None,
        "date_basis": event.date_basis,
        "location": event.location.to_record() if event.location else None,
        "place_basis": event.location.span.data.get("basis") if event.location else None,  # consolidate.with_basis
        "actors": [e.to_record() for e in event.participants],
        "recipients": [e.to_record() for e in event.recipients],
        "contexts": event.contexts,
        "topics": event.topics,
        "generic": event.generic,
        "sources": [source_entry(event, article)],
    }
    record.update(date_window(event))
    record.update(makers_field(event))
    if event.date_relative:
        record["date_relative"] = True
    if event.clock:
        record["clock"] = event.clock
    if event.matter:
        record["matter"] = list(event.matter)
    if event.matter_contexts:
        record["matter_contexts"] = list(event.matter_contexts)
    return record


def makers_field(event: Event) -> dict:
    """`{"makers": [...]}`: the persons a statement's clause names as its makers, when they stand for two or more
    states (a joint act of named persons: store/merge_makers.py); nothing otherwise. Kept in the report's record for
    merging; the merged record (`compose_event`) does not carry it."""
    if len({p.country for p in event.makers if p.country}) < 2:
        return {}
    return {"makers": [{"id": p.id, "name": p.name, "country": p.country, "office": p.office} for p in event.makers]}


def date_window(event: Event) -> dict:
    """`{"date_window": [first, last]}` for a month date that names a part of its month ('late March') or of a week
    starting in that month ('late last week', yeardates48); nothing otherwise (records without a window keep their
    shape)."""
    w = event.date_window
    if event.date is None or event.date_precision != "month" or w is None \
            or (w[0].year, w[0].month) != (event.date.year, event.date.month):
        return {}
    return {"date_window": [w[0].isoformat(), w[1].isoformat()]}


def format_date(event: Event) -> str | None:
    if event.date is None:
        return None
    if event.date_precision == "month":
        return event.date.strftime("%Y-%m")
    if event.date_precision == "year":
        return str(event.date.year)
    return event.date.isoformat()


def dumps(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False)


def compose_event(event_id: str, members: list[dict]) -> dict:
    """One record from the records of every document that reports the event: the best-founded
    date, the most precise place, every party, and one source entry per document."""

    first = members[0]
    dated = sorted((m for m in members if m.get("date")),
                   key=lambda m: (BASIS_ORDER.get(m.get("date_basis"), 3), PRECISION_ORDER.get(m["date_precision"], 3)))
    best_basis = dated[0] if dated else None
    if best_basis:
        best = [m for m in dated if (m.get("date_basis"), m["date_precision"]) ==
                (best_basis.get("date_basis"), best_basis["date_precision"])]
        chosen_date = agreed_day(best, best_basis.get("date_basis") == "text")
        days = days_within(dated, chosen_date, merged_window(best, chosen_date)) \
            if best_basis["date_precision"] == "month" else []
        if days:  # a month one report states, a day another gives inside it: the day
            best, best_basis = days, days[0]
            chosen_date = agreed_day(days, best_basis.get("date_basis") == "text")
    place = merged_place(members)
    modes = Counter(m["mode"] for m in members if m.get("mode"))
    actors = named_over_states(first["type"], union_entities(m["actors"] for m in members), members)
    acting = {a["id"] for a in actors}  # a party one report has act and another receive is named once, acting,
    acting -= fought_both_ways(first["type"], members)  # unless a report has it on both sides of a fight
    recipients = named_over_states(first["type"], union_entities(m["recipients"] for m in members), members)
    return {
        "id": event_id,
        "type": first["type"],
        "mode": modes.most_common(1)[0][0] if modes else None,
        "status": "occurred" if any(m["status"] == "occurred" for m in members) else first["status"],
        "date": chosen_date if best_basis else None,
        "date_precision": best_basis["date_precision"] if best_basis else None,
        "date_basis": best_basis.get("date_basis") if best_basis else None,
        "location": place,
        "actors": actors,
        "recipients": [e for e in recipients if e["id"] not in acting],
        "contexts": sorted({c for m in members for c in m["contexts"]}),
        "topics": sorted({t for m in members for t in m.get("topics", [])}),
        "generic": all(m.get("generic") for m in members),
        "sources": [s for m in members for s in m["sources"]],
    } | merged_window(best if best_basis else [], chosen_date if best_basis else None)


DAY_BASES = ("text", "narrative")  # a day a report gives for the deed itself; a publication's day is the report's


def days_within(dated: list[dict], month: str, window: dict) -> list[dict]:
    """The reports that give a day inside the month the record's best reports state (inside its part of the month,
    `window`, when they name one), those of the best basis among them first: 'fighter jets struck targets in July'
    in one report and 'struck on the 24th' in another's story are one strike on the 24th, and the day is the more
    specific reading of the two, never a contradiction of the month. A day a report takes from its publication alone
    (`DAY_BASES`) refines nothing: it is when the report came out, not when the deed was done; nor does a story's day
    of a plan ('the leaders are to meet this month', told on the 3rd): that is the day the plan was told. `dated` is sorted by
    basis (`compose_event`), so the first report's basis is the best the days have."""
    named = window.get("date_window")  # dates62: a window may run into the next month ('the week up to Sep 4', kept
    lo, hi = named or (month + "-01", month + "-31")  # as August): a day inside it refines it, whatever its month
    days = [m for m in dated if m["date_precision"] == "day" and m.get("date_basis") in DAY_BASES
            and (m.get("status") == "occurred" or m.get("date_basis") == "text")
            and (named or m["date"][:7] == month[:7]) and lo <= m["date"][:10] <= hi]
    return [m for m in days if m.get("date_basis") == days[0].get("date_basis")] if days else []


RECIPROCAL_FORCE = "ASSAULT"  # the type whose reports may name a party on both sides (pipeline/act_reciprocal.py)


def fought_both_ways(kind: str, members: list[dict]) -> set[str]:
    """The ids of the parties a report names on both sides of a use of force: the sides of a reciprocal fight ('A and
    B exchanged fire', clash49), each the other's target, which the merged record keeps on both sides too (a side
    one report has act and another receive is still named once, acting)."""
    if kind != RECIPROCAL_FORCE:
        return set()
    return {e["id"] for m in members for e in m["recipients"] if e["id"] in {a["id"] for a in m["actors"]}}


def merged_window(best: list[dict], chosen: str | None) -> dict:
    """The window of a merged record dated by a month: the days every report of that month that names a part of
    it allows (two reports' 'late March' and 'March 25-31'); none when one of them names the whole month."""
    same = [m for m in best if m.get("date") == chosen and m.get("date_precision") == "month"]
    windows = [m.get("date_window") for m in same]
    if not windows or any(w is None for w in windows):
        return {}
    first, last = max(w[0] for w in windows), min(w[1] for w in windows)
    return {"date_window": [first, last]} if first <= last else {}


def merged_place(members: list[dict]) -> dict | None:
    """The place of the merged record: one a report states in the event's own sentence (`place_basis` "text") over
    one a report filled from elsewhere in its document (a visit sentence, another sentence's city, the dateline),
    which is often another meeting's: 'Arce met Quispe in Cusco' beats a report's city of a background visit. Among
    places of one standing, a city first, then the name most reports give; a fallback city still refines an
    own country it lies in ('in China' and a report's 'Beijing')."""

    places = [(m["location"], m.get("place_basis") == "text") for m in members if m.get("location")]
    if not places:
        return None
    named = Counter(p["name"] for p, _own in places)
    best = min(places, key=lambda po: (not po[1], po[0].get("precision") != "city", -named[po[0]["name"]]))[0]
    if best.get("precision") == "city":
        return best
    inside = [p for p, _own in places if p.get("precision") == "city" and p.get("country") == best.get("country")]
    return max(inside, key=lambda p: named[p["name"]]) if inside else best


def agreed_day(best: list[dict], stated: bool) -> str:
    """The date most of the reports of the event's best basis give. On a tie of days their texts state (`stated`),
    the earliest of those some report gave for a day already past when it was published: two reports that date one
    past deed differently disagree mostly because one of them gives the day the deed was reported or claimed ('22일
    통신을 통해 ...했다고 주장': the claim's day, after the deed), never a day before it. A day a report states ahead
    of its publication is a plan ('set to meet on Thursday'), and a tie of story days (narrative, published) no
    such evidence: there the first report stored keeps the tie, as before."""

    counts = Counter(m["date"] for m in best)
    top = max(counts.values())
    tied = [day for day, n in counts.items() if n == top]
    past = [m["date"] for m in best if m["date"] in tied and not ahead_of_report(m)]
    return min(past) if stated and len(tied) > 1 and past else tied[0]


def ahead_of_report(member: dict) -> bool:
    """A report's date after the earliest publication day of its sources: what it tells is still ahead."""
    days = [s["published"][:10] for s in member.get("sources", []) if s.get("published")]
    return bool(days) and member["date"][:10] > min(days)


BASIS_ORDER = {"text": 0, "narrative": 1, "published": 2}
PRECISION_ORDER = {"day": 0, "month": 1, "year": 2}


def named_over_states(kind: str, entities: list[dict], members: list[dict]) -> list[dict]:
    """A meeting's parties without a country that a named person of it stands for: a state-level
    report ("China and Japan held talks") merged with the named report of that meeting keeps the
    persons, never the country in their place."""
    if kind != "CONSULT":
        return entities
    homes = {e.get("country") for m in members for key in ("actors", "recipients") for e in m[key]
             if e.get("kind") == "person"}
    return [e for e in entities if e.get("kind") != "country" or e.get("country") not in homes]


def union_entities(groups) -> list[dict]:
    """Every party of the reports once, with every name any report gave it. The name shown is the best-founded
    Latin one (`name_rank`): a record first reported in Korean about a person the knowledge base does not know
    exports the spelling an English report wrote ('Wang Wentao', not 왕원타오), as the person's own press does.
    (speed60, issue 20) Each rank is read once per name set: a record of a hundred reports asked both ranks of every
    report again (a regular-expression search over every name, the composing's largest own cost after JSON); a kept
    party's rank is read again only when a report changed its name or added names, which are all it depends on."""
    out: dict[str, dict] = {}
    kept_ranks: dict[str, int] = {}  # each kept party's `name_rank`, read again only when its names changed
    ranks: dict[int, tuple[dict, int]] = {}  # a report's own entity by identity (reports share them, lean.Entities;
    # unchanged here), held with its rank so that no other dict takes its id while the groups are read
    for group in groups:
        for e in group:
            kept = out.get(e["id"])
            if kept is None:
                out[e["id"]] = {**e, "names": list(e.get("names", []))}
                continue
            names, known = kept["names"], len(kept["names"])
            seen = ranks.get(id(e))
            rank = seen[1] if seen is not None and seen[0] is e else None
            if rank is None:
                rank = name_rank(e)
                ranks[id(e)] = (e, rank)
            kept_rank = kept_ranks.get(e["id"])
            if kept_rank is None:
                kept_rank = kept_ranks[e["id"]] = name_rank(kept)
            if rank < kept_rank:  # a copy made above: the report's own entity stays as it was
                names.insert(0, kept["name"])
                kept["name"] = e["name"]
                if e["name"] in names:
                    names.remove(e["name"])
                known = -1  # the name changed: its rank is read again
            names.extend(n for n in (e["name"], *e.get("names", [])) if n not in names and n != kept["name"])
            if len(names) != known:
                del kept_ranks[e["id"]]
    return list(out.values())


def name_rank(e: dict) -> int:
    """How a party's name came to be: 0 written so in Latin letters, 1 read into Latin letters from a Hangul form it
    lists (a Korean name's romanization, a Chinese one's pinyin), 2 in Hangul only. The lower wins a merged record."""
    if is_hangul(e.get("name") or ""):
        return 2
    return 1 if any(is_hangul(n) for n in e.get("names", ())) else 0
