#!/usr/bin/python3.11
"""Optimization tests: each tests/optimizations/NAME.py carries FileCheck
directives in comments, checked against what the optimizer did:

    # CHECK: ...        against `nuitka-cc --dump-tree=xml NAME.py`
    # CHECK-NOT: ...    (and the other FileCheck forms with the CHECK prefix)
    # OPT: ...          against `nuitka-cc --show-optimizations NAME.py`
    # OPT-NOT: ...

Every program is also compiled (optimized) and run, and its stdout, stderr
and exit status must equal those of `python3.11 NAME.py`: an optimization
must never change behaviour. Ends with `RESULT N passed, N failed` (one
check per program and kind: dump and optimizations where the program has
such directives, and run).

    tests/optimizations/run_optimization_tests.py [--only NAME]...
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COMPILER = os.environ.get("NUITKA_CC", os.path.join(ROOT, "bazel-bin/nuitka_cc/driver/nuitka-cc"))
FILECHECK = "/usr/lib/llvm-14/bin/FileCheck"
PYTHON = "/usr/bin/python3.11"
TIMEOUT = 300


def programs():
    return sorted(name[:-3] for name in os.listdir(HERE)
                  if name.endswith(".py") and not name.startswith("run_"))


def env():
    return {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1", "HOME": tempfile.gettempdir()}


def has_directives(source, prefix):
    with open(source, encoding="utf-8") as handle:
        return f"# {prefix}" in handle.read()


def file_check(source, prefix, text):
    """None when the text passes the prefix's directives, else the failure."""
    proc = subprocess.run([FILECHECK, f"--check-prefix={prefix}", source],
                          input=text, capture_output=True, timeout=TIMEOUT)
    if proc.returncode == 0:
        return None
    return proc.stderr.decode(errors="replace")


def run(argv, cwd):
    proc = subprocess.run(argv, cwd=cwd, env=env(), stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=TIMEOUT)
    return proc.stdout, proc.stderr, proc.returncode


def check(name):
    """(kind, failure message or None) for each check of one program."""
    source = os.path.join(HERE, name + ".py")
    results = []
    dump = subprocess.run([COMPILER, "--dump-tree=xml", source], capture_output=True,
                          timeout=TIMEOUT)
    if dump.returncode != 0:
        results.append(("dump", "nuitka-cc --dump-tree failed:\n" + dump.stderr.decode()))
    elif has_directives(source, "CHECK"):
        results.append(("dump", file_check(source, "CHECK", dump.stdout)))
    work = tempfile.mkdtemp(prefix="nuitka_cc_opt_")
    try:
        shown = subprocess.run([COMPILER, "--show-optimizations", f"--output-dir={work}",
                                "--jobs=1", source],
                               capture_output=True, timeout=TIMEOUT, cwd=work)
        if shown.returncode != 0:
            results.append(("optimizations", "nuitka-cc failed:\n" + shown.stderr.decode()))
            results.append(("run", "not built"))
            return results
        if has_directives(source, "OPT"):
            results.append(("optimizations", file_check(source, "OPT", shown.stdout)))
        binary = os.path.join(work, name + ".bin")
        got = run([binary], work)
        expected = run([PYTHON, source], work)
        if got == expected:
            results.append(("run", None))
        else:
            results.append(("run", "output differs from python3.11:\n"
                            f"  python3.11: {expected!r}\n  compiled:   {got!r}"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", action="append")
    args = parser.parse_args()
    names = [n[:-3] if n.endswith(".py") else n for n in args.only] if args.only else programs()
    passed = failed = 0
    for name in names:
        for kind, failure in check(name):
            if failure is None:
                passed += 1
                print(f"ok   {name} ({kind})")
            else:
                failed += 1
                print(f"FAIL {name} ({kind})")
                print("  " + failure.strip().replace("\n", "\n  "))
    print(f"RESULT {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
