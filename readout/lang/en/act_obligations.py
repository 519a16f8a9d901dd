"""An obligation laid on another side in a reported statement: 'X said Y must return the helicopter', 'Y should
release ...' is the speaker's REQUEST (its mode from what is asked, `DEONTIC_MODES`), unless the speaker lays it on
itself ('said it must', 'our two countries should'); one whose content is a price the other side pays ('will have to
pay a heavy price', `suffered_price`) is the speaker's threat (price35). `reporting_before` reads the reporting frame
such a statement stands in (asked by the readers of hopes, consequences and unanswered deeds as well).

Why apart from the other passes after the walk (`act_frames`): it makes new hits from modal verbs the lexicon holds
no entry for, read from the reporting frame, not from one act governing another.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_modality import ends_with
from readout.lang.en.act_condition_clauses import trailing_condition
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import is_determiner, skip_adverbs


DEONTIC_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "meet",
                 "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist"}


def deontic_requests(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """"X said Y must return the helicopter", "X said Y should release": in a reported statement, an
    obligation laid on someone is the speaker's REQUEST, whether or not the lexicon knows the verb after
    it; one the speaker lays on itself ("said it must") is no request."""
    if cues.reporting.isdisjoint([t.low for t in toks]) \
            and not any(reporting_participle(toks, j, cues) for j in range(len(toks))):
        return []
    out: list[ActHit] = []
    by_token = {h.data["token"]: h for h in hits}
    for i, t in enumerate(toks):
        if t.low in cues.deontic:
            width = 1
        elif i + 1 < len(toks) and (t.low, toks[i + 1].low) in cues.deontic_phrases:
            width = 2
        else:
            continue
        k = skip_adverbs(toks, i + width, cues)
        if k < len(toks) and toks[k].low in ("be", "not", "have") or k >= len(toks) or not toks[k].word:
            continue  # "must be", "must not", "must have": a judgement, not a demand
        if i > 0 and toks[i - 1].low in cues.speaker_pronouns and not crowd_speaker(toks, i - 1, cues) \
                or self_inclusive(toks, i, cues):
            continue  # "X said it must withdraw", "the two countries should": the speaker binds itself, asks no one
        if i == 0 or not toks[i - 1].word or toks[i - 1].low in cues.relative or trailing_condition(toks, i, cues):
            continue  # "said that, should Iran refuse, it would", "would retaliate should Iran test": a condition
        kind = "THREATEN" if suffered_price(toks, k, cues) else "REQUEST"  # price35: "X will have to pay a heavy
        # price": a consequence foretold, the speaker's threat of it, no request that X pay
        governed = by_token.get(k)
        mode = DEONTIC_MODES.get(governed.data.get("stated_type", governed.type)) if governed else None
        said = reporting_before(toks, i, cues)
        if said is not None and (said == i - 1 or said > 0 and is_determiner(toks[said - 1].low, cues)):
            continue  # "their states should cooperate": the word is the obligated party, a noun, not a report
        argued = said is not None and opinion_subject(toks, said, cues)  # plover57: "A column argued that X should
        # talk to Y": an argument, no request; kept as a hit until its complement is set apart (acts.kept_acts), then
        # dropped (`argued`), so the deed argued for is no act of its own either
        # the trigger spans the reporting verb: its subject is the speaker, the obligated side stands
        # after it ("Russia said Sudan must return": Russia requests, Sudan receives)
        first = said if said is not None else i
        out.append(ActHit(toks[first].start, toks[k].end, kind, mode if kind == "REQUEST" else None, t.low,
                          ("object",), False, False,
                          "occurred", False, (), {"token": first, "end_token": k, "deontic": True,
                                                  "complement": toks[k].start, **({"argued": True} if argued else {})}))
    return out


OPINION_REACH = 3  # words of the subject phrase before its head ('A weekly newspaper column', 'The paper's editorial')


def opinion_subject(toks: list[Token], said: int, cues: Cues) -> bool:
    """(plover57) Whether the sentence's subject before the reporting verb at token `said` is a text of opinion or its
    writer (cue `opinion_texts`: column, editorial, op-ed, columnist ...), its head among the first words: what it
    says another should do is an argument, no side's request; a state's minister who writes in a column keeps his
    ('X's minister wrote in a column that Y must') as the head is the minister."""
    return any(t.low in cues.opinion_texts for t in toks[:min(said, OPINION_REACH + 1)])


SINGULAR_PRONOUNS = frozenset({"he", "she"})


def crowd_speaker(toks: list[Token], p: int, cues: Cues) -> bool:
    """(plover50) Whether the pronoun at token p ('he', 'she') cannot be the speaker of the participle reporting it
    ("Students marched against the president, saying he must resign"): the main clause's subject, its first
    people or office noun, is a plural people noun, so the one person the pronoun names is another, on whom the
    obligation is laid (the speakers' REQUEST), not the speakers binding themselves (which left the act's own
    RETREAT, planned, on the person)."""
    if toks[p].low not in SINGULAR_PRONOUNS:
        return False
    said = reporting_before(toks, p, cues)
    if said is None or not reporting_participle(toks, said, cues):
        return False
    for t in toks[:said]:
        if t.low in cues.office_nouns:
            return False
        if t.low in cues.domestic_actors:
            return t.low.endswith("s") and t.low[:-1] in cues.domestic_actors
    return False


SUFFERED_REACH = 6  # words from the obligation's verb to the end of a price phrase ('prepare to pay a heavy price')


def suffered_price(toks: list[Token], k: int, cues: Cues) -> bool:
    """(price35) Whether the content of an obligation opening at token k is, within a few words and before any
    punctuation, a price the obligated side pays (cue `suffered_prices`: 'will have to pay a heavy price', 'must
    prepare to face the consequences'): the speaker's threat of it (PLOVER THREATEN), no request that it pay."""
    words = []
    for j in range(k, min(len(toks), k + SUFFERED_REACH)):
        if not toks[j].word:
            break
        words.append(toks[j].low)
    text = " ".join(words)
    return any(f" {p} " in f" {text} " for p in cues.suffered_prices)


SELF_INCLUSIVE_WORDS = 4  # words of the obligated pair before the modal ("our two countries")


def self_inclusive(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the party an obligation binds (the words right before the modal at token i) is a pair the speaker
    belongs to (`self_inclusive_phrases`: "the two countries should", "both governments must")."""
    words = [t.low for t in toks[max(0, i - SELF_INCLUSIVE_WORDS):i]]
    return ends_with(words, cues.self_inclusive_phrases, cues)


def reporting_before(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The reporting verb whose statement holds token i ("said (that) ... must"), in the same sentence
    part (no ';' or ':' between). A reporting participle set off by a comma reports too ("criticized X, saying Y
    must withdraw": the subject of the main clause says it); only after a comma: "was quoted as saying" is left to
    the readers of quotations, which give its quote its speaker (plover47)."""
    for j in range(i - 1, -1, -1):
        if toks[j].low in (";", ":"):
            return None
        if toks[j].low in cues.reporting or reporting_participle(toks, j, cues):
            return j
    return None


def reporting_participle(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether token j is a reporting participle after a comma (", saying")."""
    return toks[j].low in cues.reporting_participles and j > 0 and toks[j - 1].low == ","
