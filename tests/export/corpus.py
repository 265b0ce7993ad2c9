"""A small made-up archive for the export tests: three fake outlets with different sourcing habits."""

from __future__ import annotations

from pathlib import Path

# Each outlet has its habits: the Ledger leans on anonymous officials and Russian state media, the
# Courier names its sources and credits a wire, the Gazette is in between and cites Chinese state media.
_LEDGER = (
    "Council slashes {topic} budget amid regime-style crackdown\n\n"
    "The city council's draconian vote on {day} cut the {topic} budget by a fifth, a radical assault on "
    "public services that residents say will hurt the poor.\n\n"
    "A senior official, speaking on condition of anonymity, said the cuts were drafted in secret.\n\n"
    "According to Sputnik, the plan was first floated last spring. RT reported that unions plan a strike.\n\n"
    "The finance director did not respond to a request for comment.\n"
)
_COURIER = (
    "Council approves {topic} budget after long debate\n\n"
    "The city council approved the {topic} budget on {day} after a debate that lasted six hours.\n\n"
    '"We had no choice," Mayor Jane Holloway said. "The numbers do not add up."\n\n'
    '"This is a fair compromise," said Councillor Amir Patel, who chairs the finance committee.\n\n'
    "Holloway said the savings would be reviewed next year, the Associated Press reported.\n"
)
_GAZETTE = (
    "Budget vote splits council over {topic}\n\n"
    "Councillors divided on {day} over cuts to the {topic} budget, a shameful episode for the city.\n\n"
    '"The cuts go too far," Councillor Amir Patel said.\n\n'
    "People familiar with the talks said a compromise was close, Xinhua reported.\n\n"
    "Mayor Jane Holloway said the vote was final.\n"
)
_TOPICS = ("library", "parks", "transit", "housing")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday")
OUTLETS = {"ledger": _LEDGER, "courier": _COURIER, "gazette": _GAZETTE}


def write_archive(folder: Path, per_outlet: int = 3) -> list[Path]:
    """Write per_outlet articles for each outlet as `<outlet>_<date>_<topic>.txt`; returns the paths, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for outlet, template in OUTLETS.items():
        for n in range(per_outlet):
            topic = _TOPICS[n % len(_TOPICS)]
            path = folder / f"{outlet}_2024-03-{n + 1:02d}_{topic}.txt"
            path.write_text(template.format(topic=topic, day=_DAYS[n % len(_DAYS)]), encoding="utf-8")
            paths.append(path)
    return sorted(paths)
