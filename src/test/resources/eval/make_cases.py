#!/usr/bin/env python3
"""Candidate finder and validator for the crosscheck evaluation suite.

Usage:
  python3 make_cases.py --rank [CORPUS]            rank story folders by facts shared between articles
  python3 make_cases.py --find STORY_DIR [TYPES]   list candidate facts stated by 2+ articles of a story
                                                   (TYPES: comma list of number,weekday,month,date,place,
                                                   rank,quote,speaker,name,polarity; default all)
  python3 make_cases.py --grep STORY_DIR REGEX     show every match of REGEX in a story, with file and context
  python3 make_cases.py --check                    validate cases/*.yaml against stories/ and print counts

Candidates are only a starting point: every case in cases/ was chosen by hand after reading the
sentences in the mutated source and in the `others` sources.
"""
import collections
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
STORIES = os.path.join(HERE, "stories")
CASES = os.path.join(HERE, "cases")
CORPUS = "/work/shared/corpora/ecbplus"
SEEDS = "/work/shared/seeds"

PLANTED = ["number", "weekday", "month", "date", "place", "rank", "quote", "speaker", "name", "polarity", "role"]
COMPATIBLE = ["hedge", "spelling", "name-order", "paraphrase", "rounding", "short-name", "plural", "partial-quote",
              "quote-punctuation", "range", "weekday-date"]
KEYS = {"name", "story", "kind", "type", "source", "find", "replace", "mark", "others", "others_say", "note"}
OPTIONAL = {"note", "others_say"}
# Two sentences whose word sets overlap this much (Jaccard) are copies of one wording, not the fact said
# in other words.
COPY_JACCARD = 0.6

WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
NUMWORD = r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|hundred|dozen|dozens)"
POLAR = (r"\b(was|were|has been|have been|had been|is|are)\s+(arrested|charged|killed|fired|injured|"
         r"wounded|sentenced|convicted|released|indicted|dismissed|hospitalized|captured|detained|"
         r"found|named|elected|bombed|destroyed)\b|\b(died|pleaded guilty|pleaded not guilty|confirmed|"
         r"denied|admitted|resigned|won|lost|killed|captured|arrested|fired|charged)\b")


def story_files(d):
    return sorted(f for f in os.listdir(d) if not f.startswith("."))


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def stem(fn):
    return os.path.splitext(fn)[0]


def ctx(text, m, width=70):
    a, b = max(0, m.start() - width), min(len(text), m.end() + width)
    return text[a:b].replace("\n", " ")


def features(text):
    """Yield (type, key, match) for candidate facts in one article."""
    for m in re.finditer(r"\b(\d[\d,.]*(?:-\d+)?|" + NUMWORD + r")[ -]+([a-z]+)", text, re.I):
        n = m.group(1)
        if re.fullmatch(r"(1[89]|20)\d\d", n):
            continue
        yield "number", (n.lower() + " " + m.group(3).lower()), m
    for m in re.finditer(r"\b\d{1,3}-\d{1,3}\b", text):
        yield "number", m.group(0), m
    for m in re.finditer(r"\b(on |last |this )?" + WEEKDAY + r"\b", text):
        yield "weekday", m.group(2), m
    for m in re.finditer(r"\b" + MONTH + r"\b", text):
        yield "month", m.group(1), m
    for m in re.finditer(r"\b" + MONTH + r"\.? (\d{1,2})\b|\b(\d{1,2}) " + MONTH + r"\b", text):
        yield "date", m.group(0), m
    for m in re.finditer(r"\b(in|at|near|from) ((?:[A-Z][a-z]+\.? ?){1,3})", text):
        yield "place", m.group(2).strip(), m
    for m in re.finditer(r"\b(No\. ?\d+|\w+-star|\w+-ranked|first|second|third|fourth|fifth|sixth|"
                         r"seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", text, re.I):
        yield "rank", m.group(1).lower(), m
    for m in re.finditer(r"(“|\"|``|')\s?([^“”\"`']{12,300}?)\s?(”|\"|''|')", text):
        words = re.findall(r"[A-Za-z']+", m.group(2).lower())
        for i in range(len(words) - 3):
            yield "quote", " ".join(words[i:i + 4]), m
    for m in re.finditer(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (said|says|told|added)\b|"
                         r"\b(said|says) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", text):
        yield "speaker", (m.group(1) or m.group(4)), m
    for m in re.finditer(r"\b([A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]{2,})\b", text):
        yield "name", m.group(1), m
    for m in re.finditer(POLAR, text):
        yield "polarity", m.group(0).lower(), m


