#!/usr/bin/python3.11
"""Prints "PASSED FAILED": the GoogleTest cases in the JUnit reports
(test.xml) under a bazel-testlogs directory. A test target that produced no
report (it crashed or did not build) counts as one failure."""

import os
import sys
import xml.etree.ElementTree as ElementTree


def main(directory):
    passed = failed = 0
    for dirpath, _, filenames in os.walk(directory, followlinks=True):
        if "test.log" not in filenames:
            continue
        if "test.xml" not in filenames:
            failed += 1
            continue
        try:
            root = ElementTree.parse(os.path.join(dirpath, "test.xml")).getroot()
        except ElementTree.ParseError:
            failed += 1
            continue
        cases = list(root.iter("testcase"))
        if not cases:
            failed += 1
            continue
        for case in cases:
            if case.find("failure") is not None or case.find("error") is not None:
                failed += 1
            else:
                passed += 1
    print(passed, failed)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bazel-testlogs")
