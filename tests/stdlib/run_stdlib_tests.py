#!/usr/bin/python3.11
"""The whole-stdlib test of the front end.

Runs tests/stdlib/frontend_batch over every .py file under /usr/lib/python3.11
(test/ and site-packages included) and compares with CPython 3.11:

  (a) no crash, hang or internal error of the front end;
  (b) every file CPython accepts builds a tree;
  (c) every file CPython rejects is rejected with exactly the text that
      `python3.11 FILE` prints (exception type, message, location);
  (d) symtable cross-check: the scopes of our tree and the names each lists,
      with their reference kinds (LOCAL, CELL, FREE, GLOBAL_EXPLICIT,
      GLOBAL_IMPLICIT), agree with Python's `symtable` module. Scopes are
      matched by (type, name, line) in pre-order, duplicates by occurrence.
      Every name we list must be in the table with the same kind (except
      `__class__` in a class); every name the table says the scope uses,
      binds, or declares global or nonlocal must be listed (except ".0",
      the implicit comprehension argument, and `__debug__`, which is folded
      to a constant).

CPython's verdict and text come from running `python3.11 -s FILE` with an
audit hook (in a generated sitecustomize.py) that ends the process when the
compiled module code is about to run: so the file goes through the same
file-based tokenizer as `python3.11 FILE` (whose encoding errors differ from
those of compile() on bytes), and nothing in it is executed. compile() on the
file's bytes is run too; files where the two disagree are listed.

Each file is one check for (a)-(c) and, when CPython accepts it, one for (d).
The last line is `RESULT <passed> passed, <failed> failed`; the exit status
is non-zero on failures.

  tests/stdlib/run_stdlib_tests.py                    # everything
  tests/stdlib/run_stdlib_tests.py --limit 100        # the first 100 files
  tests/stdlib/run_stdlib_tests.py --files a.py b.py  # just these

Environment: FRONTEND_BATCH overrides the path of the frontend_batch binary
(default bazel-bin/tests/stdlib/frontend_batch, relative to the repository).
"""

import argparse
import collections
import concurrent.futures
import os
import signal
import subprocess
import sys
import symtable
import tempfile
import time
import traceback
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "support"))
from reference_python import (install_reference_hook,  # noqa: E402
                              limit_address_space, run_reference)

STDLIB = "/usr/lib/python3.11"
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLACEHOLDER_MARK = "not written yet"

SCOPE_NAMES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT",
               4: "FREE", 5: "CELL"}
# Symbol flags meaning the scope really uses or binds the name.
USED_FLAGS = (symtable.USE | symtable.DEF_LOCAL | symtable.DEF_PARAM |
              symtable.DEF_IMPORT | symtable.DEF_GLOBAL | symtable.DEF_NONLOCAL)



# --- Collecting files -------------------------------------------------------

def collect_files(root):
    files, notes = [], collections.Counter()
    for directory, subdirs, names in os.walk(root):
        for sub in subdirs:
            if os.path.islink(os.path.join(directory, sub)):
                notes["symlinked directories not followed"] += 1
        for name in names:
            if not name.endswith(".py"):
                continue
            path = os.path.join(directory, name)
            if os.path.islink(path):
                notes["symlinked files (included)"] += 1
            files.append(path)
    files.sort()
    return files, notes


def area_of(path, root):
    rel = os.path.relpath(path, root)
    parts = rel.split(os.sep)
    return parts[0] if len(parts) > 1 else "(top level)"


# --- CPython's verdict -------------------------------------------------------

class Reference:
    def __init__(self):
        self.status = None      # "ok", "reject", "input_error", "other"
        self.text = ""          # stderr of python3.11 FILE for errors
        self.returncode = None
        self.compile_status = None  # "ok" or "reject" from compile()
        self.compile_text = ""


def reference_run(path, hook_dir, timeout):
    status, text, returncode = run_reference(path, hook_dir, timeout)
    return ("other" if status == "timeout" else status), text or status, returncode


