#!/usr/bin/python3.11
"""Compiles each program of tests/basics/ with nuitka-cc, runs the result and
`python3.11 FILE` on the same file, and checks that standard output,
standard error and the exit status are identical. Ends with
`RESULT N passed, N failed`; exits non-zero if anything failed.

    tests/basics/run_basics_tests.py                 all programs
    tests/basics/run_basics_tests.py --only lists    one (repeatable)
    tests/basics/run_basics_tests.py --keep          keep the build dirs
    tests/basics/run_basics_tests.py --cc=gcc        compile with gcc

Both runs get the same absolute path of the program (so tracebacks name the
same file), the same working directory (emptied between the runs), no
arguments, standard input from /dev/null and the same small environment
with PYTHONHASHSEED=0. The generated C must compile without warnings (the
compile logs are checked). Programs are compiled and run two at a time, each
compile with --jobs 1. The path of the temporary directory is replaced by
<tmp> in both outputs before comparing.
"""

import argparse
import concurrent.futures
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COMPILER = os.environ.get("NUITKA_CC", os.path.join(ROOT, "bazel-bin/nuitka_cc/driver/nuitka-cc"))
PYTHON = "/usr/bin/python3.11"
RUNNER = os.path.basename(__file__)
COMPILE_TIMEOUT = 300
RUN_TIMEOUT = 60
DIFF_LINES = 40


def programs():
    return sorted(name for name in os.listdir(HERE)
                  if name.endswith(".py") and name != RUNNER)


def program_env(home):
    return {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "HOME": home,
            "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}


def run(argv, cwd, env, timeout):
    """(stdout, stderr, status) of a run; status is "timeout" if it hung."""
    try:
        proc = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired as timed_out:
        return timed_out.stdout or b"", timed_out.stderr or b"", "timeout"
    return proc.stdout, proc.stderr, proc.returncode


def fresh_dir(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)


def text_diff(name, expected, actual):
    lines = list(difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(),
        actual.decode("utf-8", "replace").splitlines(),
        f"python3.11 {name}", f"compiled {name}", lineterm="", n=2))
    if len(lines) > DIFF_LINES:
        lines = lines[:DIFF_LINES] + [f"... ({len(lines) - DIFF_LINES} more lines)"]
    return "\n".join("    " + line for line in lines)


def compiler_warnings(build_dir):
    """The warning lines of the compile logs: generated C must compile
    without warnings."""
    lines = []
    for log in sorted(os.listdir(build_dir)):
        if log.endswith(".c.log"):
            with open(os.path.join(build_dir, log), errors="replace") as f:
                lines += [line.rstrip() for line in f if "warning:" in line]
    return lines


def check_program(name, keep, cc):
    """(passed, details) for one program."""
    source = os.path.join(HERE, name)
    tmp = tempfile.mkdtemp(prefix=f"basics_{name[:-3]}_")
    try:
        out_dir = os.path.join(tmp, "out")
        work = os.path.join(tmp, "cwd")
        compiled = subprocess.run(
            [COMPILER, "--jobs=1", f"--cc={cc}", f"--output-dir={out_dir}", source],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, timeout=COMPILE_TIMEOUT)
        if compiled.returncode != 0:
            return False, "\n  ".join([
                f"compiling failed with status {compiled.returncode}:\n    " +
                compiled.stderr.decode("utf-8", "replace").strip().replace("\n", "\n    ")
            ] + kept(keep, tmp))
        binary = os.path.join(out_dir, name[:-3] + ".bin")
        fresh_dir(work)
        expected = run([PYTHON, source], work, program_env(work), RUN_TIMEOUT)
        fresh_dir(work)
        actual = run([binary], work, program_env(work), RUN_TIMEOUT)
        expected = tuple(normalize(part, tmp) for part in expected)
        actual = tuple(normalize(part, tmp) for part in actual)
        problems = []
        warnings = compiler_warnings(os.path.join(out_dir, name[:-3] + ".build"))
        if warnings:
            problems.append("the C compiler warned:\n    " + "\n    ".join(warnings[:DIFF_LINES]))
        if actual[2] != expected[2]:
            problems.append(f"exit status {actual[2]}, python3.11 gives {expected[2]}")
        if actual[0] != expected[0]:
            problems.append("stdout differs:\n" + text_diff(name, expected[0], actual[0]))
        if actual[1] != expected[1]:
            problems.append("stderr differs:\n" + text_diff(name, expected[1], actual[1]))
        return not problems, "\n  ".join(problems + kept(keep, tmp))
    except subprocess.TimeoutExpired:
        return False, "\n  ".join([f"compiling took more than {COMPILE_TIMEOUT} s"] +
                                  kept(keep, tmp))
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def kept(keep, tmp):
    return [f"kept in {tmp}"] if keep else []


def normalize(part, tmp):
    if isinstance(part, bytes):
        return part.replace(tmp.encode(), b"<tmp>")
    return part


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="run only this program (name with or without .py); repeatable")
    parser.add_argument("--keep", action="store_true",
                        help="keep each program's temporary build and run directory")
    parser.add_argument("--cc", default="clang",
                        help="the C compiler nuitka-cc uses (default clang)")
    parser.add_argument("--workers", type=int, default=2,
                        help="programs compiled and run at once (default 2)")
    args = parser.parse_args()

    names = programs()
    if args.only:
        wanted = {n if n.endswith(".py") else n + ".py" for n in args.only}
        unknown = sorted(wanted - set(names))
        if unknown:
            print(f"unknown program(s): {', '.join(unknown)}")
            print("RESULT 0 passed, 1 failed")
            return 1
        names = [n for n in names if n in wanted]
    if not os.access(COMPILER, os.X_OK):
        print(f"nuitka-cc not found at {COMPILER}; build it first")
        print("RESULT 0 passed, 1 failed")
        return 1

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.workers)) as pool:
        futures = [pool.submit(check_program, name, args.keep, args.cc) for name in names]
        for name, future in zip(names, futures):
            ok, details = future.result()
            if ok:
                passed += 1
                print(f"ok   {name}" + (f"  ({details})" if details else ""), flush=True)
            else:
                failed += 1
                print(f"FAIL {name}\n  {details}", flush=True)
    print(f"RESULT {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
