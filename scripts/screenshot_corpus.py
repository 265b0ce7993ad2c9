"""Twenty made-up news articles from five made-up outlets, for the report screenshot (no real text is used).

Each outlet leans a different way (named sources, anonymous ones, state-media relays, documents), so
the report's charts have something to show. The output is deterministic.
"""

from __future__ import annotations

import random
from pathlib import Path

TOPICS = (
    ("Port strike enters second week as talks stall", "the port authority", "the strike", "dock workers"),
    ("Council delays vote on bridge repairs", "the city council", "the repairs", "commuters"),
    ("Water prices to rise by a fifth next year", "the water board", "the increase", "households"),
    ("Border negotiations end without agreement", "the foreign ministry", "the talks", "traders"),
    ("Hospital waiting lists grow for third year", "the health ministry", "the backlog", "patients"),
    ("Mine closure leaves town without its largest employer", "the mining company", "the closure", "miners"),
    ("Election count delayed in two districts", "the electoral commission", "the count", "voters"),
    ("Ferry operator cancels winter routes", "the ferry operator", "the cuts", "islanders"),
)
PEOPLE = (
    ("Ana Ruiz", "mayor"),
    ("Tomas Varga", "minister of transport"),
    ("Leila Haddad", "union president"),
    ("Daniel Okafor", "chief executive"),
    ("Mirela Stan", "spokeswoman for the ministry"),
    ("Peter Lindqvist", "opposition leader"),
    ("Grace Mensah", "economist at the Riverside Institute"),
)
NAMED = (
    "“We have done everything we can,” said {name}, the {role}.",
    "{name}, the {role}, said {body} had left {group} with few choices.",
    "“This is not over,” {name} told reporters on Tuesday.",
)
ANONYMOUS = (
    "A senior official, who asked not to be named, said {body} could last for months.",
    "According to people familiar with the discussions, {who} had rejected the latest offer.",
    "Two sources said the so-called compromise was never on the table.",
)
INSTITUTION = (
    "{Who} said in a statement that {body} was unavoidable.",
    "The ministry said it would publish its figures next week.",
)
DOCUMENT = (
    "A report published on Monday says {body} has cost 40 million dollars.",
    "The audit, released on Friday, says {group} were not consulted.",
)
STATE = (
    "The regime slammed the protesters as radicals, RIA Novosti reported.",
    "Officials described {body} as an unprovoked attack on the economy, Sputnik reported.",
    "{Who} denounced what it called a smear campaign, Xinhua reported.",
)
LOADED = (
    "Critics say {body} is a disastrous blunder that will hurt {group}.",
    "The reckless plan has reportedly angered {group}.",
)
NO_COMMENT = ("{Who} did not respond to a request for comment.", "{Who} has yet to comment.")
# Outlet -> how many paragraphs of each kind an article has: named, anonymous, institution, document, state, loaded.
OUTLETS = {
    "harbor-times": (3, 0, 1, 1, 0, 0),
    "metro-post": (1, 3, 1, 0, 0, 1),
    "state-wire": (1, 1, 1, 0, 3, 1),
    "valley-news": (1, 0, 2, 2, 0, 0),
    "civic-daily": (2, 1, 1, 1, 1, 1),
}


def article(outlet: str, index: int, rng: random.Random) -> str:
    """One made-up article for this outlet."""
    title, who, body, group = TOPICS[(index * 3 + len(outlet)) % len(TOPICS)]
    counts = OUTLETS[outlet]
    pools = (NAMED, ANONYMOUS, INSTITUTION, DOCUMENT, STATE, LOADED)
    paragraphs = [f"{body.capitalize()} has divided {group} since it began last month."]
    for pool, count in zip(pools, counts, strict=True):
        for template in rng.sample(pool, min(count, len(pool))):
            name, role = rng.choice(PEOPLE)
            fields = {"name": name, "role": role, "body": body, "group": group, "who": who, "Who": who.capitalize()}
            paragraphs.append(template.format(**fields))
    rng.shuffle(paragraphs)
    if rng.random() < 0.6:
        paragraphs.append(rng.choice(NO_COMMENT).format(Who=who.capitalize()))
    if outlet == "state-wire":
        paragraphs.append(f"Source: {rng.choice(('Sputnik', 'RIA Novosti', 'CGTN'))}")
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, per_outlet: int = 4) -> list[Path]:
    """Write per_outlet articles for each outlet under folder/<outlet>/, returning their paths in order."""
    rng = random.Random(23)
    paths = []
    for outlet in OUTLETS:
        (folder / outlet).mkdir(parents=True, exist_ok=True)
        for index in range(per_outlet):
            path = folder / outlet / f"{index + 1:02d}.txt"
            path.write_text(article(outlet, index, rng), encoding="utf-8")
            paths.append(path)
    return paths
