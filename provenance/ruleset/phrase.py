"""Compile phrase patterns ("{party} has|have yet to comment") into regular expressions."""

from __future__ import annotations

import re

# What each slot may capture. {party} and {speaker} are deliberately loose: the extractor trims
# them to the noun phrase next to the anchor words, which a regex cannot do well.
_NAME_WORD = r"[A-Z0-9](?:[\w&'’-]|\.(?=\w))*"
_CONNECTOR = r"(?:of|de|la|al|el|the|and|for|al-)"
SLOTS: dict[str, str] = {
    # Names must be capitalised even when the rest of a pattern ignores case: (?-i:...).
    "outlet": rf"(?-i:{_NAME_WORD}(?:[ \u00a0](?:{_CONNECTOR}[ \u00a0])?{_NAME_WORD}){{0,5}})",
    "name": rf"(?-i:{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{0,4}})",
    "place": r"(?-i:[A-Z][A-Z .,'’-]{1,40}?)",
    "party": r"[^.;:!?“”\"()\n]{1,120}?",
    "speaker": r"[^.;:!?“”\"()\n]{1,120}?",
    "content": r".+?",
}
_SLOT = re.compile(r"\{(\w+)\}")


class PatternError(ValueError):
    """A pattern that cannot be compiled, with the reason."""


def slot_names(pattern: str) -> list[str]:
    """The slots a pattern uses, in order."""
    return _SLOT.findall(pattern)


def _check_slots(pattern: str) -> None:
    for name in slot_names(pattern):
        if name not in SLOTS:
            known = ", ".join("{" + s + "}" for s in SLOTS)
            raise PatternError(f"unknown slot {{{name}}} (known slots: {known})")


def _token(token: str) -> str:
    if token == "...":
        return r"(?:\S+\s+){0,6}?"  # a short gap: "described the attack as"
    optional = token.endswith("?") and len(token) > 1
    token = token[:-1] if optional else token
    alternatives = []
    for alternative in token.split("|"):
        parts = _SLOT.split(alternative)
        # split() alternates literal text and slot names.
        alternatives.append("".join(f"(?P<{p}>{SLOTS[p]})" if i % 2 else re.escape(p) for i, p in enumerate(parts)))
    body = "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body}\\s+)?" if optional else body + r"\s+"


def phrase_to_regex(pattern: str) -> str:
    """Words match with flexible spacing; a|b alternatives, word? optional, ... a gap, {slot} a slot."""
    _check_slots(pattern)
    tokens = pattern.split()
    if not tokens:
        raise PatternError("empty pattern")
    body = "".join(_token(t) for t in tokens)
    # Tokens each end in \s+; the last one must not demand trailing space.
    body = body[: -len(r"\s+")] if body.endswith(r"\s+") else body
    start = r"(?<![\w])" if not tokens[0].startswith("{") else ""
    end = r"(?![\w])" if not tokens[-1].endswith("}") else ""
    return start + body + end


def leading_slot_gate(pattern: str) -> str | None:
    """For a pattern that opens with a bare slot, a regex every match must contain: the words after the slot.

    Such a pattern costs up to 120 tries at every position of a paragraph (the slot is lazy and loose); the
    words after it are cheap to look for, and a paragraph without them cannot match, so it is skipped.
    """
    tokens = pattern.split()
    if len(tokens) < 2 or not _SLOT.fullmatch(tokens[0]):
        return None
    # In the full pattern the slot's token ends in \s+, which is where the rest begins.
    return r"\s+" + phrase_to_regex(" ".join(tokens[1:]))


def regex_with_slots(pattern: str) -> str:
    """A raw regular expression in which {slot} may stand for a named slot."""
    _check_slots(pattern)
    return _SLOT.sub(lambda m: f"(?P<{m.group(1)}>{SLOTS[m.group(1)]})", pattern)
