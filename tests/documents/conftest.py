"""The report of tests/documents/report.py in every format, written once per run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents import report

#: File name -> writer.  Each is also indexed alone by test_answers.py.
WRITERS = {
    "bao_cao.docx": report.write_docx,
    "bao_cao.pdf": report.write_pdf,
    "bao_cao.odt": report.write_odt,
    "bao_cao_tcvn3.docx": lambda p: report.write_docx(p, "tcvn3"),
    "bao_cao_vni.docx": lambda p: report.write_docx(p, "vni"),
    "bao_cao_tcvn3.txt": lambda p: report.write_legacy_txt(p, "tcvn3"),
    "bao_cao_vni.txt": lambda p: report.write_legacy_txt(p, "vni"),
}


@pytest.fixture(scope="session")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the report in every format (and nothing else)."""
    if not report.fonts_available():
        pytest.skip("the DejaVu fonts (Debian: fonts-dejavu-core) are needed to write the PDF fixture")
    folder = tmp_path_factory.mktemp("documents")
    for name, write in WRITERS.items():
        write(folder / name)
    return folder
