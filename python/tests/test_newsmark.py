"""The Python package: the JSON shape as dicts, code-point offsets, many texts at once, errors as
exceptions, and the same analyses as the command line on the shared corpus."""

import json
import os
import subprocess

import pytest

import newsmark

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
CLI = os.environ.get("NEWSMARK_BIN", os.path.join(ROOT, "target", "release", "newsmark"))


def spans(analysis):
    """Every span of an analysis."""
    for e in analysis["entities"]:
        yield from e["mentions"]
    for c in analysis["claims"]:
        yield from (s for s in (c["source"], c["cue"]) if s)
        yield from c["content"]
    yield from analysis["demonyms"]


def test_the_documented_shape():
    a = newsmark.analyze("“We are ready,” Mark Rutte said in Kyiv.")
    assert set(a) == {"entities", "claims", "demonyms", "summary"}
    claim = a["claims"][0]
    assert claim["kind"] == "direct" and claim["speech"] is True
    assert claim["source_kind"] == "person" and 0 <= claim["confidence"] <= 1
    assert a["summary"]["by_source_kind"]["person"] == 1 and a["summary"]["named_people"] == 1
    assert claim["cue"]["text"] == "said"
    rutte = a["entities"][claim["speaker"]]
    assert (rutte["name"], rutte["kind"], rutte["speaker"]) == ("Mark Rutte", "person", True)
    kyiv = next(e for e in a["entities"] if e["kind"] == "place")
    assert kyiv["place"]["country"] == "UA"


def test_offsets_are_python_string_indices():
    text = "😀 Ünïcode first. “We will stay in Kyiv,” Mark Rutte said.\n𝒜 line: Zürich, he added, was calm."
    a = newsmark.analyze(text)
    found = list(spans(a))
    assert len(found) >= 6
    for s in found:
        assert text[s["start"]:s["end"]] == s["text"]


def test_many_texts_in_order_on_threads():
    texts = [f"“Line {n},” Mark Rutte said." for n in range(40)] + ["", "Nothing to see."]
    many = newsmark.analyze_many(texts, threads=3)
    assert many == [newsmark.analyze(t) for t in texts]
    assert many[7]["claims"][0]["content"][0]["text"] == "“Line 7,”"
    assert newsmark.analyze_many(iter(["Rutte said so."])) == [newsmark.analyze("Rutte said so.")]
    assert newsmark.analyze_many([]) == []


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["list"]])
def test_wrong_types_are_type_errors(bad):
    with pytest.raises(TypeError):
        newsmark.analyze(bad)
    with pytest.raises(TypeError):
        newsmark.analyze_many(["fine", bad])


def test_bad_thread_counts_and_lone_surrogates_are_exceptions():
    for threads in (0, -1, 1.5, True):
        with pytest.raises(ValueError):
            newsmark.analyze_many(["x"], threads=threads)
    with pytest.raises(UnicodeEncodeError):
        newsmark.analyze("a lone surrogate \ud800 here")


def test_hostile_and_empty_texts_do_not_crash():
    for text in ["", " ", "\n\n", "“", "\u0000", "<script>x</script>", "\"" * 10_000, "Mr. " * 2_000]:
        a = newsmark.analyze(text)
        for s in spans(a):
            assert text[s["start"]:s["end"]] == s["text"]


def utf16(text, analysis):
    """The analysis with its code-point offsets turned into UTF-16 offsets, as the CLI gives."""
    units = [0]
    for ch in text:
        units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
    for s in spans(analysis):
        s["start"], s["end"] = units[s["start"]], units[s["end"]]
    return analysis


@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="../shared/corpus is not beside the checkout")
@pytest.mark.skipif(not os.path.exists(CLI), reason="the release build of the command line is missing")
def test_the_same_analyses_as_the_command_line_on_the_shared_corpus():
    texts = []
    for folder in sorted(os.listdir(CORPUS)):
        path = os.path.join(CORPUS, folder)
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith(".json"):
                    with open(os.path.join(path, name), encoding="utf-8") as f:
                        texts.append(json.load(f)["text"])
    assert len(texts) > 1000
    lines = "".join(json.dumps({"text": t}) + "\n" for t in texts)
    out = subprocess.run([CLI, "analyze", "--jsonl", "-"], input=lines, capture_output=True, text=True, check=True)
    from_cli = [json.loads(line)["analysis"] for line in out.stdout.splitlines()]
    from_python = newsmark.analyze_many(texts)
    assert len(from_cli) == len(from_python) == len(texts)
    for text, cli, py in zip(texts, from_cli, from_python):
        assert utf16(text, py) == cli
