"""The run's own verdicts in the JUnit report schemathesis writes: one more test suite, so a CI
system that reads the report sees a run that tested nothing as failed, with its reason."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

Case = tuple[str, list[str] | None, str]
"""A test case: its name, its problems (None or empty: passed), and a line of output."""


def add_suite(path: Path, name: str, cases: list[Case]) -> None:
    """Append a ``<testsuite>`` of ``cases`` to the report at ``path`` (made when missing)."""
    if path.exists() and path.stat().st_size:
        tree = ET.parse(path)  # noqa: S314
        root = tree.getroot()
    else:
        root = ET.Element("testsuites")
        tree = ET.ElementTree(root)
    if root.tag != "testsuites":
        wrapper = ET.Element("testsuites")
        wrapper.append(root)
        root = wrapper
        tree = ET.ElementTree(root)
    failures = sum(1 for _, problems, _ in cases if problems)
    suite = ET.SubElement(
        root, "testsuite", name=name, tests=str(len(cases)), failures=str(failures), errors="0"
    )
    for case_name, problems, output in cases:
        case = ET.SubElement(suite, "testcase", classname=name, name=case_name)
        if problems:
            failure = ET.SubElement(case, "failure", message=problems[0])
            failure.text = "\n".join(problems)
        ET.SubElement(case, "system-out").text = output
    path.parent.mkdir(parents=True, exist_ok=True)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def passed_cases(path: Path) -> set[str] | None:
    """The names of the test cases a report shows passed, or None when the report is missing,
    unreadable, or shows any failure or error (then nothing in it can be relied on)."""
    try:
        root = ET.parse(path).getroot()  # noqa: S314 - a report this job wrote
    except (OSError, ET.ParseError):
        return None
    passed: set[str] = set()
    for case in root.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            return None
        if case.find("skipped") is None:
            passed.add(case.get("name", ""))
    return passed
