"""Indonesian language resources for newslint: lexicon, morphology, suggestions, gazetteer.

Public API::

    from newslint.lang import analyze, is_valid, suggest, is_known_entity, nearest_entity
"""

from newslint.lang.gazetteer import EntityMatch, entity_kind, is_known_entity, nearest_entity
from newslint.lang.lexicon import Lexicon, get_lexicon
from newslint.lang.morph import (
    BOUND_FORMS,
    DI_LOCATIVES,
    KE_LOCATIVES,
    PASSIVE_CUES,
    Analysis,
    analyze,
    di_preposition_join,
    is_passive_di_form,
    is_valid,
    passive_join_candidate,
)
from newslint.lang.suggest import keyboard_adjacent, suggest

__all__ = [
    "BOUND_FORMS",
    "Analysis",
    "DI_LOCATIVES",
    "EntityMatch",
    "KE_LOCATIVES",
    "PASSIVE_CUES",
    "Lexicon",
    "analyze",
    "di_preposition_join",
    "entity_kind",
    "get_lexicon",
    "is_known_entity",
    "is_passive_di_form",
    "is_valid",
    "keyboard_adjacent",
    "nearest_entity",
    "passive_join_candidate",
    "suggest",
]
