"""(kocrowd46, issue 14) The other side of a clash named with 와/과 is the side it acts on, of the subject's state.

'케냐 목축민들이 경찰과 충돌했다' is force between a state's people and its police; English 'Kenyan herders clashed with
police' gives the herders (AGR) acting on the police (COP) of their own state. The clash's 와 argument names no state,
so the pipeline found no receiving side. This reader gives the partner's run as the act's domestic target with its
sector: the police (cue clash_police_noun, or the agents table's police nouns) are COP, people the agents table's
sector of the noun ('목축민' AGR), else CVL ('시위대와'). A partner that names a state ('인도군과') is the names reader's.

(koattack52) A pair subject joined by the conjunction 과/와 ('말리 정부군과 반군이 충돌했다', English 'Malian troops and
rebels clashed') names both sides in the subject: the side after the conjunction is the partner (the same reading as a
'반군과' before the verb) and the side before it acts (`paired_clash`).
"""
from __future__ import annotations

from readout.lang.ko.act_attacked_police import SECTOR as POLICE_SECTOR, police_nouns
from readout.lang.ko.act_candidate import Candidate, joined, run_start
from readout.lang.ko.act_passive_agents import fused_forces_sector
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import sector_of
from readout.lang.ko.clause_lexicon import clause_words
from readout.sectors import ARMED_PEOPLE_SECTORS
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, NOUN_TAGS, PLURAL_SUFFIX, SUBJECT_PARTICLES, SUBJECT_TAGS
from readout.lang.ko.unlisted_groups import group_word

PARTNER_PARTICLES = frozenset({("와", "JKB"), ("과", "JKB")})  # '경찰과 충돌했다': the clash's other side
PROPER_NOUN_TAG = "NNP"  # a name in the partner's run: its state is read from the name, not here
PAIR_CONJUNCTIONS = frozenset({("와", "JC"), ("과", "JC")})  # '정부군과 반군이': kiwi's conjunction of a pair subject
DAY_TAGS = frozenset({"SN"})  # '지난 [4]일': the day's number after a date's prefix
PEOPLE_SECTORS = frozenset({"CVL", "AGR", "LAB", "EDU", "BUS", "REL", "MED", "OPP", "SOC", "JRN"})


