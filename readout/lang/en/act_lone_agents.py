"""(enriot46, issue 15) A lone agent's deed: 'A sniper killed two rebels near X', 'A gunman shot dead a soldier',
'A suicide bomber struck a market'. The walk reads a word after 'a'/'an' and one lower-case word as a noun ('a
courtesy call on', 'a stern warning'): an indefinite noun phrase goes on to its head. When that lower-case word is
itself an agent noun of the agents table (the Phoenix dictionary with our overrides: sniper, gunman, bomber,
soldier) the phrase has ended at it, and a past form right after it with its object after that is the verb of the
clause, as 'Snipers killed two rebels' and 'The sniper killed two rebels' are read. The lone attacker's side is then
read as a plural one's is (act_sides.people_subject: a stateless armed man is the place's state's, UAF).
Not after a noun that is no agent ('a courtesy call', 'a planned attack'), nor before 'by' or a preposition ('a
soldier killed in the blast', 'a gunman wounded by police': the participle of a reduced relative)."""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_relative_partners import irregular_pasts, past
from readout.lang.en.agents import sector_of


def lone_agent_verb(toks: list[Token], i: int, cues: Cues) -> bool:
    """Token i is the past verb of a singular agent noun after 'a'/'an' ('A sniper [killed] two rebels'): the agent
    noun (lower-case, in the agents table) right before it, and an object word after it that is no preposition."""
    if i < 2 or i + 1 >= len(toks):
        return False
    agent, word, nxt = toks[i - 1], toks[i], toks[i + 1]
    if not (agent.word and agent.raw.islower() and sector_of(agent.low)):
        return False
    if not past(word, irregular_pasts()):  # the clause lexicon's pasts: 'shot' too, which the finder's cue leaves out
        return False
    return nxt.word and nxt.low != "by" and nxt.low not in cues.prepositions
