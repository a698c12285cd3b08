"""Issue #15, items 5, 7, 8 and 9: an index damaged on disk, shared by processes,
or in a folder that cannot be written — with real files and real processes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS

QUESTION = "Năm 2022 Hà Nam công nhận bao nhiêu mô hình Dân vận khéo"
EXTRA = "Tiêu đề bài viết thêm số {n}\n\nNgày 01/02/2023, Ban Dân vận huyện số {n} tổ chức hội nghị tổng kết phong trào thi đua dân vận khéo với nhiều nội dung mới.\n"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path]:
    """(config without meaning vectors, private corpus copy)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    config = tmp_path / "words.yaml"
    config.write_text(f"index: {{dir: {tmp_path / 'index'}}}\nranking: {{signals: {{meaning: 0}}}}\n", encoding="utf-8")
    return config, corpus


def danvan(config: Path, corpus: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "retrieval", "--config", str(config), "--corpus", str(corpus), *args],
                          capture_output=True, text=True, timeout=timeout)  # fmt: skip


def build(config: Path, corpus: Path) -> None:
    """The index built in this process, as ``danvan index`` builds it: what is tested is
    what the processes started next make of it (a second of start-up saved per test)."""
    from retrieval import Indexer, load_config

    Indexer(load_config(config), corpus=corpus).refresh()


def index_folder(tmp_path: Path) -> Path:
    (folder,) = (tmp_path / "index").iterdir()
    return folder


def segments(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("seg-"))


# -- item 5 ------------------------------------------------------------------------------------
def test_corruption_that_keeps_size_and_time_never_crashes(tmp_path: Path, setup) -> None:
    config, corpus = setup
    build(config, corpus)
    (segment,) = segments(index_folder(tmp_path))
    target = segment / "postings_doc.npy"
    aside = tmp_path / "aside.npy"
    shutil.copy2(target, aside)  # cp -p
    data = bytearray(target.read_bytes())
    data[200:] = os.urandom(len(data) - 200)
    target.write_bytes(bytes(data))
    os.utime(target, ns=(aside.stat().st_atime_ns, aside.stat().st_mtime_ns))  # touch -r
    for _ in range(2):
        run = danvan(config, corpus, "ask", "--json", QUESTION)
        assert run.returncode == 0, (run.returncode, run.stderr[-500:])  # 139 before: a segfault
        assert json.loads(run.stdout)["found"]


def test_index_verify_finds_damage_the_open_checks_cannot_see(tmp_path: Path, setup) -> None:
    config, corpus = setup
    build(config, corpus)
    (segment,) = segments(index_folder(tmp_path))
    target = segment / "postings_tf.npy"  # frequencies: any bytes are in bounds
    stat = target.stat()
    data = bytearray(target.read_bytes())
    data[-8:] = b"\x00\x00\xc0\x7f" * 2  # NaN
    target.write_bytes(bytes(data))
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    run = danvan(config, corpus, "index", "--verify")
    assert run.returncode == 0 and "postings_tf.npy" in run.stdout and "xây lại" in run.stdout, run.stdout + run.stderr
    again = danvan(config, corpus, "index", "--verify")
    assert "Kiểm tra toàn bộ chỉ mục: tốt" in again.stdout


# -- item 9 ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "damage",
    [
        lambda m: m.update(files=[1, 2]),
        lambda m: m.update(deleted={m["segments"][0]: [10**9]}),
        lambda m: m.update(deleted={m["segments"][0]: ["x"]}),
        lambda m: m.update(articles={"a": "b"}),
        lambda m: m.update(segments="seg-x"),
    ],
    ids=["files-list", "deleted-out-of-range", "deleted-type", "articles-type", "segments-type"],
)
def test_manifest_of_the_wrong_shape_is_rebuilt(tmp_path: Path, setup, damage) -> None:
    from retrieval import Indexer, load_config

    config, corpus = setup
    build(config, corpus)
    manifest_path = index_folder(tmp_path) / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    damage(manifest)
    manifest_path.write_text(json.dumps(manifest))
    for _ in range(2):  # opened afresh each time, as by the next `danvan ask` (in this process: it only reads files)
        indexer = Indexer(load_config(config), corpus=corpus)
        indexer.refresh()
        assert indexer.searcher().rank(QUESTION).answerable()


def test_orphan_segments_of_a_killed_merge_are_removed(tmp_path: Path, setup) -> None:
    config, corpus = setup
    build(config, corpus)
    folder = index_folder(tmp_path)
    (segment,) = segments(folder)
    shutil.copytree(segment, folder / "seg-000000orphan")
    shutil.copytree(segment, folder / "seg-000000dead.tmp")
    run = danvan(config, corpus, "ask", "--json", QUESTION)
    assert run.returncode == 0
    assert segments(folder) == [segment]


def test_a_reader_that_read_an_older_manifest_removes_none_of_a_newer_ones_segments(tmp_path: Path, setup) -> None:
    """A reader slow between reading the manifest and tidying up: a writer saved a new
    segment meanwhile; it is no leftover of a killed writer, and stays."""
    from retrieval import Indexer, load_config

    config, corpus = setup
    reader = Indexer(load_config(config), corpus=corpus)
    reader.refresh()  # the reader's view: the index as it was
    (corpus / "extra_new.txt").write_text(EXTRA.format(n=1), encoding="utf-8")
    writer = Indexer(load_config(config), corpus=corpus)
    writer.refresh()  # another process adds a segment and saves a new manifest
    before = segments(index_folder(tmp_path))
    reader.index._tidy()  # what reload() does last
    assert segments(index_folder(tmp_path)) == before and len(before) == 2
    assert "extra_new.txt" in Indexer(load_config(config), corpus=corpus).index.locations


