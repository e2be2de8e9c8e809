#!/usr/bin/env python3
"""Builds dist/dateline.html: the explorer as one self-contained file that
works opened from disk (file://) and offline. Run by `./build.sh single`
after `./build.sh` has built dist/, as `tools/single.py dist
target/www-readable`: dist/ holds minified scripts, so the modules are read
from the readable copies the build keeps beside it (the second argument;
dist/ itself when it is left out).

The page's ES modules are joined into one inline script: each module becomes
a function scope that returns its exports, and each `import` becomes a read
of those. The wasm (base64), the articles and the map ride along in
`globalThis.DATELINE_SINGLE`, which app.js, map.js and analysis.js look for;
a page opened from disk cannot start workers, so the analysis runs on the
page's thread there.
"""
import base64
import json
import re
import sys
from pathlib import Path

DIST = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
# Where the readable ES modules are (the parsing below needs their layout).
MODULES_DIR = Path(sys.argv[2]) if len(sys.argv) > 2 else DIST
# Dependency order: a module comes after everything it imports.
MODULES = ["pkg/dateline.js", "diff.js", "filter.js", "render.js", "state.js", "map.js",
           "analysis.js", "own.js", "meta.js", "export.js", "app.js"]

IMPORT = re.compile(r"^import\s+(?P<what>.+?)\s+from\s+'(?P<src>[^']+)';\s*$", re.M | re.S)
EXPORT_DECL = re.compile(r"^export\s+(?:async\s+)?(?:function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)", re.M)


def var(path):
    return "__m_" + re.sub(r"\W", "_", Path(path).stem)


def resolve(importer, src):
    base = Path(importer).parent
    return str((base / src)).replace("\\", "/").lstrip("./") if src.startswith(".") else src


def module(path):
    code = (MODULES_DIR / path).read_text(encoding="utf-8")
    lines = []

    def imp(m):
        target = var(resolve(path, m["src"]))
        what = m["what"].strip()
        parts = []
        default = re.match(r"^([A-Za-z_$][\w$]*)\s*(?:,|$)", what)
        if default and not what.startswith("{"):
            parts.append(f"default: {default.group(1)}")
        named = re.search(r"\{([^}]*)\}", what)
        if named:
            for name in filter(None, (n.strip() for n in named.group(1).split(","))):
                a, _, b = name.partition(" as ")
                parts.append(f"{a.strip()}: {b.strip()}" if b else a.strip())
        if what.startswith("*"):
            return f"const {what.split(' as ')[1].strip()} = {target};"
        return f"const {{ {', '.join(parts)} }} = {target};"

    code = IMPORT.sub(imp, code)
    exports = EXPORT_DECL.findall(code)
    code = re.sub(r"^export\s+(?=(async\s+)?(function|const|let|class))", "", code, flags=re.M)
    for m in re.finditer(r"^export\s*\{([^}]*)\};?\s*$", code, re.M):
        for n in filter(None, (x.strip() for x in m.group(1).split(","))):
            local, _, exported = n.partition(" as ")
            exports.append(f"{exported.strip()}: {local.strip()}" if exported else local.strip())
    code = re.sub(r"^export\s*\{([^}]*)\};?\s*$", "", code, flags=re.M)
    default = re.search(r"^export\s+default\s+([A-Za-z_$][\w$]*);?\s*$", code, re.M)
    code = re.sub(r"^export\s+default\s+([A-Za-z_$][\w$]*);?\s*$", "", code, flags=re.M)
    code = code.replace("import.meta.url", "location.href")
    entries = [f"{n}" for n in exports] + ([f"default: {default.group(1)}"] if default else [])
    return f"const {var(path)} = await (async () => {{\n{code}\nreturn {{ {', '.join(entries)} }};\n}})();\n"


def article(entry):
    """An index entry as the page analyses it: its text or page, and a
    crawler record's title, url and date where it has them."""
    out = {"id": entry["id"]}
    if isinstance(entry.get("html"), str):
        out["html"] = entry["html"]
    else:
        out["text"] = entry.get("text") or (DIST / entry["file"]).read_text(encoding="utf-8")
    out.update({k: entry[k] for k in ("title", "url", "date") if isinstance(entry.get(k), str)})
    return out


def main():
    html = (DIST / "index.html").read_text(encoding="utf-8")
    css = (DIST / "style.css").read_text(encoding="utf-8")
    articles = [article(e) for e in json.loads((DIST / "articles/index.json").read_text(encoding="utf-8"))]
    single = {
        "articles": articles,
        "map": (DIST / "world-map.svg").read_text(encoding="utf-8"),
    }
    wasm = base64.b64encode((DIST / "pkg/dateline_bg.wasm").read_bytes()).decode()
    boot = ("globalThis.DATELINE_SINGLE = " + json.dumps(single).replace("</", "<\\/") + ";\n"
            f"globalThis.DATELINE_SINGLE.wasm = Uint8Array.from(atob('{wasm}'), (c) => c.charCodeAt(0));\n")
    bundle = boot + "".join(module(m) for m in MODULES)
    bundle = bundle.replace("</script", "<\\/script")
    html = re.sub(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
                  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
                  'script-src \'unsafe-inline\' \'wasm-unsafe-eval\'; style-src \'unsafe-inline\'; '
                  'img-src data:; connect-src \'none\'; object-src \'none\'; base-uri \'none\'; form-action \'none\'">',
                  html)
    html = html.replace('<link rel="icon" href="favicon.svg" type="image/svg+xml">', "")
    # The articles are inline: nothing to preload.
    html = re.sub(r'<link rel="preload"[^>]*>', "", html)
    html = html.replace('<link rel="stylesheet" href="style.css">', f"<style>\n{css}\n</style>")
    html = html.replace('<script type="module" src="app.js"></script>',
                        f'<script type="module">\n{bundle}\n</script>')
    out = DIST / "dateline.html"
    out.write_text(html, encoding="utf-8")
    print(f"{out}: {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