def clash_partner(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """The character span and sector of the run marked 와/과 nearest before the clash verb in its clause when it
    names no proper noun and is police or people, else None. (groups53) A verb of fighting (cue `fight_verb`:
    '반군과 교전했다') names its other side the same way."""
    if cand.entry.lemma not in lex.cue("clash_verb") | lex.cue("fight_verb") or cand.passive:
        return None
    for j in range(cand.first - 1, 0, -1):
        if toks[j][1] in CLAUSE_EDGE_TAGS and not date_prefix_edge(toks, j):
            return None
        if toks[j][:2] not in PARTNER_PARTICLES:
            continue
        found = noun_run(toks, j - 1)
        return partner_reading(toks, *found, lex) if found else None
    return None


def noun_run(toks: list, end: int) -> tuple[int, int] | None:
    """The first and last morpheme of the noun run ending at `end` (past a plural 들), None where no noun ends there."""
    if end >= 0 and toks[end][:2] == PLURAL_SUFFIX:
        end -= 1
    if end < 0 or toks[end][1] not in NOUN_TAGS:
        return None
    return run_start(toks, end), end


def partner_reading(toks: list, start: int, end: int, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """The character span and sector of a clash's other side, morphemes start..end, when it names no proper noun
    and is police (COP), people (their sector, else CVL) or an armed group of no state (its sector); else None."""
    if any(t[1] == PROPER_NOUN_TAG for t in toks[start:end + 1]):
        return None
    span = (toks[start][2], toks[end][2] + toks[end][3])
    ends = [joined(toks, m, end) for m in range(start, end + 1)]
    if any(e in lex.cue("clash_police_noun") or e in police_nouns() for e in ends):
        return span, POLICE_SECTOR
    sector = run_sector(toks, start, end)
    if sector in PEOPLE_SECTORS or any(e in lex.cue("people_noun") for e in ends):
        return span, sector if sector in PEOPLE_SECTORS else "CVL"
    return (span, sector) if sector in ARMED_PEOPLE_SECTORS else None  # koattack51b: '[반군과] 충돌했다'


def run_sector(toks: list, start: int, end: int) -> str | None:
    """The agents table's sector of the longest ending of morphemes start..end that it knows ('니제르 정부군': MIL)."""
    return next((found for m in range(start, end + 1) if (found := sector_of(joined(toks, m, end))) is not None), None)


def paired_clash(toks: list, cand: Candidate, lex: ActIndex) -> tuple[tuple[int, int], str, str | None] | None:
    """(koattack52) A clash whose subject is a pair joined by 과/와 ('니제르 정부군과 [반군]이 충돌했다'): the second
    side's span and sector (`partner_reading`) and the sector of the first side, which acts (a state's forces kiwi cut
    into a name and a bound noun, '니제르군과', read as koattack51b's agent; None where the agents table knows no noun
    of it; its state's name still reads). None for any other clash, a clash with a 와 partner
    before the verb ('A와 B가 C와 충돌했다' is clash_partner's), and a pair whose second side names a state ('인도군과
    파키스탄군이': the names reader's two states)."""
    if cand.entry.lemma not in lex.cue("clash_verb") or cand.passive:
        return None
    for j in range(cand.first - 1, 0, -1):
        if toks[j][1] in CLAUSE_EDGE_TAGS and not date_prefix_edge(toks, j) or toks[j][:2] in PARTNER_PARTICLES:
            return None
        if toks[j][0] not in SUBJECT_PARTICLES or toks[j][1] not in SUBJECT_TAGS:
            continue
        second = noun_run(toks, j - 1)
        if second is None or second[0] < 2 or toks[second[0] - 1][:2] not in PAIR_CONJUNCTIONS:
            return None
        first = noun_run(toks, second[0] - 2)
        partner = partner_reading(toks, *second, lex)
        if partner is None:
            return None
        before = second[0] - 2  # the first side's last morpheme
        return (*partner, run_sector(toks, *first) if first else
                fused_forces_sector(toks, before - 1, (toks[before - 1][2], toks[before][2] + toks[before][3])))
    return None


def paired_part(toks: list, cand: Candidate) -> str | None:
    """(groups53, issue 14) A mutual act ('휴전에 합의했다') whose subject pairs a run before 과/와 with an armed
    group's noun of no state ('말리군과 [반군]은', '차드 정부군과 [민병대]가'): the group's sector (the pipeline's
    `paired_part`: both act, the group as a part of the first side's state), as English 'the Malian army and rebels
    agreed'. The first side ends in any noun (kiwi cuts '부르키나파소군' into a name and a bound noun, 군/NNB); the
    pipeline asks it to be a state's body or force. None where the second side names a proper noun (a named group is the names reader's) or is no armed
    group ('정부군과 경찰은': one state's)."""
    for j in range(cand.first - 1, 0, -1):
        if toks[j][1] in CLAUSE_EDGE_TAGS and not date_prefix_edge(toks, j):
            return None
        if toks[j][:2] in PARTNER_PARTICLES | PAIR_CONJUNCTIONS:  # groups53b: '말리군은 [반군과] 휴전에 합의했다'
            return agreed_partner(toks, j)
        if toks[j][0] not in SUBJECT_PARTICLES or toks[j][1] not in SUBJECT_TAGS:
            continue
        second = noun_run(toks, j - 1)
        if second is None or second[0] < 2 or toks[second[0] - 1][:2] not in PAIR_CONJUNCTIONS | PARTNER_PARTICLES \
                or not toks[second[0] - 2][1].startswith("N") \
                or any(t[1] == PROPER_NOUN_TAG for t in toks[second[0]:second[1] + 1]):
            return None
        sector = run_sector(toks, *second)
        return sector if sector in ARMED_PEOPLE_SECTORS else None
    return None



def agreed_partner(toks: list, j: int) -> str | None:
    """(groups53b) The sector of the 'with' partner of a mutual act, the run closed by 과/와 at morpheme `j` nearest
    before the act word ('말리군은 [반군과] 휴전에 합의했다'), where it is an armed group's noun of no state and names no
    proper noun: the group agrees too, as a part of the subject's state, as the pair subject '말리군과 반군은' reads.
    None for a partner naming a state or a name ('니제르와', '해방전선과': the names reader's) or no armed group
    ('경찰과', '주민들과')."""
    found = noun_run(toks, j - 1)
    if found is None or any(t[1] == PROPER_NOUN_TAG for t in toks[found[0]:found[1] + 1]):
        return None
    sector = run_sector(toks, *found)
    return sector if sector in ARMED_PEOPLE_SECTORS else None


def date_prefix_edge(toks: list, j: int) -> bool:
    """(groups53b) The adnominal ending at morpheme `j` is a date's prefix ('[지난] 4일', '[오는] 9일': kiwi's 지나/VV
    ᆫ/ETM before the day's number), no relative clause: a reader walking back from its verb goes on over it, as
    clause_bounds.date_prefix does over words."""
    return toks[j][1] == "ETM" and 0 < j < len(toks) - 1 and toks[j - 1][0] in clause_words()["date_prefix_lemmas"] \
        and (toks[j + 1][1] in DAY_TAGS or toks[j + 1][0] in clause_words()["date_after_prefix_words"])


def named_group_subject(toks: list, cand: Candidate) -> bool:
    """(groups53b) The subject of the act word, the noun run closed by 은/는/이/가 nearest before it in its clause, is
    an unlisted armed group's name ('[사헬해방전선은] 군 호송대를 공격했다': lang/ko/unlisted_groups.group_word): a
    group the story's one state holds, though the sentence names no state (pipeline act_filed_sides.story_group_state)."""
    for j in range(cand.first - 1, 0, -1):
        if toks[j][1] in CLAUSE_EDGE_TAGS and not date_prefix_edge(toks, j):
            return False
        if toks[j][0] in SUBJECT_PARTICLES and toks[j][1] in SUBJECT_TAGS:
            found = noun_run(toks, j - 1)
            return found is not None and group_word(joined(toks, *found))
    return False
