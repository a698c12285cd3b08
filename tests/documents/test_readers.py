"""Each reader gives the report's paragraphs verbatim, with their page or section,
its header metadata and its table rows; what cannot be read is skipped with a reason."""

from __future__ import annotations

import logging
import shutil
import unicodedata
from pathlib import Path

import pytest

from retrieval.documents import pdf
from retrieval.documents.formats import OLD_WORD
from retrieval.documents.passages import indexed_text
from retrieval.documents.readers import corpus_files, load_corpus, read_file
from retrieval.documents.structure import HEADER_LOCATION, _name_case, page_of, passage_headings, section_headings
from retrieval.records import Article
from tests.documents import report
from tests.documents.conftest import WRITERS

BODY_TEXT = [str(v) for k, v in report.BODY if k in ("p", "h1", "h2", "caption")]
LY_NHAN = "STT: 2; Đơn vị: Huyện Lý Nhân; Mô hình được công nhận: 52; Hộ tham gia: 1.450"


def _read(documents: Path, name: str) -> Article:
    return read_file(documents / name, name)


@pytest.mark.parametrize("name", list(WRITERS))
def test_every_format_gives_the_same_report(documents: Path, name: str) -> None:
    article = _read(documents, name)
    assert article.title == "Báo cáo kết quả công tác dân vận năm 2022, phương hướng, nhiệm vụ năm 2023"
    assert (article.number, article.date, article.source) == ("45-BC/BDVTU", "2022-12-20", "Tỉnh ủy Hà Nam – Ban Dân vận")
    assert article.format == name.rsplit(".", 1)[1]
    assert len(article.locations) == len(article.paragraphs)
    for text in BODY_TEXT:  # every paragraph quoted verbatim, in NFC
        assert text in article.paragraphs, text
    assert all(unicodedata.is_normalized("NFC", p) for p in article.paragraphs)
    assert LY_NHAN in article.paragraphs
    assert article.paragraphs.index(BODY_TEXT[0]) > article.paragraphs.index("Số 45-BC/BDVTU")
    assert article.location(article.paragraphs.index("Số 45-BC/BDVTU")).endswith(HEADER_LOCATION)


def test_a_left_aligned_pdf_gives_the_same_paragraphs(documents: Path, tmp_path: Path) -> None:
    """Ragged-right lines end short mid-paragraph: a line the next one's first word
    would not have fitted after goes on, also across a page break."""
    report.write_pdf(tmp_path / "bao_cao.pdf", ragged=True)
    article = _read(tmp_path, "bao_cao.pdf")
    for text in BODY_TEXT:
        assert text in article.paragraphs, text


@pytest.mark.parametrize("name", ["bao_cao.docx", "bao_cao.pdf", "bao_cao.odt", "bao_cao_vni.txt"])
def test_paragraphs_carry_their_section(documents: Path, name: str) -> None:
    article = _read(documents, name)
    where = dict(zip(article.paragraphs, article.locations))
    tuyen_truyen = next(p for p in article.paragraphs if p.startswith("Đẩy mạnh công tác tuyên truyền"))
    assert where[tuyen_truyen].endswith("II. NHIỆM VỤ NĂM 2023 › 2. Công tác tuyên truyền")
    assert where[LY_NHAN].endswith(f"I. KẾT QUẢ CÔNG TÁC DÂN VẬN NĂM 2022 › 2. Phong trào thi đua “Dân vận khéo” › {report.TABLE_CAPTION}")
    # the header's title line is quoted as written; the title reads on from the kind
    assert f"{report.KIND} {' '.join(report.TITLE)}" in article.paragraphs
    assert article.title == f"Báo cáo {report.TITLE[0][:1].lower()}{report.TITLE[0][1:]} {report.TITLE[1]}"
    # a passage is analysed under its document's kind and issuer and its headings, without
    # their numbering; quoted alone
    headings = passage_headings(where[tuyen_truyen], article.title, article.source, article.number)
    assert headings == ["Báo cáo", article.source, "NHIỆM VỤ NĂM 2023", "Công tác tuyên truyền"] and article.source
    assert indexed_text(tuyen_truyen, headings) == "\n".join([*headings, tuyen_truyen])


