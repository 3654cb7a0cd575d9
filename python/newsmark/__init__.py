"""newsmark: who speaks, where, and what they claim in English news articles.

    >>> import newsmark
    >>> a = newsmark.analyze("“We are ready,” Mark Rutte said in Kyiv.")
    >>> a["entities"][a["claims"][0]["speaker"]]["name"]
    'Mark Rutte'

The analysis is a dict of the JSON shape of the project's README. Offsets are Python string
indices (code points): ``text[span["start"]:span["end"]] == span["text"]``. The work runs in
Rust, with the GIL released.
"""

import json as _json

from . import _newsmark

__all__ = ["analyze", "analyze_many", "__version__"]
__version__ = _newsmark.version()


def analyze(text):
    """The analysis of ``text``: ``{"entities": [...], "claims": [...], "demonyms": [...]}``."""
    if not isinstance(text, str):
        raise TypeError(f"analyze() takes a str, not {type(text).__name__}")
    return _json.loads(_newsmark.analyze_json(text))


def analyze_many(texts, threads=None):
    """The analyses of ``texts`` (any iterable of str), in order, made on ``threads`` threads
    (every core by default) without holding the GIL."""
    texts = list(texts)
    for n, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"analyze_many() takes str items, not {type(text).__name__} (item {n})")
    if threads is not None and (not isinstance(threads, int) or isinstance(threads, bool) or threads < 1):
        raise ValueError(f"threads must be a positive int, not {threads!r}")
    return [_json.loads(j) for j in _newsmark.analyze_many_json(texts, threads)]
