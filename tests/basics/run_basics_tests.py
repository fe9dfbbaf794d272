#!/usr/bin/python3.11
"""Compiles each program of tests/basics/ with nuitka-cc, runs the result and
`python3.11 FILE` on the same file, and checks that standard output,
standard error and the exit status are identical. Ends with
`RESULT N passed, N failed`; exits non-zero if anything failed.

    tests/basics/run_basics_tests.py                 all programs
    tests/basics/run_basics_tests.py --only lists    one (repeatable)
    tests/basics/run_basics_tests.py --keep          keep the build dirs
    tests/basics/run_basics_tests.py --cc=gcc        compile with gcc
    tests/basics/run_basics_tests.py --debug         against python3.11-dbg

Both runs get the same absolute path of the program (so tracebacks name the
same file), the same working directory (emptied between the runs), no
arguments, standard input from /dev/null and the same small environment
with PYTHONHASHSEED=0. The generated C must compile without warnings (the
compile logs are checked). Programs are compiled and run two at a time, each
compile with --jobs 1. The path of the temporary directory is replaced by
<tmp> in both outputs before comparing.

With --debug, the same suite runs against Debian's debug CPython: each
program is compiled with `nuitka-cc --python-debug` (gcc -O0 by default,
see DEBUG_CC) and compared as above with `python3.11-dbg FILE`. Two more
things are checked; a program counts as one check, passed only if all hold:

- No assertion fires. The debug interpreter checks its invariants (a
  reference count that drops too low, an object of the wrong type given to
  a macro, an exception set while a result is returned...) and aborts with
  SIGABRT; the generated C and the runtime are compiled with assertions on
  too. Such a death is reported with the assertion's message.

- No reference leaks. The program is run a second time with
  NUITKA_CC_REFCOUNT_ROUNDS=6 (static_src/runtime/refcount_rounds.c): it
  first runs its module body 6 times in a reset __main__ dict with its
  output discarded, collecting garbage after each round, and prints the
  total reference count (sys.gettotalrefcount()) after each one. The first
  DEBUG_WARMUP_ROUNDS rounds import modules and fill the interpreter's
  caches, and the second may take another path than the first (finding the
  file the first one wrote, say); the figures after them must be equal. If
  they are not, the program may keep something from every round on purpose
  (an atexit handler; CPython 3.11's own leak when __hash__ returns a
  non-int): python3.11-dbg then runs the same rounds on the program's
  bytecode (REFERENCE_ROUNDS), and the compiled program passes only if its
  figures grow by exactly the same amounts. A compiled path that leaks one
  reference per execution therefore fails, whatever the program keeps.
  Programs that cannot run their body more than once are listed in
  NO_ROUNDS with the reason; for them only the first two checks are made.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
COMPILER = os.environ.get("NUITKA_CC", os.path.join(ROOT, "bazel-bin/nuitka_cc/driver/nuitka-cc"))
PYTHON = "/usr/bin/python3.11"
PYTHON_DEBUG = "/usr/bin/python3.11-dbg"
RUNNER = os.path.basename(__file__)
COMPILE_TIMEOUT = 300
RUN_TIMEOUT = 60
DIFF_LINES = 40

# --debug: the C compiler and optimisation level. Compiling dominates (the
# programs are short): at -O0 gcc and clang take the same time, -O1 half as
# long again; gcc, since the release suite already compiles with clang.
DEBUG_CC = "gcc"
DEBUG_C_OPT = "-O0"
# Rounds run by NUITKA_CC_REFCOUNT_ROUNDS; the figures after the first
# DEBUG_WARMUP_ROUNDS must be equal.
DEBUG_ROUNDS = 6
DEBUG_WARMUP_ROUNDS = 2
# Programs whose module body cannot run more than once, and why.
NO_ROUNDS = {
    "exc_os_exit.py": "os._exit() ends the process in the first round",
}

# What refcount_rounds.c does, done by python3.11-dbg on the program's
# bytecode: argv is [-c, PROGRAM, ROUNDS].
REFERENCE_ROUNDS = r'''
def rounds():
    import gc, os, sys
    path, count = sys.argv[1], int(sys.argv[2])
    sys.argv[:] = [path]
    sys.path[0] = os.path.dirname(path)
    main = sys.modules["__main__"].__dict__
    for name in list(main):
        if name not in ("__name__", "__doc__", "__package__", "__loader__",
                        "__spec__", "__annotations__", "__builtins__"):
            del main[name]
    main["__file__"] = path
    main["__cached__"] = None
    with open(path, "rb") as source:
        code = compile(source.read(), path, "exec", dont_inherit=True)
    pristine = dict(main)
    figures = [None] * count
    for i in range(count):
        stdout, stderr = sys.stdout, sys.stderr
        gc_enabled = gc.isenabled()
        sink = open(os.devnull, "w", encoding=stdout.encoding, errors=stdout.errors)
        sys.stdout = sys.stderr = sink
        try:
            exec(code, main)
        except BaseException:
            pass
        main.clear()
        main.update(pristine)
        typing = sys.modules.get("typing")
        if typing is not None:
            for clear in typing._cleanups:
                clear()
        gc.collect()
        sys.stdout, sys.stderr = stdout, stderr
        sink.close()
        del sink
        (gc.enable if gc_enabled else gc.disable)()
        gc.collect()
        sys._clear_type_cache()
        figures[i] = sys.gettotalrefcount()
    print("refcount rounds:", *figures, file=sys.stderr)
rounds()
'''
ROUNDS_LINE = re.compile(rb"^refcount rounds:((?: -?\d+)+)$", re.M)


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


def text_diff(name, expected, actual, reference):
    lines = list(difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(),
        actual.decode("utf-8", "replace").splitlines(),
        f"{reference} {name}", f"compiled {name}", lineterm="", n=2))
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


def describe_status(status):
    if isinstance(status, int) and status < 0:
        try:
            return f"{status} (killed by {signal.Signals(-status).name})"
        except ValueError:
            pass
    return str(status)


def assertion_failure(what, stderr, status):
    """A message if a debug-build run died of an assertion, else None.
    CPython's assertions and _PyObject_ASSERT print their condition (and
    the object) and abort(), as do the C library's assert() in the runtime
    and the generated C."""
    text = stderr.decode("utf-8", "replace")
    if status != -signal.SIGABRT and "Fatal Python error" not in text:
        return None
    keys = ("Assertion", "assert", "Fatal Python error", "object type name",
            "object repr", "refcount")
    lines = [line for line in text.splitlines() if any(k in line for k in keys)]
    return (f"an assertion fired in the debug build ({what}, exit status "
            f"{describe_status(status)}):\n    " +
            "\n    ".join(lines[:DIFF_LINES] or text.splitlines()[-DIFF_LINES:]))


def rounds_figures(stderr):
    """The figures of the `refcount rounds:` line, or None."""
    found = ROUNDS_LINE.findall(stderr)
    return [int(f) for f in found[-1].split()] if found else None


def growth(figures):
    """How the figure changes from each compared round to the next."""
    compared = figures[DEBUG_WARMUP_ROUNDS - 1:]
    return [b - a for a, b in zip(compared, compared[1:])]


def signed(deltas):
    return " ".join(f"{d:+d}" for d in deltas)


def refcount_problems(name, source, binary, work):
    """Runs the rounds (see the module docstring); the problems found."""
    fresh_dir(work)
    env = program_env(work)
    env["NUITKA_CC_REFCOUNT_ROUNDS"] = str(DEBUG_ROUNDS)
    stdout, stderr, status = run([binary], work, env, RUN_TIMEOUT * 2)
    died = assertion_failure("NUITKA_CC_REFCOUNT_ROUNDS run", stderr, status)
    if died:
        return [died]
    figures = rounds_figures(stderr)
    if figures is None or len(figures) != DEBUG_ROUNDS:
        return [f"the NUITKA_CC_REFCOUNT_ROUNDS={DEBUG_ROUNDS} run printed no "
                f"`refcount rounds:` line (exit status {describe_status(status)}); "
                f"stderr ends:\n    " + "\n    ".join(
                    stderr.decode("utf-8", "replace").splitlines()[-10:])]
    compiled = growth(figures)
    if not any(compiled):
        return []
    fresh_dir(work)
    _, ref_stderr, ref_status = run(
        [PYTHON_DEBUG, "-c", REFERENCE_ROUNDS, source, str(DEBUG_ROUNDS)], work,
        program_env(work), RUN_TIMEOUT * 2)
    ref_figures = rounds_figures(ref_stderr)
    if ref_figures is not None and len(ref_figures) == DEBUG_ROUNDS:
        reference = growth(ref_figures)
        if reference == compiled:
            return []
        reference_text = f"python3.11-dbg running the same rounds: {signed(reference)}"
    else:
        reference_text = (f"python3.11-dbg running the same rounds failed "
                          f"(exit status {describe_status(ref_status)})")
    return [f"leaks references: the total reference count after rounds "
            f"{DEBUG_WARMUP_ROUNDS}..{DEBUG_ROUNDS} changes by {signed(compiled)} "
            f"per round ({reference_text}); figures: {' '.join(map(str, figures))}"]


def check_program(name, args):
    """(passed, details) for one program."""
    source = os.path.join(HERE, name)
    tmp = tempfile.mkdtemp(prefix=f"basics_{name[:-3]}_")
    reference = "python3.11-dbg" if args.debug else "python3.11"
    try:
        out_dir = os.path.join(tmp, "out")
        work = os.path.join(tmp, "cwd")
        flags = [f"--cc={args.cc}"]
        if args.c_opt:
            flags.append(f"--c-opt={args.c_opt}")
        if args.debug:
            flags.append("--python-debug")
        compiled = subprocess.run(
            [COMPILER, "--jobs=1", *flags, f"--output-dir={out_dir}", source],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, timeout=COMPILE_TIMEOUT)
        if compiled.returncode != 0:
            return False, "\n  ".join([
                f"compiling failed with status {compiled.returncode}:\n    " +
                compiled.stderr.decode("utf-8", "replace").strip().replace("\n", "\n    ")
            ] + kept(args.keep, tmp))
        binary = os.path.join(out_dir, name[:-3] + ".bin")
        fresh_dir(work)
        expected = run([PYTHON_DEBUG if args.debug else PYTHON, source], work,
                       program_env(work), RUN_TIMEOUT)
        fresh_dir(work)
        actual = run([binary], work, program_env(work), RUN_TIMEOUT)
        expected = tuple(normalize(part, tmp) for part in expected)
        actual = tuple(normalize(part, tmp) for part in actual)
        problems = []
        warnings = compiler_warnings(os.path.join(out_dir, name[:-3] + ".build"))
        if warnings:
            problems.append("the C compiler warned:\n    " + "\n    ".join(warnings[:DIFF_LINES]))
        died = args.debug and assertion_failure("normal run", actual[1], actual[2])
        if died:
            problems.append(died)
        if actual[2] != expected[2]:
            problems.append(f"exit status {describe_status(actual[2])}, {reference} gives "
                            f"{describe_status(expected[2])}")
        if actual[0] != expected[0]:
            problems.append("stdout differs:\n" + text_diff(name, expected[0], actual[0],
                                                            reference))
        if actual[1] != expected[1] and not died:
            problems.append("stderr differs:\n" + text_diff(name, expected[1], actual[1],
                                                            reference))
        if args.debug and name not in NO_ROUNDS:
            problems += refcount_problems(name, source, binary, work)
        return not problems, "\n  ".join(problems + kept(args.keep, tmp))
    except subprocess.TimeoutExpired:
        return False, "\n  ".join([f"compiling took more than {COMPILE_TIMEOUT} s"] +
                                  kept(args.keep, tmp))
    finally:
        if not args.keep:
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
    parser.add_argument("--cc", help=f"the C compiler nuitka-cc uses (default clang; "
                                     f"{DEBUG_CC} with --debug)")
    parser.add_argument("--c-opt", help=f"nuitka-cc's --c-opt (default its own, -O2; "
                                        f"{DEBUG_C_OPT} with --debug)")
    parser.add_argument("--debug", action="store_true",
                        help="build against python3.11-dbg (--python-debug), compare with it, "
                             "check assertions and reference counts")
    parser.add_argument("--workers", type=int, default=2,
                        help="programs compiled and run at once (default 2)")
    args = parser.parse_args()
    if args.cc is None:
        args.cc = DEBUG_CC if args.debug else "clang"
    if args.c_opt is None and args.debug:
        args.c_opt = DEBUG_C_OPT

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
    if args.debug and not os.access(PYTHON_DEBUG, os.X_OK):
        print(f"{PYTHON_DEBUG} not found: install python3.11-dbg (tools/setup.sh does)")
        print("RESULT 0 passed, 1 failed")
        return 1

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.workers)) as pool:
        futures = [pool.submit(check_program, name, args) for name in names]
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
