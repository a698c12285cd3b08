"""The loader on the real seed pages and on broken files."""

import json
import logging
import re
from pathlib import Path

import pytest

from retrieval.documents.passages import chunk_articles, split_long
from retrieval.documents.readers import CorpusError, load_corpus
from retrieval.text import fold_accents
from tests.conftest import CORPUS

FURNITURE = re.compile(
    r"skip to|nhap thong tin|dang nhap|luot xem|view count|anh tin bai|anh co dong|no title|copyright|thong ke truy cap|dang online|tin moi",
)


@pytest.fixture(scope="module")
def seeds():
    return {a.id: a for a in load_corpus(CORPUS).articles}


def test_seed_files_are_shipped_byte_identical():
    shared = CORPUS.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("shared/seeds not beside the repository")
    for seed in shared.iterdir():
        assert (CORPUS / seed.name).read_bytes() == seed.read_bytes()


def test_titles_dates_and_publishers_of_the_seeds(seeds):
    expected = {
        "000_5a9b3b7dfacef25e.txt": ("Giao ban công tác Dân vận 6 tháng đầu năm 2020", "2020-07-09"),
        "001_27ba131a02d350d8.txt": ("Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023", "2022-12-20"),
        "002_ef43287c4973310c.txt": ("Hội nghị giao ban công tác dân vận quý I năm 2019", "2019-03-28"),
        "003_ca5f81a200f39648.txt": ("Cụm thi đua Dân vận các Quận ủy Thành phố Hà Nội tổ chức", "2019-07-09"),
        "004_33644b7a64d47b6f.txt": ("Bí thư Thành ủy Hà Nội: Tiếp tục đẩy mạnh phong trào", "2020-04-28"),
    }
    for article_id, (title, date) in expected.items():
        assert seeds[article_id].title.startswith(title)
        assert seeds[article_id].date == date
    assert seeds["001_27ba131a02d350d8.txt"].source == "Báo Hà Nam"
    assert seeds["004_33644b7a64d47b6f.txt"].source == "Tin tức TTXVN"
    assert seeds["002_ef43287c4973310c.txt"].author == "Thùy Linh"


def test_what_a_page_says_about_itself_is_kept_verbatim_apart_from_the_text(seeds):
    """Counters, datelines, sources and bylines answer "bài này đăng lúc nào, ai đưa tin"."""
    raw = {a: (CORPUS / a).read_text(encoding="utf-8") for a in seeds}
    for article_id, article in seeds.items():
        assert all(line in raw[article_id] for line in article.page_info)
        assert not set(article.page_info) & set(article.paragraphs)
    assert seeds["001_27ba131a02d350d8.txt"].page_info == ("Lượt xem: 591", "Nguồn Báo Hà Nam")
    assert seeds["000_5a9b3b7dfacef25e.txt"].page_info[0] == "09/07/2020 | 2522"
    assert seeds["003_ca5f81a200f39648.txt"].page_info[0].startswith("Ngày đăng 09/07/2019 | 17:03")
    assert seeds["003_ca5f81a200f39648.txt"].page_info[-1] == "BAN TUYÊN GIÁO QUẬN ỦY"  # the byline
    assert seeds["004_33644b7a64d47b6f.txt"].page_info == ("Nguồn: Tin tức TTXVN",)


def test_no_indexed_passage_is_page_furniture(seeds):
    chunks = chunk_articles(seeds.values(), min_words=8, max_chars=1200)
    assert len(chunks) > 40
    for chunk in chunks:
        key = fold_accents(chunk.text).lower()
        assert not FURNITURE.search(key), chunk.text
        assert not chunk.text.startswith(("Nguồn", "©"))
    # A photo caption is a paragraph of its own, never glued to the text around it:
    # a short one is not an answer, one naming who did what is ("… trao Bằng khen").
    texts = [c.text for c in chunks]
    assert "Các đại biểu dự hội nghị." not in texts
    assert any(t.startswith("Đồng chí Nguyễn Anh Chức") and t.endswith("cấp tỉnh.") for t in texts)
    assert not any("hội nghị. Các đại biểu" in t or t.endswith("dự hội nghị.") and len(t) > 40 for t in texts)


def test_paragraph_text_is_verbatim(seeds):
    raw = (CORPUS / "001_27ba131a02d350d8.txt").read_text(encoding="utf-8")
    for paragraph in seeds["001_27ba131a02d350d8.txt"].paragraphs:
        assert paragraph in raw


def test_broken_files_are_skipped_by_name(tmp_path: Path, caplog):
    (tmp_path / "good.txt").write_text("Tiêu đề bài viết thử nghiệm\n\nNgày 01/02/2023, Ban Dân vận tổ chức hội nghị với nhiều nội dung.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x00\x00\x00binary")
    (tmp_path / "latin.txt").write_bytes("Café déjà vu, Hội nghị".encode("utf-8").replace(b"\xc3\xa9", b"\xe9"))
    with caplog.at_level(logging.DEBUG):  # reported once by the front end; logged at debug level
        loaded = load_corpus(tmp_path)
    assert [a.id for a in loaded.articles] == ["good.txt"]
    skipped = dict(loaded.skipped)
    assert set(skipped) == {"empty.txt", "binary.txt", "latin.txt"}
    assert "binary" in skipped["binary.txt"] and "UTF-8" in skipped["latin.txt"]
    assert "empty.txt" in caplog.text
    # one stray NUL byte (a bad export) does not make a text binary
    (tmp_path / "stray.txt").write_bytes("Tiêu đề\n\nNăm 2022, Hà Nam\x00 công nhận 306 mô hình Dân vận khéo trong tỉnh.\n".encode())
    stray = next(a for a in load_corpus(tmp_path).articles if a.id == "stray.txt")
    assert "Hà Nam công nhận 306 mô hình" in stray.paragraphs[0]


