#!/usr/bin/python3.11
"""The nuitka-cc command itself: --help, --version, the dump formats,
--output, compiling (--output-dir, --run, --generate-c-only, --cc, the
build errors and their logs) and the exit statuses. Ends with
`RESULT N passed, N failed`."""

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


def usage_checks():
    for args, what in ((["--jobs=-1"], "--jobs=-1"), (["--c-opt=-O9"], "--c-opt=-O9"),
                       (["--run", "--generate-c-only"], "--run with --generate-c-only"),
                       (["--run", "--dump-tree"], "--run with --dump-tree")):
        result = run(*args, EXAMPLE)
        check(f"{what} is a usage error", result.returncode == 2 and b"error" in result.stderr,
              result.stderr.decode(errors="replace"))


def main():
    help_run = run("--help")
    text = help_run.stdout.decode()
    check("--help exits 0", help_run.returncode == 0)
    for flag in ("--dump-tree", "--output", "--max-source-bytes", "--help", "--version",
                 "--output-dir", "--jobs", "--cc", "--c-opt", "--run", "--generate-c-only",
                 "--no-fallback", "--show-report"):
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
    usage_checks()

    print(f"RESULT {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
