#!/usr/bin/env python3
"""Completes the npm package wasm-pack built in pkg/: adds the embed modules, their types and the
marks' stylesheet, and declares them in package.json ("files", "exports")."""
import json
import os
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKG = os.path.join(ROOT, "pkg")
WWW = os.path.join(ROOT, "www")

for name in ("embed.js", "embed-auto.js", "layers.js", "embed.d.ts"):
    with open(os.path.join(WWW, name), encoding="utf-8") as f:
        source = f.read()
    # In www/ the generated module sits in pkg/; in the package it sits beside the embed.
    with open(os.path.join(PKG, name), "w", encoding="utf-8") as f:
        f.write(source.replace("./pkg/newsmark.js", "./newsmark.js"))
shutil.copy(os.path.join(WWW, "marks.css"), os.path.join(PKG, "marks.css"))

path = os.path.join(PKG, "package.json")
with open(path, encoding="utf-8") as f:
    package = json.load(f)
package["files"] = sorted(set(package.get("files", [])) | {"embed.js", "embed-auto.js", "layers.js", "embed.d.ts", "marks.css"})
package["exports"] = {
    ".": {"types": "./newsmark.d.ts", "default": "./newsmark.js"},
    "./embed": {"types": "./embed.d.ts", "default": "./embed.js"},
    "./embed-auto": "./embed-auto.js",
    "./marks.css": "./marks.css",
    "./newsmark_bg.wasm": "./newsmark_bg.wasm",
}
with open(path, "w", encoding="utf-8") as f:
    json.dump(package, f, indent=2)
    f.write("\n")
print("pkg/: npm package with embed.js, embed-auto.js, layers.js, embed.d.ts and marks.css")
