#!/usr/bin/python3.11
"""Rejected-program tests: each tests/syntax/NAME.py is a program CPython
3.11 refuses (parser, tokenizer and encoding, future statements, symbol
table, or the compiler's own checks). `nuitka-cc NAME.py --dump-tree=xml`
must refuse it the same way: exit status 1 for both, and standard error
identical to what `/usr/bin/python3.11 NAME.py` prints, byte for byte.

Both run from the repository root with the same relative path, so the file
name in the message is made absolute the same way. The name prefix says
which stage of CPython raises the error; comments in each file say why.

  tests/syntax/run_syntax_tests.py               every test
  tests/syntax/run_syntax_tests.py --only NAME   one test (NAME or NAME.py)

The compiler is $NUITKA_CC, by default bazel-bin/nuitka_cc/driver/nuitka-cc.
Ends with `RESULT N passed, N failed`; exits non-zero if anything failed.
"""

import argparse
import difflib
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SYNTAX_DIR = os.path.join(ROOT, "tests", "syntax")
PYTHON = "/usr/bin/python3.11"
TIMEOUT_SECONDS = 120


def compiler():
    return os.environ.get("NUITKA_CC", os.path.join(ROOT, "bazel-bin/nuitka_cc/driver/nuitka-cc"))


def clean_environment():
    # PYTHONWARNINGS, PYTHONPATH and the like would change what python3.11
    # prints; the compiler's embedded interpreter ignores them anyway.
    return {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def run(command):
    """Returns (exit status, stderr bytes), or (None, reason) if it cannot run."""
    try:
        result = subprocess.run(command, cwd=ROOT, env=clean_environment(),
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS)
    except FileNotFoundError as error:
        return None, f"cannot run {command[0]}: {error}".encode()
    except subprocess.TimeoutExpired:
        return None, f"{command[0]} took more than {TIMEOUT_SECONDS}s".encode()
    return result.returncode, result.stderr


def show(data):
    return data.decode("utf-8", "backslashreplace")


def check(name):
    """Returns None if the test passes, else the text to print."""
    relative = os.path.join("tests", "syntax", name + ".py")
    expected_status, expected = run([PYTHON, relative])
    actual_status, actual = run([compiler(), relative, "--dump-tree=xml"])
    if expected_status != 1:
        return (f"FAIL {name}: python3.11 exits with {expected_status}, not 1; "
                f"the test program is not rejected\n{show(expected)}")
    if actual_status is None:
        return f"FAIL {name}: {show(actual)}"
    problems = []
    if actual_status != 1:
        problems.append(f"exit status {actual_status}, not 1")
    if actual != expected:
        problems.append("stderr differs")
    if not problems:
        return None
    diff = difflib.unified_diff(show(expected).splitlines(), show(actual).splitlines(),
                                "python3.11", "nuitka-cc", lineterm="", n=3)
    return f"FAIL {name}: {', '.join(problems)}\n" + "\n".join(list(diff)[:60])


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", metavar="NAME", help="run only this test")
    args = parser.parse_args()

    names = sorted(f[:-3] for f in os.listdir(SYNTAX_DIR)
                   if f.endswith(".py") and not f.startswith("run_"))
    if args.only:
        wanted = args.only[:-3] if args.only.endswith(".py") else args.only
        names = [n for n in names if n == wanted]
        if not names:
            print(f"no test named '{wanted}' in {SYNTAX_DIR}")
    passed = failed = 0
    for name in names:
        problem = check(name)
        if problem is None:
            passed += 1
        else:
            print(problem)
            failed += 1
    if not names:
        failed += 1
    print(f"RESULT {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
