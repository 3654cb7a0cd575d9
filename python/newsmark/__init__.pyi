"""Types of the newsmark package: the JSON shape of the analysis, as TypedDicts."""

from typing import Dict, Iterable, List, Literal, Optional, TypedDict

__version__: str

class Span(TypedDict):
    """A span of the text: code-point offsets, end exclusive; ``text[start:end] == span["text"]``."""

    start: int
    end: int
    text: str

class _MentionBase(TypedDict):
    start: int
    end: int
    text: str

class Mention(_MentionBase, total=False):
    confidence: float

class PlaceInfo(TypedDict):
    kind: Literal["country", "region", "city", "continent", "water", "landform", "venue"]
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]

class _EntityBase(TypedDict):
    id: int
    kind: Literal["person", "place", "organization", "unnamed"]
    name: str
    title: Optional[str]
    speaker: bool
    mentions: List[Mention]

class Entity(_EntityBase, total=False):
    gender: Literal["male", "female"]
    place: PlaceInfo

class Claim(TypedDict):
    id: int
    kind: Literal["direct", "mixed", "indirect"]
    speech: bool
    speaker: Optional[int]
    source: Optional[Span]
    cue: Optional[Span]
    content: List[Span]
    confidence: float
    source_kind: Literal["person", "organization", "place", "unnamed", "document", "none"]

class Demonym(Span):
    place: str
    entity: Optional[int]

class QuotedWords(TypedDict):
    entity: int
    name: str
    words: int
    share: float

class Summary(TypedDict):
    claims: int
    speech: int
    beliefs: int
    by_source_kind: Dict[str, int]
    named_people: int
    people_by_gender: Dict[str, int]
    quoted_words: List[QuotedWords]

class Analysis(TypedDict):
    entities: List[Entity]
    claims: List[Claim]
    demonyms: List[Demonym]
    summary: Summary

def analyze(text: str) -> Analysis: ...
def analyze_many(texts: Iterable[str], threads: Optional[int] = None) -> List[Analysis]: ...
