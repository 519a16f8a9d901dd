"""English inflection for the act lexicon builder: verb forms and noun plurals.

Why not a library: the builder must be reproducible from the shared inputs with the project's own
dependencies only, and the rules needed here are few (PETRARCH2's dictionary lists the irregular
forms itself; readout's additions list theirs).
"""
from __future__ import annotations

VOWELS = set("aeiou")
# Two-syllable verbs stressed on the last syllable double their final consonant (refer -> referred).
DOUBLING_ENDINGS = ("refer", "prefer", "transfer", "confer", "defer", "infer", "mit", "pel", "cur",
                    "gret", "trol", "quip", "quit", "bet", "bed", "bar", "star")
IRREGULAR: dict[str, tuple[str, ...]] = {
    # lemma: past, past participle (others generated)
    "be": ("was", "were", "been", "is", "are", "being"),
    "break": ("broke", "broken"), "bring": ("brought",), "build": ("built",), "buy": ("bought",),
    "catch": ("caught",), "come": ("came", "come"), "cut": ("cut",), "deal": ("dealt",),
    "do": ("did", "done", "does"), "draw": ("drew", "drawn"), "drive": ("drove", "driven"),
    "fight": ("fought",), "find": ("found",), "flee": ("fled",), "forbid": ("forbade", "forbidden"),
    "forgive": ("forgave", "forgiven"), "freeze": ("froze", "frozen"), "get": ("got", "gotten"),
    "give": ("gave", "given"), "go": ("went", "gone", "goes"), "hold": ("held",), "hit": ("hit",),
    "keep": ("kept",), "lay": ("laid",), "lead": ("led",), "leave": ("left",), "lend": ("lent",),
    "let": ("let",), "make": ("made",), "meet": ("met",), "overthrow": ("overthrew", "overthrown"),
    "pay": ("paid",), "put": ("put",), "quit": ("quit",), "rebuild": ("rebuilt",), "say": ("said",),
    "seek": ("sought",), "sell": ("sold",), "send": ("sent",), "set": ("set",), "shake": ("shook", "shaken"),
    "shoot": ("shot",), "shut": ("shut",), "sit": ("sat",), "slay": ("slew", "slain"), "speak": ("spoke", "spoken"),
    "spend": ("spent",), "stand": ("stood",), "steal": ("stole", "stolen"), "strike": ("struck", "stricken"),
    "swear": ("swore", "sworn"), "take": ("took", "taken"), "teach": ("taught",), "tell": ("told",),
    "think": ("thought",), "throw": ("threw", "thrown"), "undertake": ("undertook", "undertaken"),
    "uphold": ("upheld",), "withdraw": ("withdrew", "withdrawn"), "withhold": ("withheld",),
    "write": ("wrote", "written"), "win": ("won",), "beat": ("beat", "beaten"), "bid": ("bid",),
    "blow": ("blew", "blown"), "forgo": ("forwent", "forgone"), "foresee": ("foresaw", "foreseen"),
    "grind": ("ground",), "hang": ("hung", "hanged"), "lose": ("lost",), "mislead": ("misled",),
    "oversee": ("oversaw", "overseen"), "rise": ("rose", "risen"), "run": ("ran", "run"),
    "see": ("saw", "seen"), "shed": ("shed",), "spread": ("spread",), "stick": ("stuck",),
    "sweep": ("swept",), "tear": ("tore", "torn"), "upset": ("upset",), "wage": ("waged",),
    "broadcast": ("broadcast",), "forecast": ("forecast",), "bind": ("bound",), "feed": ("fed",),
    "fly": ("flew", "flown"), "override": ("overrode", "overridden"), "overrun": ("overran", "overrun"),
    "rethink": ("rethought",), "show": ("showed", "shown"), "wind": ("wound",), "sing": ("sang", "sung"),
    "fire": ("fired",), "test-fire": ("test-fired",), "sling": ("slung",), "bear": ("bore", "borne"),
}


def _double(lemma: str) -> bool:
    """Whether the final consonant doubles before -ed/-ing (ban -> banned, refer -> referred)."""
    if len(lemma) < 3 or lemma[-1] in "wxy" or lemma[-1] in VOWELS:
        return False
    if not (lemma[-2] in VOWELS and lemma[-3] not in VOWELS):
        return False
    groups = sum(1 for i, ch in enumerate(lemma) if ch in VOWELS and (i == 0 or lemma[i - 1] not in VOWELS))
    if groups == 1:
        return True
    return lemma.endswith(DOUBLING_ENDINGS)


def third_person(lemma: str) -> str:
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def regular_past(lemma: str) -> list[str]:
    if lemma.endswith("e"):
        return [lemma + "d"]
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        return [lemma[:-1] + "ied"]
    if lemma.endswith("l") and len(lemma) > 3 and lemma[-2] in VOWELS and lemma[-3] not in VOWELS:
        return [lemma + "ed", lemma + "led"]  # canceled / cancelled
    if _double(lemma):
        return [lemma + lemma[-1] + "ed"]
    return [lemma + "ed"]


def present_participle(lemma: str) -> list[str]:
    if lemma.endswith("ie"):
        return [lemma[:-2] + "ying"]
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")) and len(lemma) > 2:
        return [lemma[:-1] + "ing"]
    if lemma.endswith("l") and len(lemma) > 3 and lemma[-2] in VOWELS and lemma[-3] not in VOWELS:
        return [lemma + "ing", lemma + "ling"]
    if _double(lemma):
        return [lemma + lemma[-1] + "ing"]
    return [lemma + "ing"]


def verb_forms(lemma: str, listed: list[str] | None = None) -> list[str]:
    """All inflected forms of a (possibly hyphenated) verb lemma, listed forms first."""
    head, sep, rest = lemma.partition(" ")
    forms = [head, third_person(head), *present_participle(head)]
    forms += list(IRREGULAR[head]) if head in IRREGULAR else regular_past(head)
    out: list[str] = []
    for f in [*(listed or []), *forms]:
        full = f"{f}{sep}{rest}" if sep and " " not in f else f
        if full not in out:
            out.append(full)
    return out


def plural(noun: str) -> str:
    head, sep, last = noun.rpartition(" ")
    if last.endswith(("s", "x", "z", "ch", "sh")):
        p = last + "es" if not last.endswith("s") else last
    elif last.endswith("y") and len(last) > 1 and last[-2] not in VOWELS:
        p = last[:-1] + "ies"
    else:
        p = last + "s"
    return f"{head}{sep}{p}"


def noun_forms(noun: str) -> list[str]:
    forms = [noun, plural(noun)] + ([noun + "es"] if noun.endswith("o") else [])
    return list(dict.fromkeys(forms))
