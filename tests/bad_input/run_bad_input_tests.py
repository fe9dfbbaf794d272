#!/usr/bin/python3.11
"""Bad and extreme inputs for the nuitka-cc command.

Generates its inputs in a temporary directory and runs NUITKA_CC (default
bazel-bin/nuitka_cc/driver/nuitka-cc, relative to the repository) on each
under a 2 GiB address-space limit and a timeout. Every run must end by
exit(), not a signal. Errors must go to stderr (non-empty, naming the file)
with nothing on stdout:

  exit 2  usage and input/output errors (missing, unreadable or huge file,
          directory, unknown flag, bad --dump-tree, unwritable --output);
  exit 1  programs CPython rejects; stderr must then be exactly what
          `/usr/bin/python3.11 FILE` prints;
  exit 0  valid programs, however large or empty, with a module tree.

CPython's verdict comes from `python3.11 -s FILE` with an audit hook that
ends the process just before the compiled module would run, so no input is
ever executed.

  tests/bad_input/run_bad_input_tests.py [-k SUBSTRING] [--keep]

The last line is `RESULT <passed> passed, <failed> failed`.
"""

import argparse
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "support"))
from reference_python import (install_reference_hook,  # noqa: E402
                              limit_address_space, run_reference)

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIMEOUT = 300



class Run:
    def __init__(self, args, returncode, stdout, stderr, seconds, timed_out):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds
        self.timed_out = timed_out


def run_nuitka_cc(binary, args, cwd):
    started = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([binary] + args, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err, cwd=cwd,
                                preexec_fn=limit_address_space)
        timed_out = False
        try:
            proc.wait(TIMEOUT)
        except subprocess.TimeoutExpired:
            timed_out = True
            proc.kill()
            proc.wait()
        out.seek(0)
        err.seek(0)
        # Keep the head of a large stdout only.
        stdout = out.read(1 << 20)
        stderr = err.read().decode("utf-8", "surrogateescape")
    return Run(args, proc.returncode, stdout, stderr,
               time.monotonic() - started, timed_out)


def cpython_reference(path, hook_dir):
    """('ok', '') or ('reject', stderr) or ('other', description)."""
    status, text, returncode = run_reference(path, hook_dir, TIMEOUT)
    if status in ("ok", "reject"):
        return status, text if status == "reject" else ""
    if status == "timeout":
        return "other", "python3.11 timed out"
    if returncode is not None and returncode < 0:
        return "other", (f"python3.11 killed by signal "
                         f"{signal.Signals(-returncode).name}")
    return "other", f"python3.11 exit {returncode}: {text[-500:]}"


def first_difference(ours, theirs):
    a, b = ours.splitlines(), theirs.splitlines()
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<missing>"
        y = b[i] if i < len(b) else "<missing>"
        if x != y:
            return f"line {i + 1}: ours {x[:200]!r}\n      CPython {y[:200]!r}"
    return "differ in line endings"


# --- Inputs -------------------------------------------------------------------

def write(path, data):
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def big_program(lines):
    """A valid program of about `lines` lines using many constructs."""
    parts = ["import os\n", "total = 0\n"]
    count = 2
    i = 0
    while count < lines:
        parts.append(
            f"def function_{i}(a, b={i}):\n"
            f"    x = a + b * {i}\n"
            f"    if x > {i}:\n"
            f"        return x - 1\n"
            f"    while x < 0:\n"
            f"        x += 1\n"
            f"    return [v for v in range(x)]\n"
            f"class Class_{i}:\n"
            f"    attribute = {i}\n"
            f"    def method(self):\n"
            f"        return self.attribute + total\n"
            f"value_{i} = function_{i}({i}) if {i} % 2 else Class_{i}().method()\n"
            f"total += len(str(value_{i}))\n")
        count += 13
        i += 1
    return "".join(parts)


def many_functions(count):
    return "".join(f"def f{i}(a):\n    return a + {i}\n" for i in range(count))


def nested_blocks(kind, depth):
    lines = []
    for level in range(depth):
        pad = " " * level
        if kind == "if":
            lines.append(f"{pad}if x:")
        elif kind == "for":
            lines.append(f"{pad}for i{level} in x:")
        elif kind == "while":
            lines.append(f"{pad}while x:")
        elif kind == "try":
            lines.append(f"{pad}try:")
        elif kind == "with":
            lines.append(f"{pad}with x:")
    lines.append(" " * depth + "pass")
    if kind == "try":
        for level in reversed(range(depth)):
            lines.append(" " * level + "finally:")
            lines.append(" " * (level + 1) + "pass")
    return "x = 0\n" + "\n".join(lines) + "\n"