def compile_verdict(path):
    try:
        with open(path, "rb") as f:
            source = f.read()
        compile(source, path, "exec", dont_inherit=True)
        return "ok", ""
    except (SyntaxError, ValueError, UnicodeError, RecursionError,
            MemoryError, OverflowError) as error:
        return "reject", "".join(traceback.format_exception_only(error))
    except OSError as error:
        return "input_error", str(error)


def check_reference_hook(hook_dir, workdir):
    """The hook must stop a file before it runs: a file that would exit 55."""
    probe = os.path.join(workdir, "reference_probe.py")
    with open(probe, "w") as f:
        f.write("import os\nos._exit(55)\n")
    status, text, code = reference_run(probe, hook_dir, 60)
    if status != "ok":
        sys.exit(f"run_stdlib_tests: the CPython reference hook does not work "
                 f"(status {status}, exit {code}): {text}")


def compute_references(files, hook_dir, jobs, timeout):
    references = {path: Reference() for path in files}

    def one(path):
        return path, reference_run(path, hook_dir, timeout)

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for path, (status, text, code) in pool.map(one, files):
            ref = references[path]
            ref.status, ref.text, ref.returncode = status, text, code
    for path in files:
        ref = references[path]
        ref.compile_status, ref.compile_text = compile_verdict(path)
    return references


# --- Our front end -------------------------------------------------------------

class Outcome:
    def __init__(self, tag, path):
        self.tag = tag          # OK REJECT INPUT_ERROR INTERNAL CRASH HANG MISSING
        self.path = path
        self.message_lines = []
        self.scopes = []        # [(type, name, line, [(name, kind)])]

    @property
    def message(self):
        return "".join(line + "\n" for line in self.message_lines)


def parse_batch_output(data):
    outcomes = []
    current = None
    for raw in data.split(b"\n"):
        line = raw.decode("utf-8", "surrogateescape")
        if line.startswith("| ") and current is not None:
            current.message_lines.append(line[2:])
        elif line.startswith("SCOPE ") and current is not None:
            kind, rest = line[6:].split(" ", 1)
            name, first_line = rest.rsplit(" ", 1)
            current.scopes.append((kind, name, int(first_line), []))
        elif line.startswith("  ") and current is not None and current.scopes:
            name, kind = line[2:].rsplit(" ", 1)
            current.scopes[-1][3].append((name, kind))
        elif line and " " in line:
            tag, path = line.split(" ", 1)
            current = Outcome(tag, path)
            outcomes.append(current)
    return outcomes


