"""Compile phrase patterns ("{party} has|have yet to comment") into regular expressions."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

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
# A slot name starts with a letter, so regex quantifiers such as \d{4} are never read as slots.
# "{verb:speech}" is a typed slot: a word list from other rules (the speech verbs), see `Vocabulary`.
_SLOT = re.compile(r"\{([A-Za-z_]\w*(?::[\w-]+)?)\}")

# Typed slots and the words they stand for, e.g. {"verb": (...every verb form...), "verb:speech": (...)}.
Vocabulary = Mapping[str, Sequence[str]]


class PatternError(ValueError):
    """A pattern that cannot be compiled, with the reason and where in the pattern it went wrong."""

    def __init__(self, message: str, offset: int = 0) -> None:
        super().__init__(message)
        self.offset = offset  # 0-based position in the pattern text


def slot_names(pattern: str) -> list[str]:
    """The slots a pattern uses, in order ("verb:speech" for a typed slot)."""
    return _SLOT.findall(pattern)


def known_slots(vocabulary: Vocabulary) -> list[str]:
    """Every slot a pattern may use with this vocabulary, as written in YAML."""
    return ["{" + s + "}" for s in (*SLOTS, *sorted(vocabulary))]


def _check_slots(pattern: str, vocabulary: Vocabulary) -> None:
    for match in _SLOT.finditer(pattern):
        name = match.group(1)
        if name in SLOTS or name in vocabulary:
            continue
        if vocabulary.get(name.partition(":")[0]) is not None and ":" in name:
            reason = f"no {name.partition(':')[0]} of type '{name.partition(':')[2]}' is defined"
        else:
            reason = "unknown slot"
        raise PatternError(f"{reason} {{{name}}} (known slots: {', '.join(known_slots(vocabulary))})", match.start())


def _words_regex(words: Sequence[str]) -> str:
    # Longest first, so "pointed out" wins over "pointed"; spaces inside a form match any spacing.
    ordered = sorted({w for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered) + ")"


class _Slots:
    """Turns slot names into groups; a name repeated in one pattern is captured only the first time."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.used: set[str] = set()

    def __call__(self, name: str) -> str:
        # A word list must match whole words: "told" is not in "retold".
        body = SLOTS[name] if name in SLOTS else rf"(?<!\w){_words_regex(self.vocabulary[name])}(?!\w)"
        group = name.partition(":")[0]
        if group in self.used:
            return f"(?:{body})"
        self.used.add(group)
        return f"(?P<{group}>{body})"


def _token(token: str, slots: _Slots) -> str:
    if token == "...":
        return r"(?:\S+\s+){0,6}?"  # a short gap: "described the attack as"
    optional = token.endswith("?") and len(token) > 1
    token = token[:-1] if optional else token
    alternatives = []
    for alternative in token.split("|"):
        parts = _SLOT.split(alternative)
        # split() alternates literal text and slot names.
        alternatives.append("".join(slots(p) if i % 2 else re.escape(p) for i, p in enumerate(parts)))
    body = "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body}\\s+)?" if optional else body + r"\s+"


def phrase_to_regex(pattern: str, vocabulary: Vocabulary | None = None) -> str:
    """Words match with flexible spacing; a|b alternatives, word? optional, ... a gap, {slot} a slot."""
    vocabulary = vocabulary or {}
    _check_slots(pattern, vocabulary)
    tokens = pattern.split()
    if not tokens:
        raise PatternError("empty pattern")
    slots = _Slots(vocabulary)
    body = "".join(_token(t, slots) for t in tokens)
    # Tokens each end in \s+; the last one must not demand trailing space.
    body = body[: -len(r"\s+")] if body.endswith(r"\s+") else body
    start = r"(?<![\w])" if not tokens[0].startswith("{") else ""
    end = r"(?![\w])" if not tokens[-1].endswith("}") else ""
    return start + body + end


def leading_slot_gate(pattern: str, raw: bool = False, vocabulary: Vocabulary | None = None) -> str | None:
    """For a pattern that opens with a bare slot, a regex every match must contain: what follows the slot.

    Such a pattern costs up to 120 tries at every position of a paragraph (the slot is lazy and loose); the
    words after it are cheap to look for, and a paragraph without them cannot match, so it is skipped.
    """
    if raw:
        # "{party}\\s+(?:has|have) …": the rest of a raw regex after a leading slot is itself a regex.
        lead = _SLOT.match(pattern)
        if lead is None or lead.start() != 0:
            return None
        rest = regex_with_slots(pattern[lead.end() :], vocabulary)
        try:
            re.compile(rest)
        except re.error:
            return None  # the slot sat inside a group: no safe gate
        return rest or None
    tokens = pattern.split()
    if len(tokens) < 2 or not _SLOT.fullmatch(tokens[0]):
        return None
    # In the full pattern the slot's token ends in \s+, which is where the rest begins.
    return r"\s+" + phrase_to_regex(" ".join(tokens[1:]), vocabulary)


def regex_with_slots(pattern: str, vocabulary: Vocabulary | None = None) -> str:
    """A raw regular expression in which {slot} may stand for a named slot."""
    vocabulary = vocabulary or {}
    _check_slots(pattern, vocabulary)
    slots = _Slots(vocabulary)
    return _SLOT.sub(lambda m: slots(m.group(1)), pattern)
