#!/usr/bin/python3.11
"""The nuitka-cc command itself: --help, --version, the dump formats,
--output, compiling (--output-dir, --run, --generate-c-only, --cc, the
build errors and their logs) and the exit statuses; also the argument
errors of the benchmark scripts. Ends with `RESULT N passed, N failed`."""

import os
import shutil
import subprocess
import sys
import tempfile
import xml.dom.minidom

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COMPILER = os.environ.get("NUITKA_CC", os.path.join(ROOT, "bazel-bin/nuitka_cc/driver/nuitka-cc"))
EXAMPLE = os.path.join(ROOT, "examples", "hello.py")
PYTHON = "/usr/bin/python3.11"

passed = failed = 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok   {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}")


def run(*args):
    return subprocess.run([COMPILER, *args], capture_output=True, timeout=120)


def write(path, text, mode=0o644):
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, mode)


def listing(directory):
    return sorted(os.listdir(directory)) if os.path.isdir(directory) else None


def python_output(path, *args):
    return subprocess.run([PYTHON, path, *args], capture_output=True, timeout=60)


def compile_checks():
    """Compiling for real: what is written where, --run, --generate-c-only,
    determinism, and the errors of the build steps."""
    with tempfile.TemporaryDirectory() as directory:
        out = os.path.join(directory, "out")
        built = run(f"--output-dir={out}", EXAMPLE)
        check("compiling exits 0 quietly", built.returncode == 0 and built.stdout == b""
              and built.stderr == b"", built.stderr.decode(errors="replace")[-2000:])
        binary = os.path.join(out, "hello.bin")
        build_dir = os.path.join(out, "hello.build")
        check("--output-dir gets hello.bin and hello.build/ only",
              listing(out) == ["hello.bin", "hello.build"], str(listing(out)))
        files = listing(build_dir) or []
        check("hello.build/ has the C, the report, objects and logs",
              {"module.__main__.c", "main.c", "report.txt", "module.__main__.c.log",
               "main.c.log", "link.log", "main.o", "module.__main__.o"} <= set(files),
              str(files))
        if os.path.exists(binary):
            ran = subprocess.run([binary], capture_output=True, timeout=60)
            reference = python_output(EXAMPLE)
            check("hello.bin behaves as python3.11 hello.py",
                  (ran.returncode, ran.stdout, ran.stderr) ==
                  (reference.returncode, reference.stdout, reference.stderr),
                  repr((ran.returncode, ran.stdout[-500:], ran.stderr[-500:])))
        else:
            check("hello.bin behaves as python3.11 hello.py", False, "no hello.bin")

        # --generate-c-only, twice: byte-identical C, nothing compiled.
        c_only = [os.path.join(directory, "c1"), os.path.join(directory, "c2")]
        for target in c_only:
            generated = run("--generate-c-only", f"--output-dir={target}", EXAMPLE)
        check("--generate-c-only writes C and the report, no objects or binary",
              generated.returncode == 0 and listing(c_only[0]) == ["hello.build"]
              and not any(n.endswith((".o", ".log")) for n in listing(os.path.join(
                  c_only[0], "hello.build")) or []),
              str(listing(os.path.join(c_only[0], "hello.build"))))
        same = True
        for name in listing(os.path.join(c_only[0], "hello.build")) or []:
            with open(os.path.join(c_only[0], "hello.build", name), "rb") as a, \
                    open(os.path.join(c_only[1], "hello.build", name), "rb") as b:
                same = same and a.read() == b.read()
        check("generating twice gives byte-identical files", same)
        with open(os.path.join(build_dir, "module.__main__.c"), "rb") as a, \
                open(os.path.join(c_only[0], "hello.build", "module.__main__.c"), "rb") as b:
            check("the C does not depend on the output directory", a.read() == b.read())

        # --run: arguments after FILE (after --), stdout, stderr and status.
        program = os.path.join(directory, "args.py")
        write(program, "import sys\nprint('args', sys.argv[1:])\n"
                       "print('err', file=sys.stderr)\nsys.exit(len(sys.argv))\n")
        ran = run("--run", f"--output-dir={directory}", program, "--", "-x", "two words")
        check("--run passes arguments and exits with the program's status",
              ran.returncode == 3 and ran.stdout == b"args ['-x', 'two words']\n"
              and ran.stderr == b"err\n", repr((ran.returncode, ran.stdout, ran.stderr[-500:])))
        bad_args = run(f"--output-dir={directory}", program, "extra")
        check("arguments without --run are a usage error",
              bad_args.returncode == 2 and b"--run" in bad_args.stderr)

        report = run("--show-report", "--generate-c-only", f"--output-dir={directory}", EXAMPLE)
        with open(os.path.join(directory, "hello.build", "report.txt"), "rb") as f:
            report_text = f.read()
        check("--show-report prints report.txt to stderr",
              report.returncode == 0 and report.stderr == report_text and report_text != b"")
        fallback = run("--no-fallback", "--generate-c-only", f"--output-dir={directory}",
                       EXAMPLE)
        check("--no-fallback accepts hello.py", fallback.returncode == 0,
              fallback.stderr.decode(errors="replace"))
        # Coroutines run from bytecode until a later issue compiles them.
        coroutine = os.path.join(directory, "coroutine.py")
        write(coroutine, "async def f():\n    return 1\n\nprint(f)\n")
        refused = run("--no-fallback", f"--output-dir={directory}", coroutine)
        check("--no-fallback refuses a bytecode fallback: exit status 1, named, no binary",
              refused.returncode == 1 and coroutine.encode() in refused.stderr
              and not os.path.exists(os.path.join(directory, "coroutine.bin")),
              repr((refused.returncode, refused.stderr[-500:])))
        allowed = run("--run", f"--output-dir={directory}", coroutine)
        check("without --no-fallback the same program builds and runs",
              allowed.returncode == 0 and allowed.stdout.startswith(b"<function f at "),
              repr((allowed.returncode, allowed.stdout[-300:], allowed.stderr[-500:])))

        gcc_dir = os.path.join(directory, "gcc")
        gcc = run("--cc=gcc", "--jobs=1", "--c-opt=-O1", f"--output-dir={gcc_dir}", EXAMPLE)
        check("--cc=gcc --jobs=1 --c-opt=-O1 builds", gcc.returncode == 0
              and os.path.exists(os.path.join(gcc_dir, "hello.bin")),
              gcc.stderr.decode(errors="replace")[-2000:])
        with open(os.path.join(gcc_dir, "hello.build", "main.c.log")) as f:
            command = f.readline()
        check("the log starts with the command, gcc and -O1 in it",
              command.startswith("$ ") and "gcc" in command and " -O1 " in command, command)

        missing_dir = os.path.join(directory, "missing")
        missing = run("--cc=no-such-compiler-xyz", f"--output-dir={missing_dir}", EXAMPLE)
        check("a missing compiler is exit status 2, named, nothing written",
              missing.returncode == 2 and b"'no-such-compiler-xyz'" in missing.stderr
              and not os.path.exists(missing_dir), missing.stderr.decode(errors="replace"))

        # A compiler that fails on every C file.
        failing = os.path.join(directory, "failing-cc")
        write(failing, "#!/bin/sh\necho 'failing-cc: made to fail' >&2\nexit 1\n", 0o755)
        failed_compile = run(f"--cc={failing}", f"--output-dir={out}", EXAMPLE)
        stderr = failed_compile.stderr.decode(errors="replace")
        check("a failing C compile names the file and its log, exit status 2",
              failed_compile.returncode == 2 and
              f"the C compiler failed on {build_dir}/" in stderr and
              f"; see {build_dir}/" in stderr and ".c.log" in stderr and
              "made to fail" in stderr, stderr)
        check("a failed build leaves no hello.bin (the earlier one is removed)",
              not os.path.exists(binary), str(listing(out)))

        # A compiler that compiles but fails to link.
        no_link = os.path.join(directory, "no-link-cc")
        write(no_link, "#!/bin/sh\nfor a; do [ \"$a\" = -c ] && exec clang \"$@\"; done\n"
                       "echo 'no-link-cc: cannot link' >&2\nexit 1\n", 0o755)
        failed_link = run(f"--cc={no_link}", f"--output-dir={out}", EXAMPLE)
        stderr = failed_link.stderr.decode(errors="replace")
        check("a failing link names link.log, exit status 2, no binary left",
              failed_link.returncode == 2 and f"see {build_dir}/link.log" in stderr and
              listing(out) == ["hello.build"], stderr + str(listing(out)))

        file_as_dir = os.path.join(directory, "plain-file")
        write(file_as_dir, "")
        bad_dir = run(f"--output-dir={file_as_dir}", EXAMPLE)
        check("an --output-dir that is a file is exit status 2",
              bad_dir.returncode == 2 and file_as_dir.encode() in bad_dir.stderr,
              bad_dir.stderr.decode(errors="replace"))

        # The runtime is found next to the binary (its runfiles); a copy of
        # the binary elsewhere has none and says so.
        lonely = os.path.join(directory, "lonely-nuitka-cc")
        shutil.copy(COMPILER, lonely)
        env = {k: v for k, v in os.environ.items() if k != "RUNFILES_DIR"}
        no_runtime = subprocess.run([lonely, f"--output-dir={directory}", EXAMPLE],
                                    capture_output=True, timeout=120, env=env)
        check("without its runfiles, nuitka-cc says where it looked for the runtime",
              no_runtime.returncode == 2 and b"cannot find the nuitka-cc runtime" in
              no_runtime.stderr and b"lonely-nuitka-cc.runfiles" in no_runtime.stderr,
              no_runtime.stderr.decode(errors="replace"))