def run_batch(binary, files, timeout):
    """Runs frontend_batch --scopes over `files`; a crash or hang is charged
    to the first file without a record, and the rest run in a new process."""
    results, problems = {}, []
    remaining = list(files)
    while remaining:
        proc = subprocess.Popen([binary, "--scopes"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                preexec_fn=limit_address_space,
                                cwd=tempfile.gettempdir())
        data = b"".join(p.encode("utf-8", "surrogateescape") + b"\n"
                        for p in remaining)
        hung = False
        try:
            out, err = proc.communicate(data, timeout=timeout)
        except subprocess.TimeoutExpired:
            hung = True
            proc.kill()
            out, err = proc.communicate()
        outcomes = parse_batch_output(out)
        done = set()
        for outcome in outcomes:
            results[outcome.path] = outcome
            done.add(outcome.path)
        # The last record may be incomplete if the process died while
        # writing it; records are written whole, so only records before the
        # first unreported file count.
        index = 0
        while index < len(remaining) and remaining[index] in done:
            index += 1
        if index == len(remaining) and not hung and proc.returncode == 0:
            break
        if index == len(remaining):
            # Everything reported, but the process failed at the end.
            problems.append(f"batch of {len(files)} files ending with "
                            f"{remaining[-1]}: " +
                            ("hung at exit" if hung else
                             f"exit status {proc.returncode} at exit") +
                            "".join("\n" + line for line in err.decode(
                                "utf-8", "replace").splitlines()[-5:]))
            break
        victim = remaining[index]
        failure = Outcome("HANG" if hung else "CRASH", victim)
        if hung:
            failure.message_lines = [f"no result within {timeout} s"]
        else:
            code = proc.returncode
            what = (f"killed by signal {signal.Signals(-code).name}"
                    if code < 0 else f"exit status {code}")
            failure.message_lines = [what] + err.decode(
                "utf-8", "replace").splitlines()[-5:]
        results[victim] = failure
        remaining = remaining[index + 1:]
    return results, problems


def run_front_end(binary, files, jobs, timeout):
    chunk_count = max(1, min(len(files), jobs * 4))
    chunks = [files[i::chunk_count] for i in range(chunk_count)]
    results, problems = {}, []
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        for chunk_results, chunk_problems in pool.map(
                lambda chunk: run_batch(binary, chunk, timeout), chunks):
            results.update(chunk_results)
            problems.extend(chunk_problems)
    for path in files:
        if path not in results:
            results[path] = Outcome("MISSING", path)
    return results, problems


# --- The symtable cross-check ---------------------------------------------------

def symtable_tables(path):
    with open(path, "rb") as f:
        source = f.read()
    top = symtable.symtable(source, path, "exec")
    tables = []

    def walk(table):
        symbols = {}
        for symbol in table.get_symbols():
            symbols[symbol.get_name()] = (symbol._Symbol__scope,
                                          symbol._Symbol__flags)
        tables.append((table.get_type(), table.get_name(), table.get_lineno(),
                       symbols))
        for child in table.get_children():
            walk(child)

    walk(top)
    return tables


def normalized_key(kind, name, line):
    if kind == "module":
        return ("module", "top", 0)
    if name.startswith("<") and name.endswith(">"):
        name = name[1:-1]
    return (kind, name, line)


def keyed(entries):
    """(key, occurrence) for each entry, in order."""
    seen = collections.Counter()
    result = []
    for entry in entries:
        key = normalized_key(entry[0], entry[1], entry[2])
        result.append(((key, seen[key]), entry))
        seen[key] += 1
    return result


def not_required(variable):
    """Symtable names our tree need not list."""
    # The implicit iterator argument of comprehensions (".0").
    if variable.startswith("."):
        return True
    # Folded to a constant, as CPython's AST optimizer does.
    if variable == "__debug__":
        return True
    return False


def cross_check(path, outcome):
    """Returns (kind mismatches, extra names, missing names, scope problems),
    each a list of text lines, and (scopes, names) compared."""
    mismatches, extra, missing, scope_problems = [], [], [], []
    compared_names = 0
    theirs = dict(keyed(symtable_tables(path)))
    ours = keyed(outcome.scopes)
    matched = set()
    for key, (kind, name, line, names) in ours:
        table = theirs.get(key)
        where = f"{kind} {name} (line {line})"
        if table is None:
            scope_problems.append(f"our scope {where} has no symtable entry")
            continue
        matched.add(key)
        symbols = table[3]
        listed = set()
        for variable, reference in names:
            listed.add(variable)
            if variable not in symbols:
                if kind == "class" and variable == "__class__":
                    continue
                extra.append(f"{where}: {variable} ({reference}) is not in "
                             f"the symtable")
                continue
            compared_names += 1
            expected = SCOPE_NAMES.get(symbols[variable][0], "?")
            if reference != expected:
                mismatches.append(f"{where}: {variable} is {reference}, "
                                  f"symtable says {expected}")
        for variable, (scope, flags) in symbols.items():
            if variable in listed or not_required(variable):
                continue
            if flags & USED_FLAGS:
                missing.append(f"{where}: {variable} "
                               f"({SCOPE_NAMES.get(scope, '?')}) not listed")
    for key, table in theirs.items():
        if key not in matched:
            scope_problems.append(
                f"symtable {table[0]} {table[1]} (line {table[2]}) has no "
                f"scope in our tree")
    return (mismatches, extra, missing, scope_problems,
            (len(matched), compared_names))


# --- Comparing ------------------------------------------------------------------

def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def first_differing_line(a, b):
    la, lb = a.splitlines(), b.splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<missing>"
        y = lb[i] if i < len(lb) else "<missing>"
        if x != y:
            return f"line {i + 1}: ours {x!r}, CPython {y!r}"
    return "same lines, different line endings"


def classify(ref, outcome, placeholders_ok):
    """Returns (category, detail) for checks (a)-(c); category None = pass,
    "skipped" = not counted."""
    tag = outcome.tag
    if tag in ("CRASH", "HANG", "MISSING"):
        return f"(a) {tag.lower()}", outcome.message
    if tag == "INTERNAL":
        if PLACEHOLDER_MARK in outcome.message:
            if placeholders_ok and ref.status == "ok":
                return "skipped", ""
            return "(a) internal: placeholder", outcome.message
        return "(a) internal error", outcome.message
    if ref.status == "other":
        return "CPython reference failed", f"exit {ref.returncode}: {ref.text}"
    if ref.status == "ok":
        if tag == "OK":
            return None, ""
        return "(b) rejected a file CPython accepts", outcome.message
    if ref.status == "input_error":
        if tag == "INPUT_ERROR":
            return None, ""
        return "(c) unreadable file not reported as input error", outcome.message
    # CPython rejects.
    if tag == "OK":
        return "(c) accepted a file CPython rejects", ref.text
    if tag != "REJECT":
        return f"(c) {tag} for a file CPython rejects", outcome.message
    if outcome.message == ref.text:
        return None, ""
    if last_line(outcome.message) != last_line(ref.text):
        return ("(c) different error",
                f"ours: {last_line(outcome.message)}\n"
                f"CPython: {last_line(ref.text)}")
    return ("(c) same error, different text",
            first_differing_line(outcome.message, ref.text))


def main():
    # compile() and symtable() here would print the files' SyntaxWarnings.
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0,
                        help="only the first N files (sorted)")
    parser.add_argument("--files", nargs="+", metavar="PATH",
                        help="only these files")
    parser.add_argument("--root", default=STDLIB)
    parser.add_argument("--binary", default=os.environ.get(
        "FRONTEND_BATCH",
        os.path.join(REPO, "bazel-bin/tests/stdlib/frontend_batch")))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=int, default=240,
                        help="seconds without completion before a batch "
                             "process counts as hung")
    parser.add_argument("--show", type=int, default=30,
                        help="failures to list in detail per check")
    parser.add_argument("--placeholders-ok", action="store_true",
                        help="do not count files that hit a reformulation "
                             "placeholder ('not written yet') as failures")
    args = parser.parse_args()

    if not os.access(args.binary, os.X_OK):
        sys.exit(f"run_stdlib_tests: no frontend_batch at {args.binary}; "
                 f"bazel build //tests/stdlib:frontend_batch")
    started = time.monotonic()
    if args.files:
        files = [os.path.abspath(p) for p in args.files]
        notes = collections.Counter()
    else:
        files, notes = collect_files(args.root)
        if args.limit:
            notes["left out by --limit"] = max(0, len(files) - args.limit)
            files = files[:args.limit]
    print(f"files: {len(files)}")
    if not args.files:
        for area, count in sorted(collections.Counter(
                area_of(p, args.root) for p in files).items()):
            print(f"  {area}: {count}")
    for note, count in sorted(notes.items()):
        print(f"  {note}: {count}")

    with tempfile.TemporaryDirectory(prefix="nuitka_cc_stdlib_") as workdir:
        hook_dir = os.path.join(workdir, "hook")
        os.mkdir(hook_dir)
        install_reference_hook(hook_dir)
        check_reference_hook(hook_dir, workdir)
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            ours_future = pool.submit(run_front_end, args.binary, files,
                                      args.jobs, args.timeout)
            references = compute_references(files, hook_dir, args.jobs,
                                            args.timeout)
            results, batch_problems = ours_future.result()
    print(f"front end and CPython runs: {time.monotonic() - started:.1f} s")

    passed = failed = 0
    failures = collections.defaultdict(list)
    tags = collections.Counter(o.tag for o in results.values())
    reference_counts = collections.Counter(r.status for r in references.values())
    compile_disagrees = []
    skipped = 0
    for path in files:
        ref, outcome = references[path], results[path]
        if (ref.compile_status != ref.status and
                ref.status in ("ok", "reject")):
            compile_disagrees.append(
                f"{path}: python3.11 FILE: {ref.status} "
                f"{last_line(ref.text)}; compile(): {ref.compile_status} "
                f"{last_line(ref.compile_text)}")
        category, detail = classify(ref, outcome, args.placeholders_ok)
        if category == "skipped":
            skipped += 1
        elif category is None:
            passed += 1
        else:
            failed += 1
            failures[category].append((path, detail))

    # (d) the symtable cross-check.
    d_passed = d_failed = d_not_checked = 0
    d_failures = collections.defaultdict(list)
    d_counts = collections.Counter()
    for path in files:
        ref, outcome = references[path], results[path]
        if ref.status != "ok":
            continue
        if outcome.tag != "OK":
            if outcome.tag == "INTERNAL" and PLACEHOLDER_MARK in outcome.message:
                if args.placeholders_ok:
                    continue
            d_not_checked += 1
            d_failed += 1
            continue
        try:
            (mismatches, extra, missing, scope_problems,
             (scope_count, name_count)) = cross_check(path, outcome)
        except Exception as error:  # symtable itself failed
            d_failed += 1
            d_failures["symtable error"].append((path, repr(error)))
            continue
        d_counts["scopes matched"] += scope_count
        d_counts["names compared"] += name_count
        d_counts["kind mismatches"] += len(mismatches)
        d_counts["names we list that symtable lacks"] += len(extra)
        d_counts["symtable names we do not list"] += len(missing)
        d_counts["scope matching problems"] += len(scope_problems)
        for name, items in (("kind mismatch", mismatches),
                            ("name not in symtable", extra),
                            ("missing name", missing),
                            ("scope matching", scope_problems)):
            if items:
                d_failures[name].append((path, "\n".join(items[:10]) + (
                    f"\n... {len(items) - 10} more" if len(items) > 10 else "")))
        if mismatches or extra or missing or scope_problems:
            d_failed += 1
        else:
            d_passed += 1

    print()
    print("CPython (python3.11 FILE): " + ", ".join(
        f"{status} {count}" for status, count in sorted(reference_counts.items())))
    print("ours: " + ", ".join(f"{tag} {count}"
                               for tag, count in sorted(tags.items())))
    placeholder_count = sum(
        1 for o in results.values()
        if o.tag == "INTERNAL" and PLACEHOLDER_MARK in o.message)
    if placeholder_count:
        by_construct = collections.Counter()
        for o in results.values():
            if o.tag == "INTERNAL" and PLACEHOLDER_MARK in o.message:
                text = last_line(o.message)
                by_construct[text.split(": ")[-1]] += 1
        print(f"  placeholders hit: {placeholder_count} files, first one "
              f"per file:")
        for text, count in by_construct.most_common():
            print(f"    {count:5d}  {text}")
    if compile_disagrees:
        print(f"\npython3.11 FILE and compile() disagree on "
              f"{len(compile_disagrees)} files (python3.11 FILE is the "
              f"reference):")
        for line in compile_disagrees[:args.show]:
            print("  " + line)

    print(f"\nchecks (a)-(c): {passed} passed, {failed} failed"
          + (f", {skipped} skipped (placeholders)" if skipped else ""))
    for category in sorted(failures):
        print(f"  {category}: {len(failures[category])}")
    print(f"check (d) symtable: {d_passed} passed, {d_failed} failed "
          f"({d_not_checked} not checked: no tree)")
    for what, count in sorted(d_counts.items()):
        print(f"  {what}: {count}")

    def show(title, items):
        print(f"\n== {title} ({len(items)} files)")
        for path, detail in items[:args.show]:
            print(f"- {path}")
            for line in detail.rstrip("\n").splitlines()[:12]:
                print(f"    {line}")

    for category in sorted(failures):
        if category == "(a) internal: placeholder":
            continue  # summarized above
        show(category, failures[category])
    for category in sorted(d_failures):
        show(f"(d) {category}", d_failures[category])

    if batch_problems:
        print(f"\n== (a) batch processes failing at exit "
              f"({len(batch_problems)})")
        for problem in batch_problems:
            print("  " + problem.replace("\n", "\n    "))
    passed += d_passed
    failed += d_failed + len(batch_problems)
    print(f"\ntime: {time.monotonic() - started:.1f} s")
    print(f"RESULT {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
