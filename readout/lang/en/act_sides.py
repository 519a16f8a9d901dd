"""Where an English act's sides are parts of one state: "police arrested protesters", "the government
banned the opposition party", "opposition groups are demanding that the government ...".

Why: the clause reader keeps as recipient only states other than the actor, because most names of
the actor's own country after the verb are its own officials speaking, not targets. PLOVER codes a
state acting on its own people (arrests, bans, demands on the government by the opposition) with the
same country on both sides, told apart by sector. A domestic recipient is real only when the act's
object is a people or institution noun (`cues.domestic_actors`: protesters, opposition, rebels,
police, journalists ...): the finder marks that span (`data["domestic_target"]`) with the noun's
sector (`data["domestic_sector"]`, from the agent nouns of kb/agents), and the pipeline takes the names
inside it, or the actor's own country when it names none. A people-noun subject is marked the same
way (`data["people_subject"]`: its sector), so that both sides of a domestic act stay two parties.
The people phrase a side is named by is read in `act_people_phrases`, a people subject in `act_people_subjects`
(debt59).
"""
from __future__ import annotations

from readout.sectors import ARMED_GROUP_SECTORS, STATE_EXECUTIVE_SECTORS
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_counted_objects import counted_people
from readout.lang.en.act_people_phrases import DEFAULT_SECTOR, POSSESSIVE_ENDS, people_span, sector_of
from readout.lang.en.act_people_subjects import auxiliary
from readout.lang.en.mention_patterns import office_by_title

DIRECTED_OUT = frozenset({"AGREE", "COOPERATE", "MOBILIZE", "CONSULT"})  # mutual or undirected types


CHARGED_OWNERS = frozenset({"its", "their"})  # a possessive that stands for a state or body
OWNER_LEAD = 2  # tokens from the object's start to its possessive ('at its soldiers')


def charged_own_people(toks: list, hit, start: int, hits: list) -> bool:
    """(en27) The act is the charge of an accusation before it in the sentence, told as a gerund ('X accused Y of a
    provocation for firing warning shots at its soldiers'), and its object opens with 'its'/'their': the possessive
    stands for the accuser, the subject of the sentence, so the people are the accuser's, never the charged side's
    own (a domestic target would make Y act on Y)."""
    if not toks[hit.data["token"]].low.endswith("ing") or not any(
            o.type == "ACCUSE" and not o.nominal and o.start < hit.start for o in hits):
        return False
    j = next((n for n, t in enumerate(toks) if t.start == start), None)
    lead = toks[j:j + OWNER_LEAD + 2] if j is not None else []
    return any(t.low in CHARGED_OWNERS and not (n + 1 < len(lead) and lead[n + 1].low == "own")
               for n, t in enumerate(lead[:OWNER_LEAD + 1]))  # 'its own people' are the charged side's


def start_of_object(toks: list, hit, index_at: dict[int, int]) -> int:
    """The first token of the act's object: after the governed verb of a pledge or threat ("threatened
    to ban X"), after "that" of a demand ("demanding that X ..."), after the verb of "ordered X to" or of a naming
    whose match runs over its object and complement ("called the government's plan humiliating", accuse56), else
    after the trigger."""
    j = hit.data["end_token"] + 1
    if hit.data.get("object") in ("to", "that"):  # "ordered the weekly El Faro to": before the "to"
        j = hit.data["head_end"] + 1
    if hit.data.get("characterized"):  # "called the government's plan humiliating": the naming verb's object
        j = hit.data["token"] + 1
    comp = hit.data.get("complement")
    if comp is not None and comp in index_at:
        j = index_at[comp] + 1
    if j < len(toks) and toks[j].low == "that":
        j += 1
    return j


