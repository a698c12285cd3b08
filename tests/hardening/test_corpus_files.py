"""Issue #15, items 3 and 10-13: what a corpus folder may hold must not leak files,
hang, exhaust memory, or stop the other files — tested with real links, a FIFO,
/dev/zero, bombs and permissions, through ``danvan index`` in its own process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from retrieval.config import config_from_dict
from retrieval.documents.readers import load_corpus
from retrieval.indexer import Indexer
from tests.conftest import CORPUS

GOOD = "Tiêu đề bài viết thử nghiệm\n\nNgày 01/02/2023, Ban Dân vận tỉnh tổ chức hội nghị tổng kết phong trào thi đua dân vận khéo với nhiều nội dung.\n"
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi")
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


def words_only(tmp_path: Path, **corpus: object) -> Path:
    """A config without meaning vectors (fast), its index in ``tmp_path``."""
    path = tmp_path / "words.yaml"
    extra = "".join(f"  {k}: {str(v).lower() if isinstance(v, bool) else v}\n" for k, v in corpus.items())
    path.write_text(f"corpus:\n{extra or '  {}'}\nindex: {{dir: {tmp_path / 'index'}}}\nranking: {{signals: {{meaning: 0}}}}\n", encoding="utf-8")
    return path


def danvan(config: Path, corpus: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "retrieval", "--config", str(config), "--corpus", str(corpus), *args],
        capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def indexed(tmp_path: Path, corpus: Path, **settings: object) -> Indexer:
    data = {"index": {"dir": str(tmp_path / "index")}, "ranking": {"signals": {"meaning": 0}}, "corpus": settings}
    return Indexer(config_from_dict(data), corpus=corpus)


# -- item 3: links, loops, FIFOs, devices, sizes --------------------------------------------
def test_a_link_out_of_the_corpus_is_not_read(tmp_path: Path, corpus: Path) -> None:
    secret = tmp_path / "outside.txt"
    secret.write_text(GOOD.replace("thử nghiệm", "bí mật ngoài kho"), encoding="utf-8")
    (corpus / "passwd.txt").symlink_to("/etc/passwd")
    (corpus / "outside.txt").symlink_to(secret)
    (corpus / "away").symlink_to(tmp_path, target_is_directory=True)
    run = danvan(words_only(tmp_path), corpus, "sources", "--json")
    assert run.returncode == 0, run.stderr
    assert "passwd" not in run.stdout and "bí mật" not in run.stdout
    for name in ("passwd.txt", "outside.txt", "away"):
        assert f"bỏ qua {name}: liên kết ra ngoài kho bài viết" in run.stderr
    allowed = danvan(words_only(tmp_path, follow_links_outside=True), corpus, "sources", "--json")
    assert "bí mật ngoài kho" in allowed.stdout  # the config may allow it


def test_links_back_into_the_corpus_are_read_once(tmp_path: Path, corpus: Path) -> None:
    (corpus / "sub").mkdir()
    (corpus / "sub" / "up").symlink_to("..", target_is_directory=True)
    (corpus / "sub" / "up2").symlink_to("../sub", target_is_directory=True)
    (corpus / "loop").symlink_to("loop")
    start = time.monotonic()
    run = danvan(words_only(tmp_path), corpus, "index", timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Bài viết: 5 " in run.stdout  # not 5 × 41
    assert "sub/up: liên kết tới thư mục đã đọc" in run.stderr
    assert time.monotonic() - start < 110


def test_a_fifo_and_dev_zero_named_txt_are_skipped(tmp_path: Path, corpus: Path) -> None:
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "zero.txt").symlink_to("/dev/zero")
    run = danvan(words_only(tmp_path, follow_links_outside=True), corpus, "index", timeout=120)
    assert run.returncode == 0, run.stderr
    assert "bỏ qua pipe.txt: không phải tệp thường" in run.stderr
    assert "bỏ qua zero.txt: không phải tệp thường" in run.stderr


# -- item 11: large files are skipped by name, lines of a .jsonl are bounded -----------------
def test_a_file_over_the_size_limit_is_skipped_at_once(tmp_path: Path, corpus: Path) -> None:
    with open(corpus / "huge.txt", "wb") as fh:  # 50 MB on one line
        fh.write(b"a" * (50 << 20))
    start = time.monotonic()
    run = danvan(words_only(tmp_path), corpus, "index")
    assert run.returncode == 0, run.stderr
    assert "bỏ qua huge.txt: tệp quá lớn (50.0 MB, giới hạn corpus.max_file_mb là 20 MB)" in run.stderr
    assert time.monotonic() - start < 60


def test_a_file_name_that_is_not_utf8_is_skipped_by_name(tmp_path: Path, corpus: Path) -> None:
    """A name from a Windows zip ("bao-cao-\\xe9.txt") stopped every index and ask with a traceback."""
    with open(os.path.join(os.fsencode(corpus), b"bao-cao-\xe9.txt"), "wb") as fh:
        fh.write(GOOD.encode())
    run = danvan(words_only(tmp_path), corpus, "index")
    assert run.returncode == 0, run.stderr
    assert "bỏ qua bao-cao-\\xe9.txt: tên tệp không phải UTF-8" in run.stderr
    assert "Bài viết: 5" in run.stdout


def test_a_docx_that_unpacks_to_too_much_xml_is_skipped_at_once(tmp_path: Path, corpus: Path) -> None:
    """260 KB on disk, 86 MB of XML: held indexing for minutes and gigabytes before."""
    import zipfile

    with zipfile.ZipFile(corpus / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document><w:body>" + b"<w:p><w:r><w:t>dan van</w:t></w:r></w:p>" * 2_000_000 + b"</w:body></w:document>")
    start = time.monotonic()
    run = danvan(words_only(tmp_path), corpus, "index")
    assert run.returncode == 0, run.stderr
    assert "bỏ qua bomb.docx: tệp nén bung ra quá lớn" in run.stderr and "Bài viết: 5 " in run.stdout
    assert time.monotonic() - start < 60


def test_a_corpus_with_no_readable_file_names_each_files_reason(tmp_path: Path) -> None:
    folder = tmp_path / "onlybad"
    folder.mkdir()
    (folder / "rand.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    run = danvan(words_only(tmp_path), folder, "index")
    assert run.returncode == 2
    assert run.stderr.startswith("Lỗi: Kho bài viết không có bài nào đọc được")
    assert "  - empty.txt: tệp rỗng (empty file)" in run.stderr and "  - rand.txt: tệp nhị phân" in run.stderr


def test_an_index_folder_inside_the_corpus_is_not_read_as_pages(tmp_path: Path, corpus: Path) -> None:
    config = tmp_path / "inside.yaml"
    config.write_text(f"index: {{dir: {corpus / 'idx'}}}\nranking: {{signals: {{meaning: 0}}}}\n", encoding="utf-8")
    for _ in range(2):
        run = danvan(config, corpus, "index")
        assert run.returncode == 0 and "idx" not in run.stderr and "Bài viết: 5 " in run.stdout, run.stderr


def test_a_sidecar_that_is_not_valid_yaml_costs_only_its_metadata(tmp_path: Path, corpus: Path) -> None:
    (corpus / "side.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "side.txt.meta.yaml").write_text("title: [bad\n", encoding="utf-8")
    run = danvan(words_only(tmp_path), corpus, "index")
    assert run.returncode == 0, run.stderr
    assert "cảnh báo: side.txt.meta.yaml: bỏ siêu dữ liệu, vẫn đọc bài" in run.stderr and "Bài viết: 6 " in run.stdout


def test_jsonl_lines_over_the_limit_are_skipped_without_reading_them_whole(tmp_path: Path) -> None:
    path = tmp_path / "bulk.jsonl"
    with open(path, "wb") as fh:
        fh.write(b'{"id": "a", "text": "' + GOOD.replace("\n", " ").encode() + b'"}\n')
        fh.write(b'{"id": "big", "text": "' + b"x" * (2 << 20) + b'"}\n')
        fh.write(b'{"id": "b", "text": "' + GOOD.replace("\n", " ").encode() + b'"}\n')
    loaded = load_corpus(path, policy=__import__("retrieval.documents.files", fromlist=["FilePolicy"]).FilePolicy(1 << 20, False))
    assert [a.id for a in loaded.articles] == ["a", "b"]
    assert loaded.skipped == [("bulk.jsonl:2", "dòng quá dài (line longer than corpus.max_file_mb = 1 MB)")]


# -- item 10: bombs in one file cost that file -----------------------------------------------
def test_deep_json_lines_and_front_matter_and_alias_bombs_are_contained(tmp_path: Path, corpus: Path) -> None:
    (corpus / "deep.md").write_text("---\ntitle: " + "[" * 20000 + "]" * 20000 + "\n---\n" + GOOD, encoding="utf-8")
    (corpus / "bomb.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "bomb.txt.meta.yaml").write_text(BOMB, encoding="utf-8")
    start = time.monotonic()
    run = danvan(words_only(tmp_path), corpus, "index", timeout=120)
    assert run.returncode == 0, run.stderr
    assert time.monotonic() - start < 60
    # the metadata of the front matter and of the sidecar bomb is dropped, their texts still read
    assert "cảnh báo: deep.md (front matter): bỏ siêu dữ liệu, vẫn đọc bài: lồng quá sâu" in run.stderr
    assert "cảnh báo: bomb.txt.meta.yaml: bỏ siêu dữ liệu, vẫn đọc bài: quá nhiều bí danh YAML" in run.stderr
    assert "Bài viết: 7 " in run.stdout
    jsonl = tmp_path / "deep.jsonl"
    jsonl.write_text('{"id": "ok", "text": "' + GOOD.replace("\n", " ") + '"}\n{"id": "deep", "text": "x", "n": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    loaded = load_corpus(jsonl)
    assert [a.id for a in loaded.articles] == ["ok"]
    assert loaded.skipped == [("deep.jsonl:2", "dòng JSON lồng quá sâu (nested deeper than 32)")]


# -- item 12: skipped for permissions, then readable --------------------------------------------
def _nobody_can_run_python() -> bool:
    if os.geteuid() != 0:
        return True
    probe = subprocess.run([sys.executable, "-c", "pass"], user=65534, capture_output=True) if _executable_by_all() else None
    return probe is not None and probe.returncode == 0


def _executable_by_all() -> bool:
    path = Path(os.path.realpath(sys.executable))
    return all(p.stat().st_mode & 0o001 for p in [path, *path.parents])


def test_a_file_skipped_for_permissions_is_retried_in_process(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same as below without another user: the read fails with EACCES, as a
    file of mode 000 does for anyone but root."""
    import errno

    import retrieval.documents.files as files

    page = corpus / "late.txt"
    page.write_text(GOOD, encoding="utf-8")
    real_open = os.open

    def denied(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith("late.txt"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", denied)
    for _ in range(2):
        report = indexed(tmp_path, corpus).refresh()
        assert ("late.txt", "không có quyền đọc (permission denied)") in report.skipped
    monkeypatch.setattr(files.os, "open", real_open)
    fixed = indexed(tmp_path, corpus).refresh()
    assert fixed.added == ["late.txt"] and not fixed.skipped


@pytest.mark.skipif(not _nobody_can_run_python(), reason="running as root with an interpreter only root can run: no unprivileged user to be refused")
def test_a_file_skipped_for_permissions_is_read_once_readable(tmp_path: Path) -> None:
    """Real processes and a real mode 000; as root (who reads anything) they run as ``nobody``."""
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="danvan-perm-"))
    try:
        base.chmod(0o777)
        corpus = base / "corpus"
        shutil.copytree(CORPUS, corpus)
        page = corpus / "late.txt"
        page.write_text(GOOD, encoding="utf-8")
        for path in [corpus, *corpus.iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        page.chmod(0o000)
        config = words_only(base)
        config.chmod(0o644)
        as_nobody = {"user": 65534} if os.geteuid() == 0 else {}
        env = {**os.environ, "HOME": str(base), "NUMBA_CACHE_DIR": str(base / "numba")}

        def index() -> subprocess.CompletedProcess:
            return subprocess.run([sys.executable, "-m", "retrieval", "--config", str(config), "--corpus", str(corpus), "index"],
                                  capture_output=True, text=True, timeout=180, env=env, **as_nobody)  # fmt: skip

        for _ in range(2):  # skipped, and warned about, at every refresh
            run = index()
            assert run.returncode == 0, run.stderr
            assert "bỏ qua late.txt: không có quyền đọc (permission denied)" in run.stderr
        page.chmod(0o644)
        run = index()
        assert run.returncode == 0 and "Thêm: 1" in run.stdout, run.stdout + run.stderr
    finally:
        shutil.rmtree(base, ignore_errors=True)


# -- item 13: UTF-16, bad dates, wrong types, long paths ---------------------------------------
def test_utf16_bad_fields_and_long_paths(tmp_path: Path, corpus: Path) -> None:
    (corpus / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    (corpus / "utf16-nobom.txt").write_bytes(GOOD.encode("utf-16-le"))
    program = bytes(range(256)) * 4 + b"\x7fELF\x02\x01\x01" + b"\x00" * 600 + bytes(range(1, 200)) * 8
    (corpus / "program.txt").write_bytes(program)  # zero bytes on both sides: no UTF-16 text
    (corpus / "dated.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "dated.txt.meta.yaml").write_text("date: 2020-13-45\nsource: Báo Thử\n", encoding="utf-8")
    (corpus / "typed.md").write_text("---\ntitle: [a, b]\nurl: {x: 1}\nauthor: Lan\n---\n" + GOOD, encoding="utf-8")
    deep = corpus / "deep"
    deep.mkdir()
    fd = os.open(deep, os.O_RDONLY)
    try:  # a folder path longer than the system allows (PATH_MAX), made step by step
        name = "d" * 200
        for _ in range(25):
            os.mkdir(name, dir_fd=fd)
            fd, old = os.open(name, os.O_RDONLY, dir_fd=fd), fd
            os.close(old)
        with open(os.open("far.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "w", encoding="utf-8") as fh:
            fh.write(GOOD)
    finally:
        os.close(fd)
    report = indexed(tmp_path, corpus).refresh()
    articles = {a.id: a for a in load_corpus(corpus).articles}
    assert "utf16.txt" in report.added and articles["utf16.txt"].paragraphs
    assert dict(report.skipped)["utf16-nobom.txt"].startswith("tệp UTF-16 không có BOM")
    assert dict(report.skipped)["program.txt"].startswith("tệp nhị phân")
    assert articles["dated.txt"].source == "Báo Thử" and articles["dated.txt"].date == "2023-02-01"
    assert articles["typed.md"].author == "Lan" and articles["typed.md"].url is None
    assert not articles["typed.md"].title.startswith("[")
    warned = dict(report.warnings)
    assert warned["dated.txt.meta.yaml: date"].startswith("bỏ trường này: ngày không hợp lệ")
    assert "phải là chuỗi" in warned["typed.md (front matter): title"] and "typed.md (front matter): url" in warned
    assert any("đường dẫn quá dài" in reason for _, reason in report.skipped)


def test_a_file_of_one_heading_is_titled_by_it_and_said_to_hold_nothing_to_search(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "heading.txt").write_text("CÔNG TÁC DÂN VẬN\n", encoding="utf-8")
    report = indexed(tmp_path, corpus).refresh()
    heading = {a.id: a for a in load_corpus(corpus).articles}["heading.txt"]
    assert heading.title == "CÔNG TÁC DÂN VẬN" and heading.author is None
    assert dict(report.warnings)["heading.txt"].startswith("không có đoạn nào đủ dài để tìm")
    assert "good.txt" not in dict(report.warnings)


def test_a_docx_of_broken_or_entity_bomb_xml_is_skipped_not_a_traceback(tmp_path: Path, corpus: Path) -> None:
    """A billion-laughs document.xml (lxml refuses the amplification) or one cut short
    stopped `danvan index` with lxml's XMLSyntaxError, the rest of the corpus unread."""
    import zipfile

    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    parts = {
        "laughs.docx": f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">{laughs}]><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>',
        "cut.docx": f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>Ban Dân vận',
    }
    for name, xml in parts.items():
        with zipfile.ZipFile(corpus / name, "w") as z:
            z.writestr("[Content_Types].xml", DOCX_TYPES)
            z.writestr("_rels/.rels", DOCX_RELS)
            z.writestr("word/document.xml", xml)
    run = danvan(words_only(tmp_path), corpus, "index")
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "Bài viết: 5 " in run.stdout
    for name in parts:
        assert f"bỏ qua {name}: không mở được tệp Word (unreadable .docx: XMLSyntaxError)" in run.stderr


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
DOCX_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