DEBUG_LIBRARY_DIR = "/usr/lib/python3.11/config-3.11d-x86_64-linux-gnu"


def skip(name, why):
    print(f"skip {name} ({why})")


def python_debug_checks():
    """--python-debug: built against python3.11-dbg, assertions on, the
    refcount rounds, and a clear error when python3.11-dbg is missing."""
    with tempfile.TemporaryDirectory() as directory:
        program = os.path.join(directory, "dbg.py")
        write(program, "import sys\n"
                       "def f(x, *a, **k):\n    return [x, a, k]\n"
                       "print(f(1, 2, y=3), hasattr(sys, 'gettotalrefcount'))\n"
                       "print('err', file=sys.stderr)\nsys.exit(3)\n")
        out = os.path.join(directory, "out")
        built = run("--python-debug", "--cc=gcc", "--c-opt=-O0", f"--output-dir={out}", program)
        binary = os.path.join(out, "dbg.bin")
        check("--python-debug builds", built.returncode == 0 and os.path.exists(binary),
              built.stderr.decode(errors="replace")[-2000:])
        if not os.path.exists(binary):
            return
        with open(os.path.join(out, "dbg.build", "module.__main__.c.log")) as f:
            compile_command = f.readline()
        with open(os.path.join(out, "dbg.build", "link.log")) as f:
            link_command = f.readline()
        check("--python-debug compiles against python3.11d without NDEBUG",
              " -I/usr/include/python3.11d " in compile_command
              and "NDEBUG" not in compile_command, compile_command)
        check("--python-debug links libpython3.11d.a and the debug runtime",
              "/libpython3.11d.a " in link_command
              and "/libruntime_debug.a " in link_command, link_command)
        ran = subprocess.run([binary], capture_output=True, timeout=60)
        reference = subprocess.run(["/usr/bin/python3.11-dbg", program], capture_output=True,
                                   timeout=60)
        check("the debug build behaves as python3.11-dbg (sys.gettotalrefcount exists)",
              (ran.returncode, ran.stdout, ran.stderr) ==
              (reference.returncode, reference.stdout, reference.stderr)
              and b" True\n" in ran.stdout,
              repr((ran.returncode, ran.stdout[-300:], ran.stderr[-500:])))
        env = dict(os.environ, NUITKA_CC_REFCOUNT_ROUNDS="4")
        rounds = subprocess.run([binary], capture_output=True, timeout=60, env=env)
        lines = rounds.stderr.decode(errors="replace").splitlines()
        figures = [line.split()[2:] for line in lines if line.startswith("refcount rounds:")]
        check("NUITKA_CC_REFCOUNT_ROUNDS=4 prints 4 figures, flat after the first, "
              "then the program runs as usual",
              len(figures) == 1 and len(figures[0]) == 4 and len(set(figures[0][1:])) == 1
              and rounds.returncode == 3 and rounds.stdout == ran.stdout
              and [l for l in lines if not l.startswith("refcount rounds:")] == ["err"],
              repr((rounds.returncode, rounds.stdout[-300:], rounds.stderr[-500:])))
        env["NUITKA_CC_REFCOUNT_ROUNDS"] = "many"
        bad = subprocess.run([binary], capture_output=True, timeout=60, env=env)
        check("a NUITKA_CC_REFCOUNT_ROUNDS that is not a count is an error",
              bad.returncode == 1 and bad.stdout == b"" and
              b"ValueError: NUITKA_CC_REFCOUNT_ROUNDS must be a number of rounds" in bad.stderr,
              repr((bad.returncode, bad.stderr[-500:])))
        release_dir = os.path.join(directory, "release")
        run("--cc=gcc", "--c-opt=-O0", f"--output-dir={release_dir}", program)
        env["NUITKA_CC_REFCOUNT_ROUNDS"] = "4"
        release = subprocess.run([os.path.join(release_dir, "dbg.bin")], capture_output=True,
                                 timeout=60, env=env)
        check("a release build ignores NUITKA_CC_REFCOUNT_ROUNDS",
              release.returncode == 3 and release.stderr == b"err\n",
              repr((release.returncode, release.stderr[-500:])))

        # Without python3.11-dbg: its library directory hidden by an empty
        # directory mounted over it in a private mount namespace.
        empty = os.path.join(directory, "empty")
        os.mkdir(empty)
        missing_dir = os.path.join(directory, "missing")
        hidden = subprocess.run(
            ["unshare", "--mount", "--map-root-user", "sh", "-c",
             'mount --bind "$1" "$2" && shift 2 && exec "$@"', "sh", empty,
             DEBUG_LIBRARY_DIR, COMPILER, "--python-debug", f"--output-dir={missing_dir}",
             program], capture_output=True, timeout=120)
        if hidden.returncode != 0 and b"nuitka-cc" not in hidden.stderr:
            skip("without python3.11-dbg, --python-debug is exit status 2, named",
                 "cannot hide it: unshare --mount is not permitted here: " +
                 hidden.stderr.decode(errors="replace").strip()[-200:])
        else:
            check("without python3.11-dbg, --python-debug is exit status 2, named, "
                  "nothing written",
                  hidden.returncode == 2 and b"python3.11-dbg" in hidden.stderr
                  and b"libpython3.11d.a' is missing" in hidden.stderr
                  and not os.path.exists(missing_dir),
                  hidden.stderr.decode(errors="replace"))

        lonely = os.path.join(directory, "lonely-nuitka-cc")
        shutil.copy(COMPILER, lonely)
        env = {k: v for k, v in os.environ.items() if k != "RUNFILES_DIR"}
        no_runtime = subprocess.run([lonely, "--python-debug", f"--output-dir={directory}",
                                     program], capture_output=True, timeout=120, env=env)
        check("without its runfiles, --python-debug names the debug runtime it looked for",
              no_runtime.returncode == 2 and b"libruntime_debug.a" in no_runtime.stderr,
              no_runtime.stderr.decode(errors="replace"))


