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
