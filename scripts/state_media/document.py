"""The registry ruleset document built from the matrix rows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from state_media.curation import COUNTRY_WORDS, TYPOLOGIES
from state_media.drafts import Stats, group_rows
from state_media.names import tidy
from state_media.outlets import finalise


def build(rows: Iterable[Mapping[str, str]]) -> tuple[dict[str, Any], Stats]:
    """The ruleset document for the given CSV rows, and counts describing it."""
    stats = Stats()
    rows = list(rows)
    countries = frozenset({tidy(r.get("Country") or "").casefold() for r in rows} - {""}) | COUNTRY_WORDS
    outlets = finalise(group_rows(rows, stats), countries, stats)
    rule: dict[str, Any] = {
        "id": "state-media",
        "type": "registry",
        "category": "relay",
        "severity": "info",
        "description": (
            "Outlets that the Alliance for Securing Democracy's State Media Matrix lists as state-funded or"
            " state-affiliated, with their country and typology, so a relay or source naming one is labelled."
        ),
        "reference": "https://securingdemocracy.gmfus.org/state-media-monitor/",
        "explanation": "\n".join(
            (
                "An outlet named in the article (as a source or as the origin of the story) is on the Alliance "
                "for Securing Democracy's list of state-funded or state-affiliated media; its typology says how "
                "much editorial control the state has.",
                "State-controlled media can serve a government's messaging. Readers weigh a claim differently "
                "when they know the outlet that carried it answers to a government.",
                'Say so where the outlet is named ("RT, the Russian state-controlled broadcaster"), and look for '
                "independent confirmation of its claims.",
            )
        ),
        "typologies": dict(TYPOLOGIES),
        "examples": {
            "match": [
                "Source: Sputnik",
                "The report by Press TV said the talks had failed.",
                "Xinhua reported that the delegation arrived on Monday.",
                "According to RT, the convoy was hit overnight.",
                "Russia Today claimed the footage was staged.",
                "The Syrian Arab News Agency said the attack killed three people.",
                "TASS quoted a ministry official as saying the deal was off.",
                "Global Times, a tabloid run by the People's Daily, said the sanctions would backfire.",
            ],
            "no_match": [
                "Source: The Daily Planet",
                "The Daily Planet reported that the mayor resigned.",
            ],
        },
        "outlets": outlets,
    }
    document = {
        "ruleset": "state-media",
        "description": (
            "State-affiliated and public media outlets worldwide, derived from the State Media Matrix of the"
            " Alliance for Securing Democracy (German Marshall Fund)."
        ),
        "licence": "MIT — Alliance for Securing Democracy, see rules/LICENSE-state-media.txt",
        "rules": [rule],
    }
    return document, stats