def find(story_dir, types):
    files = story_files(story_dir)
    where = collections.defaultdict(dict)
    for fn in files:
        text = read(os.path.join(story_dir, fn))
        for t, key, m in features(text):
            if t in types and stem(fn) not in where[(t, key)]:
                where[(t, key)][stem(fn)] = ctx(text, m)
    seen = set()
    for (t, key), hits in sorted(where.items(), key=lambda kv: (kv[0][0], -len(kv[1]), kv[0][1])):
        if len(hits) < 2:
            continue
        if t == "quote":  # many overlapping 4-grams come from the same pair of quotations
            sig = frozenset(hits.values())
            if sig in seen:
                continue
            seen.add(sig)
        print("[%s] %r in %d: %s" % (t, key, len(hits), ", ".join(sorted(hits))))
        for f, c in list(sorted(hits.items()))[:4]:
            print("      %-16s ...%s..." % (f, c))


def grep(story_dir, rx):
    for fn in story_files(story_dir):
        text = read(os.path.join(story_dir, fn))
        for m in re.finditer(rx, text):
            print("%-18s ...%s..." % (stem(fn), ctx(text, m, 90)))


def rank(corpus):
    rows = []
    for s in sorted(os.listdir(corpus)):
        d = os.path.join(corpus, s)
        if not os.path.isdir(d):
            continue
        count = collections.Counter()
        for fn in story_files(d):
            for key in {(t, k) for t, k, _ in features(read(os.path.join(d, fn)))}:
                count[key] += 1
        shared = collections.Counter(t for (t, k), v in count.items() if v >= 2 and t not in ("name", "place"))
        rows.append((sum(shared.values()), s, len(story_files(d)), dict(shared)))
    for r in sorted(rows, reverse=True):
        print(r)


def source_path(story, src):
    d = os.path.join(STORIES, story)
    if not os.path.isdir(d):
        return None
    for fn in story_files(d):
        if stem(fn) == src:
            return os.path.join(d, fn)
    return None


def changed_original(find_s, replace_s):
    """The words of `find` that the case changes (common prefix and suffix stripped, whole words)."""
    a, b = find_s, replace_s
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    end = max(len(a) - j, i)
    if end == i and (i == 0 or not a[i - 1].isalnum()):
        # words inserted ("was arrested" -> "was not arrested"): the fact is the next word
        words = re.findall(r"[\w'-]+", a[i:])[:2]
        if len(words) == 2 and words[0].lower() in ("been", "be", "being"):
            return " ".join(words)
        return words[0] if words else ""
    # widen to word boundaries
    while i > 0 and a[i - 1].isalnum():
        i -= 1
    while end < len(a) and a[end].isalnum():
        end += 1
    orig = a[i:end].strip()
    return orig


def sentence_at(text, start, end):
    """The sentence of `text` around [start, end): from after the previous sentence end to the next one."""
    a = start
    while a > 0 and not (text[a - 1] in "\n" or text[a - 1] in ".!?" and a < len(text) and text[a].isspace()):
        a -= 1
    b = end
    while b < len(text) and not (text[b] == "\n" or text[b] in ".!?" and (b + 1 >= len(text) or text[b + 1].isspace())):
        b += 1
    return text[a:b + 1].strip()


def words(s):
    return set(w.lower() for w in re.findall(r"[A-Za-z0-9]+", s))


def jaccard(a, b):
    x, y = words(a), words(b)
    return len(x & y) / max(1, len(x | y))


def wording(case, text):
    """'paraphrased' when every sentence of `others_say` differs in wording from the edited sentence, else
    'copied'; None when the case lists no others_say."""
    say = case.get("others_say") or []
    if not say:
        return None
    at = text.find(str(case["find"]))
    own = sentence_at(text, at, at + len(str(case["find"])))
    return "paraphrased" if all(jaccard(own, s) < COPY_JACCARD for s in say) else "copied"


