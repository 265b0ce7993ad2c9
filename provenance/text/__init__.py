"""Text mechanics that know no rules: tokens, literal words of patterns, inflection, comparison keys."""