def usage_checks():
    for args, what in ((["--jobs=-1"], "--jobs=-1"), (["--c-opt=-O9"], "--c-opt=-O9"),
                       (["--run", "--generate-c-only"], "--run with --generate-c-only"),
                       (["--run", "--dump-tree"], "--run with --dump-tree")):
        result = run(*args, EXAMPLE)
        check(f"{what} is a usage error", result.returncode == 2 and b"error" in result.stderr,
              result.stderr.decode(errors="replace"))


def benchmark_script_checks():
    """Bad arguments of benchmarks/*.sh: exit status 2 and a message naming
    the problem, before anything is built or timed."""
    benchmarks = os.path.join(ROOT, "benchmarks")
    environment = dict(os.environ, NUITKA_CC=COMPILER)
    cases = (
        (["run_benchmarks.sh", "--baseline", "/nonexistent/nuitka-cc", "fib"], {},
         b"--baseline COMPILER must name an executable"),
        (["run_benchmarks.sh", "no_such_program"], {},
         b"no benchmark program no_such_program.py"),
        (["run_benchmarks.sh"], {"BENCH_DIR": "/nonexistent/bench"},
         b"no benchmark programs at /nonexistent/bench"),
        (["instruction_counts.sh", "fib"], {}, b"instruction_counts: "),
        (["build_baseline.sh", "HEAD"], {}, b"build_baseline.sh REVISION DIR"),
    )
    for args, extra, message in cases:
        result = subprocess.run(["bash", os.path.join(benchmarks, args[0]), *args[1:]],
                                capture_output=True, timeout=60,
                                env=dict(environment, **extra))
        label = " ".join(args) + "".join(f" ({k}={v})" for k, v in extra.items())
        check(f"benchmarks/{label} is an argument error",
              result.returncode == 2 and message in result.stderr,
              repr((result.returncode, result.stderr[-500:])))


