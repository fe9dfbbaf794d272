#!/usr/bin/python3.11
"""Code generator tests: each tests/codegen/NAME.py is turned into C by the
code generator's own tool (bazel-bin/codegen/generate_c), compiled with
`-Wall -Werror` by clang and gcc against the runtime and the static
libpython, and run; its standard output, standard error (tracebacks
included) and exit status must equal those of `/usr/bin/python3.11 NAME.py`.
With --debug the program is built against Debian's debug CPython
(python3.11-dbg, runtime sources compiled alongside) and compared with
python3.11-dbg, which also checks reference counts (see refcount_leaks.py)
and the interpreter's assertions.

  tests/codegen/run_codegen_tests.py                 every test, clang and gcc
  tests/codegen/run_codegen_tests.py --only NAME     one test
  tests/codegen/run_codegen_tests.py --debug         against python3.11-dbg

Needs `bazel build //codegen:generate_c //static_src:runtime`. Ends with
`RESULT N passed, N failed`; exits non-zero if anything failed.
"""

import argparse
import difflib
import glob
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEST_DIR = os.path.join(ROOT, "tests", "codegen")
GENERATE = os.path.join(ROOT, "bazel-bin", "codegen", "generate_c")
RUNTIME_LIBRARY = os.path.join(ROOT, "bazel-bin", "static_src", "libruntime.a")
RUNTIME_SOURCES = sorted(glob.glob(os.path.join(ROOT, "static_src", "runtime", "*.c")))
INCLUDE = os.path.join(ROOT, "static_src", "include")
CONFIG = "/usr/lib/python3.11/config-3.11{}-x86_64-linux-gnu/libpython3.11{}.a"
LIBRARIES = ["-ldl", "-lm", "-lz", "-lexpat", "-lpthread", "-lutil"]
TIMEOUT_SECONDS = 300


def clean_environment():
    return {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}


def build(source, work, compiler, debug):
    """Generates and compiles; returns (binary or None, message)."""
    generated = subprocess.run([GENERATE, source, work], capture_output=True, text=True,
                               timeout=TIMEOUT_SECONDS)
    if generated.returncode != 0:
        return None, "generate_c failed:\n" + generated.stderr
    suffix = "d" if debug else ""
    command = [compiler, "-O0" if debug else "-O2", "-Wall", "-Werror", "-I" + INCLUDE,
               "-I/usr/include/python3.11" + suffix,
               os.path.join(work, "module.__main__.c"), os.path.join(work, "main.c")]
    if debug:
        command += ["-DPy_BUILD_CORE"] + RUNTIME_SOURCES
    else:
        command.append(RUNTIME_LIBRARY)
    binary = os.path.join(work, "app.bin")
    command += ["-Wl,--export-dynamic", CONFIG.format(suffix, suffix)] + LIBRARIES + [
        "-no-pie", "-o", binary]
    compiled = subprocess.run(command, capture_output=True, text=True,
                              timeout=TIMEOUT_SECONDS)
    if compiled.returncode != 0:
        return None, "C compile failed:\n" + compiled.stderr
    return binary, generated.stderr


def run(command, cwd):
    try:
        proc = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True,
                              cwd=cwd, env=clean_environment(), timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return None
    return proc.stdout, proc.stderr, proc.returncode


def check(name, compiler, debug, verbose):
    source = os.path.join(TEST_DIR, name + ".py")
    work = tempfile.mkdtemp(prefix="nuitka_cc_codegen_")
    try:
        binary, message = build(source, work, compiler, debug)
        if binary is None:
            return False, message
        got = run([binary], TEST_DIR)
        expected = run(["/usr/bin/python3.11" + ("-dbg" if debug else ""), source], TEST_DIR)
        if got is None or expected is None:
            return False, "timeout"
        if got == expected:
            return True, message if verbose else ""
        lines = []
        for label, want, have in (("stdout", expected[0], got[0]),
                                  ("stderr", expected[1], got[1])):
            if want != have:
                lines += difflib.unified_diff(
                    want.decode(errors="replace").splitlines(),
                    have.decode(errors="replace").splitlines(),
                    "python3.11 " + label, "compiled " + label, lineterm="")
        if expected[2] != got[2]:
            lines.append("exit status: python3.11 %d, compiled %d" % (expected[2], got[2]))
        return False, "\n".join(lines)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--only")
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="print the reports")
    args = parser.parse_args()
    names = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(TEST_DIR, "*.py"))
                   if not os.path.basename(p).startswith("run_"))
    if args.only:
        names = [args.only[:-3] if args.only.endswith(".py") else args.only]
    compilers = ["gcc"] if args.debug else ["clang", "gcc"]
    passed = failed = 0
    for name in names:
        for compiler in compilers:
            ok, message = check(name, compiler, args.debug, args.verbose)
            label = "%s (%s%s)" % (name, compiler, ", debug" if args.debug else "")
            if ok:
                passed += 1
                print("PASS", label)
            else:
                failed += 1
                print("FAIL", label)
            if message:
                print("  " + message.replace("\n", "\n  "))
    print("RESULT %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