# -- item 7 ------------------------------------------------------------------------------------
def test_two_writers_and_a_reader_racing_a_merge(tmp_path: Path, setup) -> None:
    """Two ``danvan index`` at once while articles are added (enough segments to
    merge), and readers asking throughout: nobody fails, nothing is wiped."""
    config, corpus = setup
    build(config, corpus)
    for n in range(12):
        (corpus / f"extra_{n:02d}.txt").write_text(EXTRA.format(n=n), encoding="utf-8")
    command = [sys.executable, "-m", "retrieval", "--config", str(config), "--corpus", str(corpus)]
    writers = [subprocess.Popen([*command, "index"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    readers = []
    deadline = time.monotonic() + 120
    while any(w.poll() is None for w in writers) and time.monotonic() < deadline:
        readers.append(subprocess.run([*command, "ask", "--json", QUESTION], capture_output=True, text=True, timeout=180))
    results = [w.communicate(timeout=180) for w in writers]
    for writer, (out, err) in zip(writers, results):
        assert writer.returncode == 0, err[-800:]
        assert "Traceback" not in err
    for reader in readers:
        assert reader.returncode == 0, reader.stderr[-800:]
        assert json.loads(reader.stdout)["found"]
    final = danvan(config, corpus, "index")
    assert "Bài viết: 17 " in final.stdout and "không đổi" in final.stdout, final.stdout


def test_a_merge_in_one_process_never_makes_a_reader_wipe_the_index(tmp_path: Path, setup) -> None:
    """A reader opens the index while a writer (in this process) is between writing
    its manifest and deleting the old segments: it sees one complete index."""
    from retrieval import Indexer, load_config
    import retrieval.index.store as store

    config, corpus = setup
    first = Indexer(load_config(config), corpus=corpus)
    first.refresh()
    folder = first.index_dir
    for n in range(7):  # one small segment each: eight in all, the next refresh merges
        (corpus / f"extra_{n:02d}.txt").write_text(EXTRA.format(n=n), encoding="utf-8")
        first.refresh()
    seen: list[subprocess.Popen] = []
    real_write = store.write_json_atomic
    reader = (
        "import sys; from retrieval import Indexer, load_config\n"
        "ix = Indexer(load_config(sys.argv[1]), corpus=sys.argv[2])\n"  # opens, does not refresh
        "print(len(ix.index.locations), ix.index.damaged, bool(ix.searcher().search(sys.argv[3])))\n"
    )

    def with_readers_opening(path: Path, data: object) -> None:
        """Readers start while the merged segment is written and the old ones are
        about to go: each must open one complete index."""
        for _ in range(3):
            seen.append(subprocess.Popen([sys.executable, "-c", reader, str(config), str(corpus), QUESTION], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
            time.sleep(0.4)
        real_write(path, data)

    store.write_json_atomic = with_readers_opening
    try:
        (corpus / "extra_last.txt").write_text(EXTRA.format(n=99), encoding="utf-8")
        report = first.refresh()
    finally:
        store.write_json_atomic = real_write
    assert report.merged
    done = [(p.communicate(timeout=180), p.returncode) for p in seen]
    assert all(code == 0 for _, code in done), [err[-500:] for (_, err), _ in done]
    assert all(out.split()[1:] == ["None", "True"] and out.split()[0] in ("12", "13") for (out, _), _ in done), done
    assert (folder / "manifest.json").exists()


# -- item 8 ------------------------------------------------------------------------------------
def _read_only_bind(source: Path, target: Path) -> bool:
    target.mkdir()
    for command in (["mount", "--bind", str(source), str(target)], ["mount", "-o", "remount,bind,ro", str(target)]):
        if subprocess.run(command, capture_output=True).returncode != 0:
            subprocess.run(["umount", str(target)], capture_output=True)
            return False
    return True


def test_a_read_only_index_folder_still_answers_and_warns_once(tmp_path: Path, setup) -> None:
    config, corpus = setup
    build(config, corpus)
    writable = tmp_path / "index"
    read_only = tmp_path / "index-ro"
    if not _read_only_bind(writable, read_only):
        pytest.skip("cannot make a read-only bind mount here (needs mount privileges)")
    try:
        config.write_text(f"index: {{dir: {read_only}}}\nranking: {{signals: {{meaning: 0}}}}\n", encoding="utf-8")
        (corpus / "extra_new.txt").write_text(EXTRA.format(n=1), encoding="utf-8")
        run = danvan(config, corpus, "ask", "--json", QUESTION)
        assert run.returncode == 0, run.stderr[-800:]
        assert json.loads(run.stdout)["found"]
        warnings = [line for line in run.stderr.splitlines() if "không cập nhật được chỉ mục" in line]
        assert len(warnings) == 1 and "Traceback" not in run.stderr
    finally:
        subprocess.run(["umount", str(read_only)], capture_output=True)


def test_a_full_index_folder_still_answers_and_warns_once(tmp_path: Path, setup) -> None:
    config, corpus = setup
    mount = tmp_path / "small"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs mount privileges)")
    try:
        config.write_text(f"index: {{dir: {mount}}}\nranking: {{signals: {{meaning: 0}}}}\n", encoding="utf-8")
        build(config, corpus)
        with open(mount / "filler", "wb") as fh:  # fill what is left
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        (corpus / "extra_new.txt").write_text(EXTRA.format(n=1) * 50, encoding="utf-8")
        run = danvan(config, corpus, "ask", "--json", QUESTION)
        assert run.returncode == 0, run.stderr[-800:]
        assert json.loads(run.stdout)["found"]
        assert len([line for line in run.stderr.splitlines() if "không cập nhật được chỉ mục" in line]) == 1
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)
