"""One row per claim for a corpus of articles: PySpark with the newsmark Python package.

    spark-submit claims_job.py INPUT OUTDIR [--text-field text] [--id-field id]

INPUT is a JSONL file (one article a line) or a Parquet dataset, with an id and a text column;
OUTDIR receives a Parquet table of claims: the article's id, the claim's number in its article,
the speaker (the entity's name, or null), the speaker's entity kind, the source kind (person,
organization, place, unnamed, document, none), the kind (direct, mixed, indirect), whether it is
speech, its confidence, the source, cue and content as text, and their offsets
(Python string indices into the article's text). Each partition analyses its articles in one
worker process, a batch at a time.
"""

import argparse

from pyspark.sql import SparkSession
from pyspark.sql import types as T

CLAIMS = T.StructType(
    [
        T.StructField("article_id", T.StringType()),
        T.StructField("claim", T.IntegerType()),
        T.StructField("speaker", T.StringType()),
        T.StructField("speaker_kind", T.StringType()),
        T.StructField("source_kind", T.StringType()),
        T.StructField("kind", T.StringType()),
        T.StructField("speech", T.BooleanType()),
        T.StructField("confidence", T.DoubleType()),
        T.StructField("source", T.StringType()),
        T.StructField("cue", T.StringType()),
        T.StructField("content", T.StringType()),
        T.StructField("source_start", T.IntegerType()),
        T.StructField("source_end", T.IntegerType()),
        T.StructField("cue_start", T.IntegerType()),
        T.StructField("cue_end", T.IntegerType()),
        T.StructField("content_start", T.IntegerType()),
        T.StructField("content_end", T.IntegerType()),
    ]
)


def claim_rows(article_id, analysis):
    """The rows of one article's claims."""
    for claim in analysis["claims"]:
        speaker = analysis["entities"][claim["speaker"]] if claim["speaker"] is not None else None
        source, cue, content = claim["source"], claim["cue"], claim["content"]
        yield {
            "article_id": article_id,
            "claim": claim["id"],
            "speaker": speaker["name"] if speaker else None,
            "speaker_kind": speaker["kind"] if speaker else None,
            "source_kind": claim["source_kind"],
            "kind": claim["kind"],
            "speech": claim["speech"],
            "confidence": claim["confidence"],
            "source": source["text"] if source else None,
            "cue": cue["text"] if cue else None,
            "content": " … ".join(piece["text"] for piece in content),
            "source_start": source["start"] if source else None,
            "source_end": source["end"] if source else None,
            "cue_start": cue["start"] if cue else None,
            "cue_end": cue["end"] if cue else None,
            "content_start": content[0]["start"],
            "content_end": content[-1]["end"],
        }


def analyse_partition(batches, id_field, text_field):
    """mapInPandas: each batch of articles to a batch of claim rows. The package is imported
    once per worker process; each batch is analysed in one call."""
    import pandas as pd

    import newsmark

    for batch in batches:
        texts = [t if isinstance(t, str) else "" for t in batch[text_field]]
        analyses = newsmark.analyze_many(texts, threads=1)
        rows = [row for article_id, analysis in zip(batch[id_field], analyses) for row in claim_rows(str(article_id), analysis)]
        yield pd.DataFrame(rows, columns=CLAIMS.fieldNames())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("outdir")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--id-field", default="id")
    args = parser.parse_args()
    spark = SparkSession.builder.appName("newsmark claims").getOrCreate()
    if args.input.endswith(".jsonl") or args.input.endswith(".json"):
        articles = spark.read.json(args.input)
    else:
        articles = spark.read.parquet(args.input)
    articles = articles.select(args.id_field, args.text_field)
    claims = articles.mapInPandas(lambda batches: analyse_partition(batches, args.id_field, args.text_field), CLAIMS)
    claims.write.mode("overwrite").parquet(args.outdir)
    spark.stop()


if __name__ == "__main__":
    main()
