"""State-law profiles for the 50 states and DC: the statutes a local surveillance ordinance meets.

>>> from ordinance.states import load_state
>>> load_state("GA").preempts("immigration_sharing")
True
"""

from .loader import load_state, load_state_file, state_codes
from .profile import TOPICS, OpenMeetingsAct, StateFact, StateProfile, Statute, Topic

__all__ = [
    "TOPICS",
    "OpenMeetingsAct",
    "StateFact",
    "StateProfile",
    "Statute",
    "Topic",
    "load_state",
    "load_state_file",
    "state_codes",
]