def main():
    help_run = run("--help")
    text = help_run.stdout.decode()
    check("--help exits 0", help_run.returncode == 0)
    for flag in ("--dump-tree", "--output", "--max-source-bytes", "--help", "--version",
                 "--output-dir", "--jobs", "--cc", "--c-opt", "--run", "--generate-c-only",
                 "--no-fallback", "--show-report", "--python-debug"):
        check(f"--help describes {flag}", flag in text)
    version = run("--version")
    check("--version", version.returncode == 0 and version.stdout.startswith(b"nuitka-cc "))

    xml_run = run("--dump-tree", EXAMPLE)
    check("--dump-tree alone is xml", xml_run.returncode == 0 and xml_run.stdout.startswith(b"<?xml"))
    try:
        document = xml.dom.minidom.parseString(xml_run.stdout)
        kinds = {node.getAttribute("kind") for node in document.getElementsByTagName("node")}
        check("xml is well formed and has the module", "CompiledPythonModule" in kinds)
    except Exception as error:  # noqa: BLE001 - report any parse failure
        check("xml is well formed", False, str(error))

    dot_run = run("--dump-tree=dot", EXAMPLE)
    check("dot output", dot_run.returncode == 0 and dot_run.stdout.lstrip().startswith(b"digraph")
          and b"subgraph cluster_" in dot_run.stdout)
    svg_run = run("--dump-tree=svg", EXAMPLE)
    check("svg output", svg_run.returncode == 0 and b"<svg" in svg_run.stdout)
    try:
        xml.dom.minidom.parseString(svg_run.stdout)
        check("svg is well formed", True)
    except Exception as error:  # noqa: BLE001
        check("svg is well formed", False, str(error))

    with tempfile.TemporaryDirectory() as directory:
        target = os.path.join(directory, "tree.xml")
        out_run = run("--dump-tree=xml", f"--output={target}", EXAMPLE)
        with open(target, "rb") as f:
            written = f.read()
        check("--output writes the dump", out_run.returncode == 0 and written == xml_run.stdout
              and out_run.stdout == b"")
        check("--output leaves no temporary file", os.listdir(directory) == ["tree.xml"])

    compile_checks()
    python_debug_checks()
    usage_checks()
    benchmark_script_checks()

    print(f"RESULT {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
