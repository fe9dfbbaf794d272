#!/usr/bin/python3.11
"""Golden tree tests: each tests/tree/NAME.py is dumped with
`nuitka-cc --no-optimization --dump-tree=xml` (the front end's tree, before
optimization) and compared with tests/tree/NAME.xml.

Each program is also dumped twice in every format (xml, dot) to check that
the output is deterministic. `--regenerate` rewrites the expected files
(review the diff before committing). Ends with `RESULT N passed, N failed`.
"""

import argparse
import difflib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TREE_DIR = os.path.join(ROOT, "tests", "tree")


def compiler():
    return os.environ.get("NUITKA_CC", os.path.join(ROOT, "bazel-bin/nuitka_cc/driver/nuitka-cc"))


def dump(relative_path, fmt):
    result = subprocess.run(
        [compiler(), "--no-optimization", f"--dump-tree={fmt}", relative_path],
        cwd=ROOT, capture_output=True, timeout=120)
    # The dump names the file by its absolute path; make it repository-relative.
    text = result.stdout.decode("utf-8", "replace").replace(ROOT + "/", "")
    return result.returncode, text, result.stderr.decode("utf-8", "replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--only", help="run only this test name")
    args = parser.parse_args()

    names = sorted(f[:-3] for f in os.listdir(TREE_DIR) if f.endswith(".py") and not f.startswith("run_"))
    if args.only:
        names = [n for n in names if n == args.only]
    passed = failed = 0
    for name in names:
        relative = os.path.join("tests", "tree", name + ".py")
        expected_path = os.path.join(TREE_DIR, name + ".xml")
        status, text, stderr = dump(relative, "xml")
        if status != 0:
            print(f"FAIL {name}: exit status {status}\n{stderr}")
            failed += 1
            continue
        if args.regenerate:
            with open(expected_path, "w", encoding="utf-8") as f:
                f.write(text)
        try:
            with open(expected_path, encoding="utf-8") as f:
                expected = f.read()
        except FileNotFoundError:
            print(f"FAIL {name}: no expected dump {expected_path} (run tools/regenerate_tree_goldens.sh)")
            failed += 1
            continue
        if text != expected:
            diff = difflib.unified_diff(expected.splitlines(), text.splitlines(),
                                        "expected", "actual", lineterm="", n=2)
            print(f"FAIL {name}: dump differs\n" + "\n".join(list(diff)[:60]))
            failed += 1
        else:
            passed += 1
        for fmt in ("xml", "dot"):
            first = dump(relative, fmt)
            second = dump(relative, fmt)
            if first != second or first[0] != 0:
                print(f"FAIL {name}: --dump-tree={fmt} is not deterministic")
                failed += 1
            else:
                passed += 1
    print(f"RESULT {passed} passed, {failed} failed")
    return 1 if failed or not names else 0


if __name__ == "__main__":
    sys.exit(main())
