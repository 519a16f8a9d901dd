"""`readout kb check` and `readout kb find`: validating the data files and asking the knowledge base.

Why its own module (debt55): the knowledge-base commands are one group of the command line; `kb_check` loads every
data file inside the command (a run never needs it), so it stays out of the start-up of the other commands."""
from __future__ import annotations

import argparse
import json
from datetime import date

from readout.cli.common import EXIT_OK, usage_error


def cmd_kb_check(args: argparse.Namespace) -> int:
    # cold start: the cache's readers load only for this command
    from readout.cache import revalidating

    with revalidating():  # every data file validated again, even when this version's values are cached
        return kb_check()


def kb_check() -> int:
    """Validate every data file (the knowledge base, world tables, lexicons, act lexicons, gazetteers)."""
    from readout.kb import agents, geo, groupings, leaders  # agents.yaml, agents_world.yaml, subdivisions_world.yaml
    from readout.kb.cities import cldr_names_ko  # cities_cldr_ko.yaml
    # cold start: every data file's reader loads only for `kb check`
    from readout.kb.loader import kb, lexicon
    from readout.lang import REGISTRY  # (as above)
    from readout.lang.act_lexicon import act_lexicon_exists, load_act_lexicon  # (as above)
    from readout.lang.en.misspelt_countries import spelling_guard  # spelling_guard_en.yaml
    from readout.lang.en.towns import towns  # towns_world.yaml

    base = kb()
    n_leaders = leaders.check(base.known_codes)
    n_agents, n_regions = agents.check(), len(geo.subdivision_index())
    n_cldr = sum(map(len, cldr_names_ko().values()))  # cities_cldr_ko.yaml (CLDR's Korean exemplar cities)
    n_towns, n_guard = len(towns()), len(spelling_guard())
    from readout.lang.en.common_word_places import common_word_places  # common_word_places.yaml (entowns49)

    n_common = len(common_word_places())
    from readout.lang.venues import venue_table  # venues.yaml (named venues outside any city)

    venue_table()
    n_groupings = groupings.check()  # groupings.yaml
    from readout.kb import hangul_readings  # hangul_transcription.yaml (the loanword orthography's tables)

    n_readings = hangul_readings.check()
    from readout.lang.ko.common_syllables import common_syllables  # common_syllables_ko.yaml (harden59)

    n_syllables = len(common_syllables())
    from readout.kb.unique_keys import check_unique_keys  # no data file gives a key twice

    check_unique_keys()
    for lang in REGISTRY:
        lexicon(lang)
    acts = {lang: len(load_act_lexicon(lang)) for lang in ("ko", "en") if act_lexicon_exists(lang)}
    from readout.lang.ko.act_table import act_index  # ko_acts.yaml with its CAMEO supplement, source keys checked

    acts["ko"] = len(act_index())
    print(f"knowledge base OK: {len(base.persons)} persons, {len(base.offices)} offices, "
          f"{len(base.organizations)} organizations, {len(base.countries.countries)} countries, "
          f"{len(base.places)} place aliases, {n_leaders} world leaders, {n_agents} agent nouns, {n_regions} regions, "
          f"{n_cldr} CLDR city names, "
          f"{n_towns} towns, {n_common} common-word places, {n_guard} spelling-guard words, {n_groupings} groupings, "
          f"{n_readings} transcription syllables, "
          f"{n_syllables} common Korean syllables; lexicons ko, en compile; act lexicons "
          + (", ".join(f"{lang} {n} entries" for lang, n in acts.items()) or "none"))
    return EXIT_OK


def cmd_kb_find(args: argparse.Namespace) -> int:
    """A name: what it resolves to. No name but an office: who held the office (of the country) on the day."""
    # cold start: the knowledge base loads only for `kb find`
    from readout.kb.knowledge import Knowledge
    from readout.kb.loader import kb  # (as above)

    try:
        day = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        return usage_error(f"--date {args.date!r} is not a date (YYYY-MM-DD)")
    country = args.country.upper() if args.country else None
    if country and country not in kb().known_codes:
        return usage_error(f"--country {args.country!r} is not a known country code (ISO alpha-3, UNO, EUR, IGO)")
    if args.office and args.office not in kb().offices:
        return usage_error(f"--office {args.office!r} is not an office id (see readout/data/offices.yaml)")
    if args.name:
        entity = Knowledge.load().resolver.resolve(args.name, args.office, country, day)
        print(json.dumps(entity.to_record() | {"reason": entity.reason}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not args.office:
        return usage_error("kb find needs a name, or --office (with --country and --date)")
    print(json.dumps(office_holders(args.office, country, day), ensure_ascii=False, indent=2))
    return EXIT_OK


def office_holders(office: str, country: str | None, day: date) -> dict:
    """The answer to "who was Japan's foreign minister on 2025-01-20": each holder with the tenure that covers
    the day (an equivalent office counts: the US Secretary of State for foreign_minister)."""
    # cold start: the knowledge base loads only for `kb find`
    from readout.kb.loader import kb

    base = kb()
    found = []
    for p in base.holders(office, day, country):
        for t in p.offices:
            if base.same_office(t.office, office) and t.covers(day) and country in (None, p.tenure_country(t)):
                found.append({"id": p.id, "name": p.name, "ko": p.ko[:1], "country": p.tenure_country(t),
                              "office": t.office, "from": t.from_.isoformat(),
                              "to": t.to.isoformat() if t.to else None})
    return {"office": office, "country": country, "date": day.isoformat(), "holders": found}