def domestic_target(toks: list, hit, index_at: dict[int, int], cues: Cues,
                    names: dict[int, str] | None = None) -> tuple[int, int, str] | None:
    """Character span (relative to the sentence) and sector of the act's object when its head is a
    people or institution noun within `window` words ("dozens of protesters", "the opposition newspaper
    El Faro", "Peruvian opposition candidates"); None otherwise. The span runs on over the capitalized
    name and people nouns that follow the first such noun ("President Mugabe"); the sector is the
    first noun's ("opposition newspaper" is the opposition's). `names`: see `people_span`."""
    if hit.type in DIRECTED_OUT or hit.data.get("stated_type") in DIRECTED_OUT or hit.negated:
        return None  # "would deploy troops" (a show of force read as a threat): its troops are its own
    found = people_span(toks, start_of_object(toks, hit, index_at), cues, names) \
        or counted_people(toks, start_of_object(toks, hit, index_at), hit, cues)  # places56b: 'arrested nine in X'
    first = indirect_object_start(hit, cues) if found is None else None
    if first is not None:
        found = people_span(toks, first, cues, names)
        return found if found and found[1] <= toks[hit.data["object_token"]].start else None
    return found


def indirect_object_start(hit, cues: Cues) -> int | None:
    """(enacts55) The first token of the indirect object of a verb of giving (`double_object_lemmas`) whose required
    object stands after it ('gave the militants an ultimatum', 'handed the strikers an ultimatum'): the one given to is
    the act's receiving people, as after 'to' ('issued an ultimatum to the militants'); None for other verbs, or with
    the object right after the verb."""
    obj = hit.data.get("object_token")
    if hit.nominal or hit.lemma not in cues.double_object_lemmas or obj is None or obj <= hit.data["head_end"] + 1:
        return None
    return hit.data["head_end"] + 1


def office_held(toks: list, span: tuple[int, int]) -> bool:
    """(groups54b, issue 14) Whether an object's span names an office's holder: a word or two-word phrase inside it is
    an English title of the office table ('the auditor general', 'the Kenyan president', 'a judge'), not a body
    ('the government', 'parliament'). The pipeline reads a body's own office holder accused as a member of it
    (pipeline/act_side_entities.held_member): a body does not accuse itself, but does accuse its office holders."""
    titles = office_by_title()
    inside = [t for t in toks if t.word and span[0] <= t.start and t.end <= span[1]]
    return any(t.low in titles or k + 1 < len(inside) and f"{t.low} {inside[k + 1].low}" in titles
               for k, t in enumerate(inside))


CLAIM_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE"})  # what a group says to its own state
GOVERNMENT = "GOV"
CLAIM_REACH = 30  # tokens of a claim's clause read for a named state or a people noun


# Where a claim's own clause ends: the sentence part, and a comma or an agent's "by" inside it ("called for calm at
# a summit hosted by X", "called for an end to the fighting, officials in X said": X is no addressee).
CLAIM_ENDS = frozenset({";", ":", ".", "!", "?", ",", "by"})


def own_state_target(toks: list, hit, subject_sector: str | None, cues: Cues) -> tuple[int, int, str] | None:
    """The receiving side of a claim a part of a state makes on that state, when the sentence names no
    other target: a people group's demand, threat or rejection ("farmers said they would blockade the
    capital", "students rejected the reform") is addressed to its own government, and an official's
    refusal to resign ("the minister declined to step down") rejects the calls on him at home. The
    span (the rest of the clause after the trigger) lets the pipeline take a state named there, else
    the actor's own; the sector is the government's for a group, else the first people noun's there
    ("despite pressure from the opposition"), else civilians."""
    if hit.type not in CLAIM_TYPES or hit.negated or hit.nominal or "domestic_target" in hit.data:
        return None
    refused_exit = hit.type == "REJECT" and (hit.data.get("refused_type") == "RETREAT"
                                             and hit.data.get("refused_mode", "resign") == "resign"
                                             or demanded_exit(toks, hit, cues))  # 'would not withdraw': no exit home
    if not (subject_sector and subject_sector not in STATE_EXECUTIVE_SECTORS or refused_exit):
        return None  # 'police urged calm': the state's own voice, no claim on its government
    people = cues.domestic_actors
    j = hit.data["end_token"] + 1
    end = j
    sector = GOVERNMENT if subject_sector and subject_sector != GOVERNMENT else None
    while end < min(len(toks), j + CLAIM_REACH) and toks[end].low not in CLAIM_ENDS:
        if sector is None and toks[end].low in people and toks[end].low not in cues.office_nouns:
            sector = sector_of(toks[end].low)
        end += 1
    if end <= j:  # 'she would not step down.' (reject50): nothing after the trigger; a refused exit still goes home
        return (hit.start, hit.end, sector or DEFAULT_SECTOR) if refused_exit else None
    return toks[j].start, toks[end - 1].end, sector or DEFAULT_SECTOR