def test_markdown_front_matter_and_sidecar(tmp_path: Path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: Bài có siêu dữ liệu\ndate: 2024-05-01\nsource: Báo Nam Định\nurl: https://example.org/a\n---\n"
        "# Tiêu đề trong bài\n\nNăm 2024, Nam Định công nhận 120 mô hình Dân vận khéo cấp tỉnh.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("Hội nghị giao ban dân vận quý II\n\nNgày 3/4/2024, hội nghị giao ban được tổ chức.\n", encoding="utf-8")
    (tmp_path / "b.txt.meta.yaml").write_text("url: https://example.org/b\ndate: 05/04/2024\n", encoding="utf-8")
    articles = {a.id: a for a in load_corpus(tmp_path).articles}
    a = articles["a.md"]
    assert (a.title, a.date, a.source, a.url) == ("Bài có siêu dữ liệu", "2024-05-01", "Báo Nam Định", "https://example.org/a")
    assert any("120 mô hình" in p for p in a.paragraphs)
    b = articles["b.txt"]
    assert (b.url, b.date, b.title) == ("https://example.org/b", "2024-04-05", "Hội nghị giao ban dân vận quý II")


def test_front_matter_never_closed_is_read_as_text_and_said(tmp_path: Path):
    (tmp_path / "a.md").write_text("---\ntitle: Chưa đóng\n\nNăm 2021, Hà Nam công nhận 250 mô hình dân vận khéo của các cơ quan.\n", encoding="utf-8")
    loaded = load_corpus(tmp_path)
    assert [a.id for a in loaded.articles] == ["a.md"]
    assert loaded.warnings == [("a.md (front matter)", "thiếu dòng --- đóng front matter: đọc cả phần đó như văn bản (unclosed front matter)")]


def test_jsonl_rows_and_bad_rows(tmp_path: Path):
    path = tmp_path / "bulk.jsonl"
    rows = [
        json.dumps({"id": "r1", "text": "Đoạn thứ nhất nói về công tác dân vận ở cơ sở.\nĐoạn thứ hai.", "title": "Bài một"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "r2"}),
        json.dumps({"id": "r3", "text": "Văn bản không có tiêu đề nhưng đủ dài để làm một đoạn văn."}, ensure_ascii=False),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    loaded = load_corpus(path)
    assert [a.id for a in loaded.articles] == ["r1", "r3"]
    assert loaded.articles[0].title == "Bài một"
    assert loaded.articles[1].paragraphs == ("Văn bản không có tiêu đề nhưng đủ dài để làm một đoạn văn.",)
    assert [where for where, _ in loaded.skipped] == ["bulk.jsonl:2", "bulk.jsonl:3"]
    # written by Notepad or PowerShell: a byte-order mark and CRLF
    path.write_text("\r\n".join([rows[0], rows[3]]) + "\r\n", encoding="utf-8-sig")
    assert [a.id for a in load_corpus(path).articles] == ["r1", "r3"]
    # a second row with an id already read is skipped, named by its line
    path.write_text("\n".join([rows[0], rows[3], rows[0]]) + "\n", encoding="utf-8")
    assert load_corpus(path).skipped == [("bulk.jsonl:3", "trùng id 'r1' với một bài trước (duplicate id)")]


def test_missing_corpus_is_an_error(tmp_path: Path):
    with pytest.raises(CorpusError):
        load_corpus(tmp_path / "nope")


def test_long_paragraphs_are_cut_at_sentence_ends():
    text = " ".join(f"Câu số {i} nói về công tác dân vận ở cơ sở." for i in range(60))
    spans = split_long(text, 400)
    assert len(spans) > 1
    for start, end in spans:
        piece = text[start:end]
        assert len(piece) <= 400 and piece.startswith("Câu số") and piece.endswith(".")


def test_a_sentence_longer_than_a_passage_is_cut_between_words():
    """A table dump or a list with no full stop: pieces of at most max_chars, cut at spaces."""
    text = " ".join(["mô hình dân vận khéo 2022"] * 2000)
    spans = split_long(text, 1600)
    assert len(spans) == -(-len(text) // 1600) or len(spans) == -(-len(text) // 1600) + 1
    assert all(end - start <= 1600 and not text[start].isspace() and text[end - 1] != " " for start, end in spans)
    assert " ".join(text[s:e] for s, e in spans) == text  # every word kept, verbatim
    assert split_long("x" * 3500, 1600) == [(0, 1600), (1600, 3200), (3200, 3500)]  # no space: cut anyway


def test_corpus_files_lists_pages_in_folders_in_a_stable_order(tmp_path: Path):
    from retrieval.documents.readers import corpus_files

    for name in ("b.txt", "a/z.md", "a/b.txt", "a-b/c.txt", "a/.hidden.txt", "a/b.txt.meta.yaml", "notes.yaml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()  # a folder, not a page
    listed = [p.relative_to(tmp_path).as_posix() for p in corpus_files(tmp_path)]
    assert listed == ["a/b.txt", "a/z.md", "a-b/c.txt", "b.txt"]


def test_a_jsonl_corpus_inside_a_folder_is_named_with_how_to_read_it(tmp_path: Path):
    from retrieval.documents.readers import corpus_files

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "bo-sung.jsonl").write_text('{"id": "1", "text": "x"}\n', encoding="utf-8")
    skipped: list[tuple[str, str]] = []
    assert [p.name for p in corpus_files(tmp_path, skipped=skipped)] == ["a.txt"]
    assert skipped and skipped[0][0] == "bo-sung.jsonl" and "--corpus" in skipped[0][1]