def test_the_headings_a_location_names_lose_their_numbering_and_page() -> None:
    assert section_headings("trang 3 · II. HẠN CHẾ, NGUYÊN NHÂN › 1. Ở cơ sở") == ["HẠN CHẾ, NGUYÊN NHÂN", "Ở cơ sở"]
    assert section_headings("PHẦN I: TÌNH HÌNH › a) Về tư tưởng › 2.1 Công tác …") == ["TÌNH HÌNH", "Về tư tưởng", "Công tác"]
    assert section_headings("Mục 3. Tổ chức thực hiện") == ["Tổ chức thực hiện"]
    # a heading's own number is no numbering ("2022 …"); the header and a bare page name no section
    assert section_headings("2022 là năm bản lề") == ["2022 là năm bản lề"]
    assert section_headings("trang 1 · Đầu văn bản") == section_headings("trang 2") == section_headings(None) == []
    assert indexed_text("Đoạn văn.", []) == "Đoạn văn."


def test_a_numbered_documents_passages_stand_under_its_kind_and_issuer() -> None:
    plan = ("Kế hoạch thực hiện công tác dân vận năm 2025", "Tỉnh ủy Thái Bình – Ban Dân vận", "52-KH/BDVTU")
    assert passage_headings("I. MỤC ĐÍCH, YÊU CẦU › 1. Mục đích", *plan) == ["Kế hoạch", "Tỉnh ủy Thái Bình – Ban Dân vận", "MỤC ĐÍCH, YÊU CẦU", "Mục đích"]
    assert passage_headings(None, *plan) == ["Kế hoạch", "Tỉnh ủy Thái Bình – Ban Dân vận"]  # its preamble too
    # not the rest of its title, whose words tell its sections apart ("kết quả … năm 2022")
    assert passage_headings(None, "Kết quả công tác dân vận năm 2022", None, "45-BC/BDVTU") == []
    # a news article's headline is no heading
    assert passage_headings(None, "Hà Nam tổng kết công tác dân vận năm 2022", "Báo Hà Nam", None) == []
    assert passage_headings("II. NHIỆM VỤ", "Ghi chép", None, None) == ["NHIỆM VỤ"]


def test_pdf_pages_furniture_and_diacritics(documents: Path) -> None:
    article = _read(documents, "bao_cao.pdf")
    assert article.pages == 3
    text = "\n".join(article.paragraphs)
    assert report.RUNNING_HEADER not in text and "Trang 2" not in text
    assert str(report.BODY[report.NFD_PARAGRAPH][1]) in article.paragraphs  # written NFD, read NFC
    pages = {p: page_of(loc) for p, loc in zip(article.paragraphs, article.locations)}
    assert pages["Số 45-BC/BDVTU"] == 1 and pages[LY_NHAN] == 2
    # A paragraph that runs from page 2 onto page 3 is one paragraph (verbatim, see above),
    # cited by the page it starts on.
    runs_on = next(p for p in article.paragraphs if p.startswith("Đẩy mạnh công tác tuyên truyền"))
    assert pages[runs_on] == 2 and pages[article.paragraphs[article.paragraphs.index(runs_on) + 1]] == 3