# --- Cases ------------------------------------------------------------------------

class Case:
    """expect: 0 (valid program), 1 (CPython rejects: compare), 2 (usage/IO),
    "nonzero" (exit 1 or 2 with a clear message)."""

    def __init__(self, name, args, expect, source=None, names_file=None,
                 check=None, note=None):
        self.name = name
        self.args = args
        self.expect = expect
        self.source = source        # the input program, for CPython
        self.names_file = names_file
        self.check = check          # extra check(run) -> error text or None
        self.note = note


def make_cases(work, is_root):
    cases = []
    out_dir = os.path.join(work, "out")
    os.mkdir(out_dir)

    def tree_out(name):
        return os.path.join(out_dir, name + ".xml")

    def expect_tree(path):
        def check(run):
            if not os.path.exists(path):
                return "no tree written"
            with open(path, "rb") as f:
                head = f.read(4096)
            if b"Module" not in head:
                return f"output does not look like a module tree: {head[:200]!r}"
            return None
        return check

    def program(name, data, expect, note=None):
        path = write(os.path.join(work, name + ".py"), data)
        out = tree_out(name)
        cases.append(Case(name, ["--dump-tree=xml", f"--output={out}", path],
                          expect, source=path, names_file=path,
                          check=expect_tree(out) if expect == 0 else None,
                          note=note))
        return path

    # Input/output errors.
    missing = os.path.join(work, "does_not_exist.py")
    cases.append(Case("missing file", ["--dump-tree=xml", missing], 2,
                      names_file=missing))
    directory = os.path.join(work, "a_directory.py")
    os.mkdir(directory)
    cases.append(Case("directory", ["--dump-tree=xml", directory], 2,
                      names_file=directory))
    unreadable = write(os.path.join(work, "unreadable.py"), "x = 1\n")
    os.chmod(unreadable, 0)
    if is_root:
        cases.append(Case(
            "chmod 000 file (root can still read it)",
            ["--dump-tree=xml", f"--output={tree_out('unreadable')}",
             unreadable], "any",
            names_file=None,
            note="running as root: chmod 000 does not stop reading; exit "
                 "status not checked, only that the run ends cleanly"))
    else:
        cases.append(Case("unreadable file (chmod 000)",
                          ["--dump-tree=xml", unreadable], 2,
                          names_file=unreadable))
    file_as_dir = write(os.path.join(work, "file.py"), "x = 1\n")
    not_a_dir = os.path.join(file_as_dir, "x.py")
    cases.append(Case("path through a file (ENOTDIR)",
                      ["--dump-tree=xml", not_a_dir], 2, names_file=not_a_dir))
    fifo = os.path.join(work, "fifo.py")
    os.mkfifo(fifo)
    cases.append(Case("named pipe", ["--dump-tree=xml", fifo], 2,
                      names_file=fifo))

    huge = os.path.join(work, "huge.py")
    with open(huge, "wb") as f:
        line = b"x = 1  # padding padding padding padding padding padding\n"
        chunk = line * (1 << 14)
        written = 0
        while written < 100 * 1000 * 1000:
            f.write(chunk)
            written += len(chunk)
    cases.append(Case("100 MB file", ["--dump-tree=xml", huge], 2,
                      names_file=huge))

    # Valid programs.
    program("empty", b"", 0)
    program("only_comment_no_newline", b"# nothing", 0)
    program("crlf_lines", b"x = 1\r\nif x:\r\n    y = x\r\n", 0)
    program("utf8_bom", b"\xef\xbb\xbfx = 'caf\xc3\xa9'\n", 0)
    program("latin1_cookie", b"# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n", 0)
    program("lines_200000", big_program(200000), 0)
    program("functions_100000", many_functions(100000), 0)

    # Programs CPython rejects (or, for the deep ones, whatever it says).
    program("binary_garbage",
            bytes((i * 7919 + 13) % 256 for i in range(4096)), 1)
    # python3.11 reads a file with a NUL byte without complaint (compile()
    # of the bytes would raise ValueError); whatever it does, match it.
    program("nul_byte", b"x = 1\n\x00y = 2\n", "cpython")
    program("bad_cookie", b"# -*- coding: no-such-codec -*-\nx = 1\n", 1)
    program("invalid_utf8", b"x = '\xff\xfe'\n", 1)
    program("invalid_in_declared", b"# coding: ascii\nx = 'caf\xc3\xa9'\n", 1)
    program("invalid_in_declared_line5",
            b"# coding: utf-8\n\n\n\nx = '\xe9'\n", 1)
    program("bom_with_latin1_cookie",
            b"\xef\xbb\xbf# coding: latin-1\nx = 1\n", 1)
    depth = 100000
    program("parens_100000", "x = " + "(" * depth + "1" + ")" * depth + "\n",
            "cpython")
    program("unary_minus_100000", "x = " + "-" * depth + "1\n", "cpython")
    program("not_100000", "x = " + "not " * depth + "1\n", "cpython")
    program("sum_100000_terms", "x = " + "+".join(["1"] * depth) + "\n",
            "cpython")
    program("calls_100000", "x = f" + "(" * depth + ")" * depth + "\n",
            "cpython")
    program("subscripts_100000", "x = a" + "[0]" * depth + "\n", "cpython")
    program("attributes_100000", "x = a" + ".b" * depth + "\n", "cpython")
    program("lists_100000", "x = " + "[" * depth + "]" * depth + "\n",
            "cpython")
    for kind in ("if", "for", "while", "try", "with"):
        program(f"nested_{kind}_1000", nested_blocks(kind, 1000), "cpython")
        program(f"nested_{kind}_90", nested_blocks(kind, 90), "cpython")
    program("lambdas_nested_1000",
            "f = " + "lambda: " * 1000 + "1\n", "cpython")
    program("defs_nested_90",
            "".join(" " * i + f"def f{i}():\n" for i in range(90)) +
            " " * 90 + "pass\n", "cpython")
    program("classes_nested_90",
            "".join(" " * i + f"class C{i}:\n" for i in range(90)) +
            " " * 90 + "pass\n", "cpython")
    program("comprehensions_nested_1000",
            "x = " + "[" * 1000 + "y for y in z" + "]" * 1000 + "\n",
            "cpython")
    program("long_string_10MB", "x = '" + "a" * (10 << 20) + "'\n", 0)
    program("sum_20000_terms_one_line",
            "x = " + "+".join(["1"] * 20000) + "\n", "cpython")

    # Usage errors.
    valid = write(os.path.join(work, "valid.py"), "x = 1\n")
    cases.append(Case("unknown flag", ["--no-such-flag", valid], 2))
    cases.append(Case("no FILE", ["--dump-tree=xml"], 2))
    cases.append(Case("two FILEs", ["--dump-tree=xml", valid, valid], 2))
    cases.append(Case("--dump-tree=bogus", ["--dump-tree=bogus", valid], 2))
    cases.append(Case("--max-source-bytes=abc",
                      ["--max-source-bytes=abc", valid], 2))
    missing_dir_out = os.path.join(work, "no_such_dir", "tree.xml")

    def no_partial_output(run):
        parent = os.path.dirname(missing_dir_out)
        if os.path.exists(parent):
            return f"{parent} was created"
        return None

    cases.append(Case("--output into a missing directory",
                      ["--dump-tree=xml", f"--output={missing_dir_out}", valid],
                      2, check=no_partial_output))
    # Outputs that are not regular files must be written, not replaced by a
    # rename of the temporary file (as root that would replace /dev/null).
    fifo_out = os.path.join(work, "out_fifo")
    os.mkfifo(fifo_out)
    received = []

    def read_fifo():
        with open(fifo_out, "rb") as f:
            received.append(f.read())

    def fifo_written(run):
        if not stat.S_ISFIFO(os.lstat(fifo_out).st_mode):
            return "the named pipe was replaced by a regular file"
        reader.join(10)
        if not received or b"Module" not in received[0][:4096]:
            return "the reader of the pipe got no tree"
        return None

    reader = threading.Thread(target=read_fifo, daemon=True)
    reader.start()
    cases.append(Case("--output to a named pipe", ["--dump-tree=xml",
                                                   f"--output={fifo_out}", valid],
                      0, check=fifo_written))
    null_clone = os.path.join(work, "null_device")
    try:
        os.mknod(null_clone, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        null_clone = None
    if null_clone:
        def device_kept(run):
            if not stat.S_ISCHR(os.lstat(null_clone).st_mode):
                return "the character device was replaced by a regular file"
            return None

        cases.append(Case("--output to a character device (like /dev/null)",
                          ["--dump-tree=xml", f"--output={null_clone}", valid],
                          0, check=device_kept))
    rejected = write(os.path.join(work, "rejected.py"), "return 1\n")
    rejected_out = os.path.join(out_dir, "rejected.xml")

    def no_output_left(run):
        left = [name for name in os.listdir(out_dir)
                if name.startswith("rejected.xml")]
        return f"left behind: {left}" if left else None

    cases.append(Case("--output for a rejected program leaves no file",
                      ["--dump-tree=xml", f"--output={rejected_out}", rejected],
                      1, source=rejected, names_file=rejected,
                      check=no_output_left))
    return cases


# --- Running ----------------------------------------------------------------------

def evaluate(case, run, reference):
    """Returns a list of problems."""
    problems = []
    if run.timed_out:
        return [f"timed out after {TIMEOUT} s"]
    if run.returncode < 0:
        return [f"killed by signal {signal.Signals(-run.returncode).name}; "
                f"stderr tail: {run.stderr[-300:]!r}"]
    expect = case.expect
    if expect == "cpython":
        status, text = reference
        if status == "ok":
            expect = 0
        elif status == "reject":
            expect = 1
        else:
            problems.append(f"CPython reference: {text}")
            expect = "nonzero"
    if expect == "any":
        return problems
    if expect == "nonzero":
        if run.returncode not in (1, 2):
            problems.append(f"exit status {run.returncode}, expected 1 or 2")
    elif run.returncode != expect:
        problems.append(f"exit status {run.returncode}, expected {expect}; "
                        f"stderr: {run.stderr[:300]!r}")
    if run.returncode != 0:
        if not run.stderr.strip():
            problems.append("nothing on stderr")
        if run.stdout:
            problems.append(f"{len(run.stdout)} bytes on stdout: "
                            f"{run.stdout[:200]!r}")
        if case.names_file and case.names_file not in run.stderr:
            reference_names_it = (reference is not None and
                                  case.names_file in reference[1])
            if reference is None or reference_names_it:
                problems.append("stderr does not name the file")
    if expect == 1 and reference is not None:
        status, text = reference
        if status != "reject":
            problems.append(f"CPython does not reject it ({status})")
        elif run.stderr != text:
            problems.append("stderr differs from python3.11's:\n      " +
                            first_difference(run.stderr, text))
    if expect == 0 and run.returncode == 0 and run.stderr.strip():
        problems.append(f"unexpected stderr: {run.stderr[:300]!r}")
    if expect == 0 and reference is not None and reference[0] != "ok":
        problems.append(f"CPython does not accept it: {reference[1][-300:]}")
    if case.check is not None:
        extra = case.check(run)
        if extra:
            problems.append(extra)
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", dest="select", default="",
                        help="only cases whose name contains this")
    parser.add_argument("--keep", action="store_true",
                        help="keep the generated inputs")
    args = parser.parse_args()
    binary = os.environ.get("NUITKA_CC", os.path.join(
        REPO, "bazel-bin/nuitka_cc/driver/nuitka-cc"))
    if not os.access(binary, os.X_OK):
        sys.exit(f"run_bad_input_tests: no nuitka-cc at {binary}")
    binary = os.path.abspath(binary)
    is_root = os.geteuid() == 0

    work = tempfile.mkdtemp(prefix="nuitka_cc_bad_input_")
    passed = failed = 0
    try:
        hook_dir = os.path.join(work, "hook")
        os.mkdir(hook_dir)
        install_reference_hook(hook_dir)
        if is_root:
            print("note: running as root; chmod 000 files stay readable, so "
                  "an unreadable path is made with a file as a directory "
                  "component (ENOTDIR) instead")
        for case in make_cases(work, is_root):
            if args.select not in case.name:
                continue
            reference = None
            if case.source is not None:
                reference = cpython_reference(case.source, hook_dir)
            run = run_nuitka_cc(binary, case.args, work)
            problems = evaluate(case, run, reference)
            verdict = "FAIL" if problems else "ok"
            print(f"{verdict:4} {case.name}  (exit {run.returncode}, "
                  f"{run.seconds:.1f} s)")
            if case.note:
                print(f"     note: {case.note}")
            for problem in problems:
                print(f"     {problem}")
            if problems:
                failed += 1
            else:
                passed += 1
    finally:
        if args.keep:
            print(f"inputs kept in {work}")
        else:
            for root, dirs, _ in os.walk(work):
                for name in dirs:
                    os.chmod(os.path.join(root, name), 0o755)
            shutil.rmtree(work, ignore_errors=True)
    print(f"RESULT {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
