"""Multiword cues ("made it clear", "weighed in", "took aim at"): their words joined into one token."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from provenance.text.tokens import Token, listed


class MultiwordForms:
    """The verb forms of more than one word, looked up by their first word."""

    def __init__(self, forms: Iterable[str]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in forms:
            words = tuple(form.split())
            if len(words) > 1:
                self.by_first.setdefault(words[0], []).append(words)
        # By their first two words too: first words like "can", "did" and "made" are common, and one lookup of a
        # pair rules out most of them before any form is compared word by word.
        self.by_pair: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        for found in self.by_first.values():
            found.sort(key=len, reverse=True)  # "made it clear" before "made clear"
            for words in found:
                self.by_pair.setdefault((words[0], words[1]), []).append(words)

    def merge(self, tokens: list[Token], text: str, starts: list[int] | None = None) -> list[Token]:
        """The tokens with each multiword form made one token, so that it is a cue like a single verb.

        Only words one space apart join: a comma or a line break between them ends the phrase. `starts`, if the
        caller has them, are the indices of the tokens that are a form's first word.
        """
        if starts is None:
            starts = listed(tokens, self.by_first)
        merged: list[Token] = []
        i = 0  # the first token not yet taken into `merged`
        for k in starts:
            if k < i or k + 1 == len(tokens):
                continue  # a word already joined into the form before it, or the last word
            forms = self.by_pair.get((tokens[k].lower, tokens[k + 1].lower), ())
            size = next((len(w) for w in forms if self._at(tokens, k, w, text)), 1)
            if size > 1:
                last = tokens[k + size - 1]
                merged.extend(tokens[i:k])
                merged.append(Token(text[tokens[k].start : last.end], tokens[k].start, last.end))
                i = k + size
        if not merged:
            return tokens  # most sentences hold no form: nothing joined
        merged.extend(tokens[i:])
        return merged

    @staticmethod
    def _at(tokens: list[Token], i: int, words: tuple[str, ...], text: str) -> bool:
        if i + len(words) > len(tokens):
            return False
        run = tokens[i : i + len(words)]
        if any(t.lower != w or t.text != t.bare for t, w in zip(run, words, strict=True)):
            return False  # "made it clear", not "made its clearest"
        return all(text[a.end : b.start] == " " for a, b in pairwise(run))