def test_pdf_without_text_layer_is_skipped_with_a_reason(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    report.write_scanned_pdf(tmp_path / "scan.pdf")
    (tmp_path / "note.txt").write_text("Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2022.\n")
    with caplog.at_level(logging.DEBUG):  # the front end prints it once; the library logs at debug
        loaded = load_corpus(tmp_path)
    assert [a.id for a in loaded.articles] == ["note.txt"]
    assert loaded.skipped == [("scan.pdf", pdf.NO_TEXT)]
    assert "OCR" in pdf.NO_TEXT and "scan.pdf" in caplog.text


def test_old_word_files_are_skipped_saying_to_save_as_docx(tmp_path: Path, documents: Path) -> None:
    (tmp_path / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    shutil.copy(documents / "bao_cao.docx", tmp_path / "doi_ten.doc")  # a .docx renamed .doc is read
    loaded = load_corpus(tmp_path)
    assert [a.id for a in loaded.articles] == ["doi_ten.doc"]
    assert loaded.skipped == [("cu.doc", OLD_WORD)]
    assert ".docx" in OLD_WORD and "Lưu thành" in OLD_WORD


def test_unreadable_legacy_text_is_skipped_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "hong.txt").write_bytes(bytes(range(0xA0, 0x100)) * 8)
    (tmp_path / "hong.docx").write_bytes(b"PK\x03\x04 not really a zip")
    loaded = load_corpus(tmp_path)
    assert not loaded.articles
    assert {name for name, _ in loaded.skipped} == {"hong.txt", "hong.docx"}


def test_plain_text_under_a_document_suffix_and_punctuation_only_files_are_skipped_with_a_hint(tmp_path: Path) -> None:
    for name in ("a.pdf", "b.docx", "c.odt"):
        (tmp_path / name).write_text("Năm 2022 Hà Nam công nhận 306 mô hình.\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("...!!!???;;;---***\n", encoding="utf-8")
    (tmp_path / "e.txt").write_text("Năm 2022 Hà Nam công nhận 306 mô hình.\n", encoding="utf-8")
    loaded = load_corpus(tmp_path)
    assert [a.id for a in loaded.articles] == ["e.txt"]
    reasons = dict(loaded.skipped)
    assert all("hãy đổi đuôi thành .txt" in reasons[name] for name in ("a.pdf", "b.docx", "c.odt"))
    assert reasons["d.txt"].startswith("không có nội dung")


def test_a_pdf_cut_short_is_said_damaged_not_plain_text(tmp_path: Path) -> None:
    """Its first bytes are text: it was told to be renamed .txt."""
    (tmp_path / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R]")
    reason = dict(load_corpus(tmp_path).skipped)["cut.pdf"]
    assert reason.startswith("không mở được tệp PDF: tệp PDF bị hỏng hoặc chưa tải về hết") and ".txt" not in reason


def test_corpus_lists_the_new_suffixes(tmp_path: Path) -> None:
    for name in ("a.docx", "b.PDF", "c.odt", "d.html", "e.htm", "f.doc", "g.txt", "h.md", "i.xlsx", "j.docx.meta.yaml"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in corpus_files(tmp_path)] == ["a.docx", "b.PDF", "c.odt", "d.html", "e.htm", "f.doc", "g.txt", "h.md"]


def test_sidecar_metadata_overrides_the_header(documents: Path, tmp_path: Path) -> None:
    shutil.copy(documents / "bao_cao.pdf", tmp_path / "bc.pdf")
    (tmp_path / "bc.pdf.meta.yaml").write_text("title: Báo cáo năm 2022\nsource: Ban Dân vận Tỉnh ủy Hà Nam\nurl: https://example.org/bc\n")
    article = read_file(tmp_path / "bc.pdf", "bc.pdf")
    assert (article.title, article.source, article.url, article.number) == ("Báo cáo năm 2022", "Ban Dân vận Tỉnh ủy Hà Nam", "https://example.org/bc", "45-BC/BDVTU")


def test_html_page_text(tmp_path: Path) -> None:
    page = """<html><head><title>Hà Nam tổng kết công tác dân vận - Báo Hà Nam</title><script>var x = 1;</script></head>
    <body><nav>Trang chủ | Tin tức</nav><article><h1>Hà Nam tổng kết công tác dân vận</h1><p>Ngày 20/12/2022</p>
    <p>Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2022 tại thành phố Phủ Lý.</p>
    <table><tr><th>Đơn vị</th><th>Mô hình</th></tr><tr><td>Huyện Lý Nhân</td><td>52</td></tr></table></article>
    <footer>© 2022 Báo Hà Nam</footer></body></html>"""
    (tmp_path / "tin.html").write_text(page, encoding="utf-8")
    article = read_file(tmp_path / "tin.html", "tin.html")
    assert article.title == "Hà Nam tổng kết công tác dân vận" and article.date == "2022-12-20" and article.format == "html"
    assert "Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2022 tại thành phố Phủ Lý." in article.paragraphs
    assert "Đơn vị: Huyện Lý Nhân; Mô hình: 52" in article.paragraphs
    assert not any("var x" in p or "Trang chủ" in p for p in article.paragraphs)


def test_html_text_after_an_unclosed_tag_in_a_dropped_block_is_kept(tmp_path: Path) -> None:
    """Unclosed <li> and <option> are valid HTML5: inside an <aside> or a <select> they
    must not drop the rest of the page.  Hidden elements are dropped."""
    page = ("<html><body><header><p>Logo</header><h1>Huyện Nghĩa Hưng đối thoại với dân</h1>"
            "<p>Năm 2021, huyện Nghĩa Hưng tổ chức 14 hội nghị đối thoại với nhân dân.</p>"
            "<aside><ul><li>Tin 1<li>Tin 2</ul></aside><select><option>a<option>b</select>"
            "<p>Qua đối thoại, 96 kiến nghị của nhân dân đã được giải quyết dứt điểm.</p>"
            '<div style="display: none">Quảng cáo ẩn</div><p hidden>Đoạn ẩn</p></body></html>')
    (tmp_path / "tin.html").write_text(page, encoding="utf-8")
    article = read_file(tmp_path / "tin.html", "tin.html")
    assert "Qua đối thoại, 96 kiến nghị của nhân dân đã được giải quyết dứt điểm." in article.paragraphs
    assert not any(hidden in p for p in article.paragraphs for hidden in ("Logo", "Tin 1", "Quảng cáo", "Đoạn ẩn"))


def test_html_saved_as_utf16_is_read(tmp_path: Path) -> None:
    page = "<html><body><h1>Vụ Bản đối thoại</h1><p>Năm 2021, huyện Vụ Bản tổ chức 9 hội nghị đối thoại.</p></body></html>"
    (tmp_path / "u16.html").write_bytes(page.encode("utf-16"))
    article = read_file(tmp_path / "u16.html", "u16.html")
    assert article.title == "Vụ Bản đối thoại" and "Năm 2021, huyện Vụ Bản tổ chức 9 hội nghị đối thoại." in article.paragraphs


def test_markdown_code_blocks_are_dropped_and_tables_read_with_their_headers(tmp_path: Path) -> None:
    page = ("# Kim Bảng tổng kết dân vận khéo\n\nNăm 2023 huyện Kim Bảng công nhận 45 mô hình dân vận khéo.\n\n"
            "```python\ndef ham_0(x):\n    return x\n```\n\n| Đơn vị | Mô hình |\n|---|---:|\n| Xã Tân Sơn | 12 |\n| Xã Thụy Lôi | 9 |\n")
    (tmp_path / "kb.md").write_text(page, encoding="utf-8")
    article = read_file(tmp_path / "kb.md", "kb.md")
    assert article.title == "Kim Bảng tổng kết dân vận khéo"
    assert "Đơn vị: Xã Tân Sơn; Mô hình: 12" in article.paragraphs
    assert not any("ham_0" in p or "|" in p for p in article.paragraphs)


def test_a_one_line_document_is_its_own_text(tmp_path: Path) -> None:
    (tmp_path / "tin ngắn.txt").write_text("Xã Thanh Hà có 12 mô hình dân vận khéo năm 2023.\n", encoding="utf-8")
    article = read_file(tmp_path / "tin ngắn.txt", "tin ngắn.txt")
    assert article.paragraphs == ("Xã Thanh Hà có 12 mô hình dân vận khéo năm 2023.",)


def test_front_matter_that_is_no_yaml_costs_its_metadata_not_the_text(tmp_path: Path) -> None:
    (tmp_path / "fm.md").write_text("---\ntitle: [unclosed\n---\nTiêu đề\n\nMặt trận huyện Kim Bảng năm 2023 vận động 500 hộ nghèo thoát nghèo bền vững.\n", encoding="utf-8")
    loaded = load_corpus(tmp_path)
    assert not loaded.skipped and [a.id for a in loaded.articles] == ["fm.md"]
    assert "Mặt trận huyện Kim Bảng năm 2023 vận động 500 hộ nghèo thoát nghèo bền vững." in loaded.articles[0].paragraphs
    assert [name for name, _ in loaded.warnings] == ["fm.md (front matter)"]


def test_a_first_line_that_is_a_sentence_is_text_as_well_as_title(tmp_path: Path) -> None:
    (tmp_path / "tin.txt").write_text("Tỉnh ủy Nam Định năm 2023 công nhận 150 mô hình Dân vận khéo.\n\nĐoạn thứ hai về công tác dân vận.\n", encoding="utf-8")
    (tmp_path / "bao.txt").write_text("Hà Nam tổng kết công tác dân vận\n\nĐoạn thứ hai về công tác dân vận.\n", encoding="utf-8")
    sentence, headline = read_file(tmp_path / "tin.txt", "tin.txt"), read_file(tmp_path / "bao.txt", "bao.txt")
    assert sentence.title == sentence.paragraphs[0] == "Tỉnh ủy Nam Định năm 2023 công nhận 150 mô hình Dân vận khéo."
    assert headline.title == "Hà Nam tổng kết công tác dân vận" and headline.paragraphs == ("Đoạn thứ hai về công tác dân vận.",)


def test_dates_written_in_words_and_the_header_of_a_plain_text_report(tmp_path: Path) -> None:
    """"ngày 18 tháng 12 năm 2018" dates a text anywhere near its top; a place-and-date
    line is neither title nor author; "BÁO CÁO tổng kết …" after the header lines is the
    kind and title, and the body sentence after it is no part of the title."""
    (tmp_path / "tin.txt").write_text(
        "Ngày 18 tháng 12 năm 2018, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị tổng kết.\n\nHội nghị khen thưởng 15 tập thể.\n", encoding="utf-8")
    (tmp_path / "dong.txt").write_text(
        "Hà Tĩnh, ngày 18 tháng 12 năm 2018\n\nBan Dân vận Tỉnh ủy Hà Tĩnh tổng kết công tác dân vận năm 2018 với 15 tập thể được khen thưởng.\n",
        encoding="utf-8")
    (tmp_path / "bao_cao.txt").write_text(
        "TỈNH ỦY HÀ TĨNH\nBAN DÂN VẬN\nSố 12-BC/BDVTU\nHà Tĩnh, ngày 18 tháng 12 năm 2018\nBÁO CÁO tổng kết công tác dân vận năm 2018\n\n"
        "Năm 2018, Ban Dân vận Tỉnh ủy đã tham mưu ban hành 5 văn bản chỉ đạo công tác dân vận ở cơ sở.\n", encoding="utf-8")
    news, line, report_ = (read_file(tmp_path / name, name) for name in ("tin.txt", "dong.txt", "bao_cao.txt"))
    assert news.date == line.date == report_.date == "2018-12-18"
    (tmp_path / "su.txt").write_text("Hoa Kỳ tuyên chiến\n\nHoa Kỳ tuyên chiến vào ngày 11 tháng 12 năm 1941 sau trận Trân Châu Cảng.\n", encoding="utf-8")
    assert read_file(tmp_path / "su.txt", "su.txt").date is None  # a date the text is about, not its day
    assert line.author is None and line.title.startswith("Ban Dân vận Tỉnh ủy Hà Tĩnh")
    assert report_.title == "Báo cáo tổng kết công tác dân vận năm 2018" and report_.number == "12-BC/BDVTU"
    assert "Năm 2018, Ban Dân vận Tỉnh ủy đã tham mưu ban hành 5 văn bản chỉ đạo công tác dân vận ở cơ sở." in report_.paragraphs


def test_markdown_markup_is_not_quoted(tmp_path: Path) -> None:
    (tmp_path / "thanh_hoa.md").write_text(
        "# Thanh Hóa tổng kết dân vận\n\n* Huyện Hoằng Hóa có 98 mô hình **Dân vận khéo** năm 2020.\n\n"
        "Xem [trang Ban Dân vận](http://example.org/danvan) ![ảnh](a.png) và *nhấn mạnh*; 5 * 3 = 15, mã_số a_b.\n", encoding="utf-8")
    article = read_file(tmp_path / "thanh_hoa.md", "thanh_hoa.md")
    assert article.title == "Thanh Hóa tổng kết dân vận"
    assert article.paragraphs == ("Huyện Hoằng Hóa có 98 mô hình Dân vận khéo năm 2020.",
                                  "Xem trang Ban Dân vận và nhấn mạnh; 5 * 3 = 15, mã_số a_b.")


@pytest.mark.parametrize("name", ["rong.pdf", "rong.docx", "rong.odt", "rong.html"])
def test_an_empty_document_of_any_format_is_skipped_as_empty(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Hà Nam có 306 mô hình dân vận khéo năm 2022 được các cấp công nhận.\n", encoding="utf-8")
    loaded = load_corpus(tmp_path)
    assert dict(loaded.skipped)[name] == "tệp rỗng (empty file)"


@pytest.mark.parametrize(
    ("capitals", "name"),
    [("TỈNH ỦY HÀ TĨNH", "Tỉnh ủy Hà Tĩnh"), ("BAN DÂN VẬN", "Ban Dân vận"), ("BAN DÂN VẬN TỈNH ỦY", "Ban Dân vận Tỉnh ủy"),
     ("UBND HUYỆN LÝ NHÂN", "UBND huyện Lý Nhân"), ("ĐẢNG ỦY XÃ AN BÌNH", "Đảng ủy xã An Bình"),
     ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "Ủy ban Mặt trận Tổ quốc Việt Nam"), ("Báo Hà Nam", "Báo Hà Nam")],
)
def test_a_publisher_in_capitals_is_written_as_vietnamese_names_are(capitals: str, name: str) -> None:
    assert _name_case(capitals) == name