def check():
    errors, warnings = [], []
    counts = collections.Counter()
    by_story = collections.defaultdict(collections.Counter)
    names = set()
    for fn in sorted(os.listdir(CASES)):
        if not fn.endswith(".yaml"):
            continue
        path = os.path.join(CASES, fn)
        try:
            c = yaml.safe_load(read(path))
        except yaml.YAMLError as e:
            errors.append("%s: YAML error %s" % (fn, e))
            continue
        def err(msg):
            errors.append("%s: %s" % (fn, msg))
        if not isinstance(c, dict):
            err("not a mapping")
            continue
        missing = (KEYS - OPTIONAL) - set(c)
        extra = set(c) - KEYS
        if missing:
            err("missing keys %s" % sorted(missing))
            continue
        if extra:
            err("unknown keys %s" % sorted(extra))
        if c["name"] != fn[:-5]:
            err("name %r differs from file name" % c["name"])
        if c["name"] in names:
            err("duplicate name")
        names.add(c["name"])
        kind, typ, story = c["kind"], c["type"], c["story"]
        if kind == "planted" and typ not in PLANTED or kind == "compatible" and typ not in COMPATIBLE \
                or kind not in ("planted", "compatible"):
            err("bad kind/type %s/%s" % (kind, typ))
        if not re.fullmatch(re.escape(str(story)) + "-" + re.escape(str(typ)) + r"-\d\d", c["name"]):
            err("name is not <story>-<type>-NN")
        if not os.path.isdir(os.path.join(STORIES, str(story))):
            err("story folder %s missing" % story)
            continue
        src = source_path(story, str(c["source"]))
        if not src:
            err("source %s missing" % c["source"])
            continue
        text = read(src)
        f, r, mk = str(c["find"]), str(c["replace"]), str(c["mark"])
        n = text.count(f)
        if n != 1:
            err("find occurs %d times in %s" % (n, c["source"]))
        if f == r:
            err("replace equals find")
        if mk not in r:
            err("mark %r not in replace" % mk)
        others = c["others"] or []
        if not isinstance(others, list):
            err("others is not a list")
            others = []
        if c["source"] in others:
            err("source listed in others")
        other_texts = []
        for o in others:
            p = source_path(story, str(o))
            if not p:
                err("other %s missing" % o)
            else:
                other_texts.append(read(p))
        say = c.get("others_say") or []
        if not isinstance(say, list):
            err("others_say is not a list")
            say = []
        for sentence in say:
            if not any(str(sentence) in t for t in other_texts):
                err("others_say sentence not found verbatim in any of others: %r" % sentence)
        if say and kind == "planted":
            covered = [o for o, t in zip(others, other_texts) if any(str(x) in t for x in say)]
            if len(covered) != len(other_texts):
                err("others_say gives no sentence for %s" % sorted(set(others) - set(covered)))
            w = wording(c, text)
            counts[("wording", w)] += 1
            if w == "copied":
                warnings.append("%s: an others_say sentence copies the edited sentence's wording" % fn)
        if kind == "planted":
            if not others:
                err("planted case without others")
            orig = changed_original(f, r)
            if orig and not any(orig.lower() in t.lower() for t in other_texts):
                warnings.append("%s: changed original %r not found in any of others %s" % (fn, orig, others))
        counts[(kind, typ)] += 1
        by_story[story][kind] += 1

    # base stories must be byte-for-byte copies of their origin (checked when the origin is present)
    for story in sorted(os.listdir(STORIES)):
        origin = SEEDS if story == "seeds" else os.path.join(CORPUS, story)
        if not os.path.isdir(origin):
            continue
        mine, theirs = story_files(os.path.join(STORIES, story)), story_files(origin)
        if mine != theirs:
            errors.append("stories/%s: file list differs from %s" % (story, origin))
            continue
        for fn in mine:
            with open(os.path.join(STORIES, story, fn), "rb") as x, open(os.path.join(origin, fn), "rb") as y:
                if x.read() != y.read():
                    errors.append("stories/%s/%s differs from its origin" % (story, fn))

    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print()
    print("%-12s %-12s %5s" % ("kind", "type", "cases"))
    for kind, types in (("planted", PLANTED), ("compatible", COMPATIBLE)):
        for t in types:
            print("%-12s %-12s %5d" % (kind, t, counts[(kind, t)]))
        print("%-12s %-12s %5d" % (kind, "TOTAL", sum(v for (k, _), v in counts.items() if k == kind)))
    print()
    print("%-14s %8s %11s" % ("story", "planted", "compatible"))
    for s in sorted(by_story):
        print("%-14s %8d %11d" % (s, by_story[s]["planted"], by_story[s]["compatible"]))
    print("stories with planted cases: %d, with compatible cases: %d" % (
        sum(1 for s in by_story if by_story[s]["planted"]), sum(1 for s in by_story if by_story[s]["compatible"])))
    print()
    print("planted cases with others_say: %d paraphrased, %d copied" % (counts[("wording", "paraphrased")],
                                                                      counts[("wording", "copied")]))
    print("%d cases, %d errors, %d warnings" % (sum(v for (k, _), v in counts.items() if k != "wording"),
                                               len(errors), len(warnings)))
    return 1 if errors else 0


def main(argv):
    if len(argv) >= 2 and argv[1] == "--check":
        return check()
    if len(argv) >= 2 and argv[1] == "--rank":
        rank(argv[2] if len(argv) > 2 else CORPUS)
        return 0
    if len(argv) >= 3 and argv[1] == "--find":
        types = set(argv[3].split(",")) if len(argv) > 3 else set(PLANTED)
        find(argv[2], types)
        return 0
    if len(argv) >= 4 and argv[1] == "--grep":
        grep(argv[2], argv[3])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
