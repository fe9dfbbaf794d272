#!/usr/bin/python3.11
"""The nuitka-cc command itself: --help, --version, the dump formats,
--output, and the exit statuses. Ends with `RESULT N passed, N failed`."""

import os
import subprocess
import sys
import tempfile
import xml.dom.minidom

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COMPILER = os.environ.get("NUITKA_CC", os.path.join(ROOT, "bazel-bin/nuitka_cc/driver/nuitka-cc"))
EXAMPLE = os.path.join(ROOT, "examples", "hello.py")

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


def main():
    help_run = run("--help")
    text = help_run.stdout.decode()
    check("--help exits 0", help_run.returncode == 0)
    for flag in ("--dump-tree", "--output", "--max-source-bytes", "--help", "--version"):
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

    compile_run = run(EXAMPLE)
    check("compiling is reported as not available, naming the file",
          compile_run.returncode == 2 and EXAMPLE.encode() in compile_run.stderr)

    print(f"RESULT {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
