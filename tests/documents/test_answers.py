"""Questions about the report, asked through ``Indexer`` + ``searcher()`` of each
format alone: the answer is quoted verbatim with its page or section and number, in
the CLI (text and --json), in ``danvan sources`` and in the bot's reply."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot import formatting
from bot import pages as paging
from retrieval import Indexer, load_config
from retrieval.cli import main
from tests.conftest import PROJECT_ROOT
from tests.documents import report
from tests.documents.conftest import WRITERS

FORMATS = ["bao_cao.docx", "bao_cao.pdf", "bao_cao.odt", "bao_cao_tcvn3.docx", "bao_cao_vni.docx", "bao_cao_tcvn3.txt", "bao_cao_vni.txt"]
assert set(FORMATS) == set(WRITERS)
PDF_PAGES = {0: 1, 1: 2, 2: 2, 3: 2}  # question number -> the page its answer is on


@pytest.fixture(scope="module")
def corpora(documents: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """Each format in a corpus folder of its own, with an index folder."""
    out = {}
    for name in FORMATS:
        base = tmp_path_factory.mktemp(name.replace(".", "_"))
        (base / "corpus").mkdir()
        shutil.copy(documents / name, base / "corpus" / name)
        out[name] = (base / "corpus", base / "index")
    return out


@pytest.mark.parametrize("name", FORMATS)
def test_questions_are_answered_with_their_section(corpora: dict[str, tuple[Path, Path]], name: str) -> None:
    corpus, index = corpora[name]
    indexer = Indexer(load_config(PROJECT_ROOT / "config.yaml"), corpus=corpus, index_dir=index)
    report_ = indexer.refresh()
    assert report_.articles == 1 and not report_.skipped
    searcher = indexer.searcher()
    for number, expect in enumerate(report.QUESTIONS):
        hits = searcher.search(expect.question, 3)
        assert hits, expect.question
        top = hits[0]
        assert expect.quote in top.text, (expect.question, top.text)
        assert top.number == "45-BC/BDVTU"
        assert top.location and expect.section in top.location, (expect.question, top.location)
        if name.endswith(".pdf"):
            assert top.location.startswith(f"trang {PDF_PAGES[number]} · ")
    # what the heading says: the paragraphs under it, not the title that holds its words too
    for expect in report.HEADING_QUESTIONS:
        hits = searcher.search(expect.question, 3)
        assert hits and expect.quote in hits[0].text, (expect.question, hits[0].text if hits else None)
        assert hits[0].location and expect.section in hits[0].location, (expect.question, hits[0].location)
    by_number = searcher.search("báo cáo số 45-BC/BDVTU", 1)
    assert by_number and by_number[0].text == "Số 45-BC/BDVTU"
    # when it was issued: its header's place and date line, too short to be indexed
    for question in ("Báo cáo số 45-BC/BDVTU ban hành ngày nào?", "bao cao 45-BC/BDVTU ky ngay nao"):
        issued = searcher.rank(question, 3)
        assert issued.answerable() and issued.hits[0].text == report.PLACE_DATE, question
        assert issued.hits[0].location and issued.hits[0].location.endswith("Đầu văn bản")
    assert not searcher.rank("Báo cáo số 46-BC/BDVTU ban hành ngày nào?", 3).answerable()


def test_cli_shows_page_section_and_number(corpora: dict[str, tuple[Path, Path]], capsys: pytest.CaptureFixture[str]) -> None:
    corpus, index = corpora["bao_cao.pdf"]
    question = report.QUESTIONS[1].question
    assert main(["ask", "--corpus", str(corpus), "--index-dir", str(index), "--json", question]) == 0
    row = json.loads(capsys.readouterr().out)
    first = row["results"][0]
    assert first["location"] == f"trang 2 · I. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2022 › 2. Phong trào thi đua “Dân vận khéo” › {report.TABLE_CAPTION}"
    assert first["number"] == "45-BC/BDVTU" and first["text"].startswith("STT: 2; Đơn vị: Huyện Lý Nhân")
    assert main(["ask", "--corpus", str(corpus), "--index-dir", str(index), question]) == 0
    out = capsys.readouterr().out
    assert "bao_cao.pdf, số 45-BC/BDVTU, trang 2 · I. KẾT QUẢ" in out
    assert main(["sources", "--corpus", str(corpus), "--index-dir", str(index)]) == 0
    out = capsys.readouterr().out
    assert "Báo cáo kết quả công tác dân vận năm 2022, phương hướng, nhiệm vụ năm 2023" in out
    assert "20/12/2022 · Tỉnh ủy Hà Nam – Ban Dân vận · số 45-BC/BDVTU" in out and "(pdf, 3 trang, 3 mục)" in out
    assert main(["sources", "--json", "--corpus", str(corpus), "--index-dir", str(index)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["number"], row["format"], row["pages"], row["sections"]) == ("45-BC/BDVTU", "pdf", 3, 3)


def test_bot_cites_the_page_and_pages_a_pdf_by_its_own_pages(corpora: dict[str, tuple[Path, Path]]) -> None:
    corpus, index = corpora["bao_cao.pdf"]
    indexer = Indexer(load_config(PROJECT_ROOT / "config.yaml"), corpus=corpus, index_dir=index)
    indexer.refresh()
    searcher = indexer.searcher()
    hit = searcher.search(report.QUESTIONS[2].question, 1)[0]
    message = formatting.hit_message(hit)
    assert "📍 Số 45-BC/BDVTU · trang 2 · II. NHIỆM VỤ NĂM 2023 › 2. Công tác tuyên truyền" in message
    pages = paging.article_pages(searcher.article("bao_cao.pdf"))
    assert [p.count("📄 Trang") for p in pages] == [1, 1, 1]
    assert "📄 Trang 2/3 của văn bản" in pages[1] and "Huyện Lý Nhân" in pages[1]