def demanded_exit(toks: list, hit, cues: Cues) -> bool:
    """(request58) A rejected demand for an exit from office ('dismissed calls for his resignation', 'rejected
    demands that she step down', `demanded_exits`) refuses the calls at home, as 'would not step down' does: the
    exit word stands within a short reach of the rejection, in its clause."""
    if not hit.data.get("rejected_proposal"):
        return False
    words: list[str] = []
    for tok in toks[hit.data["end_token"] + 1:hit.data["end_token"] + 1 + EXIT_REACH]:
        if tok.low in CLAIM_ENDS:
            break
        words.append(tok.low)
    return any(exit_told(words, phrase.split(), cues) for phrase in cues.demanded_exits)


POWER = "power"  # the noun a handover phrase ends on, which another noun after it would modify ('power plants')


def exit_told(words: list[str], phrase: list[str], cues: Cues) -> bool:
    """The exit `phrase` stands in `words`; one ending on 'power' only where the next word is none or one of
    `demanded_exit_followers` ('to hand power to civilians', not 'to hand power plants to X')."""
    n = len(phrase)
    for k in range(len(words) - n + 1):
        if words[k:k + n] == phrase and (phrase[-1] != POWER or k + n == len(words)
                                         or words[k + n] in cues.demanded_exit_followers):
            return True
    return False


EXIT_REACH = 8  # tokens after a rejection read for the exit its demand asks ('calls from the opposition for his resignation')


ORGAN_GAP = 2  # lower-case words between the group's possessive and its organ ('political bureau')


def armed_organ_subject(toks: list, i: int, cues: Cues) -> str | None:
    """(en32) 'The rebels' political bureau condemned', "the militia's leadership said", 'rebel leaders said': an organ
    (`cues.armed_organs`) right after an armed group's noun (up to `ORGAN_GAP` lower-case words between), right before
    the verb at `i`, speaks for the group: the group's sector (REB), so the pipeline reads the group the story named
    last. None for any other subject ('the farmers' union': no armed group)."""
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.adverbs or auxiliary(toks[j].low, cues)):
        j -= 1
    if j < 0 or toks[j].low not in cues.armed_organs:
        return None
    for k in range(j - 1, max(-1, j - 2 - ORGAN_GAP), -1):
        owner = toks[k].low
        stem = next((owner[:-len(e)] for e in POSSESSIVE_ENDS if owner.endswith(e)), owner)  # the tokens may drop
        if stem in cues.domestic_actors:  # a plural's apostrophe ('the rebels' bureau'): 'rebel leaders' reads the same
            return sector_of(stem) if sector_of(stem) in ARMED_GROUP_SECTORS else None
        if not toks[k].word or not toks[k].raw.islower():
            return None
    return None


def coordinated_armed_subject(toks: list, hit, before: list) -> str | None:
    """(en32) '... the rebels' bureau condemned X and vowed to ...': a verb right after 'and' shares the armed
    subject of the last act before it that had a people subject (REB); None else."""
    subjects = [h.data["people_subject"] for h in before if h.data.get("people_subject")]  # noun acts have none
    i = hit.data["token"]
    if not subjects or i < 1 or toks[i - 1].low != "and":
        return None
    return subjects[-1] if subjects[-1] in ARMED_GROUP_SECTORS else None
