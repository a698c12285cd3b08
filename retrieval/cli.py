"""``danvan``: ask questions, build the index, list sources, measure quality, run the bot.

The CLI only formats what :class:`retrieval.Searcher` returns.  User-facing messages
are in Vietnamese; errors are one line and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from retrieval.analysis.distributed import ClusterError, connect
from retrieval.config import Config, ConfigError, SearchConfig, load_config
from retrieval.documents.readers import CorpusError
from retrieval.evaluation import evaluate, format_answer_kinds, format_refusals, format_report, format_tradeoff, misses, read_questions
from retrieval.index.segment import IndexDamaged
from retrieval.indexer import Indexer, RefreshReport
from retrieval.presentation import format_date, printable, sections
from retrieval.searcher import Searcher
from retrieval.secrets_scrub import scrub
from retrieval.terminal import DEFAULT_SHOWN, CliError, answer, use_colour
from retrieval.usage import UsageLog, stats_lines, usage_path

EXIT_ERROR = 2
#: The largest -k: the same bound as ``search.k`` in the config.
MAX_K = int(SearchConfig.__dataclass_fields__["k"].metadata["max"])
#: ``stats --days``: as many as the bot's telegram.stats_days allows (further back
#: the platform's time cannot go, and 0 or fewer days is no period).
MAX_DAYS = 3650


def _open(args: argparse.Namespace, config: Config) -> tuple[Indexer, Searcher, RefreshReport]:
    """Open the index, bring it up to date with the corpus, and a searcher over it."""
    indexer = Indexer(config, corpus=args.corpus, index_dir=args.index_dir, progress=sys.stderr.isatty())
    report = indexer.refresh()
    _report_skipped(report, in_full=not report.unchanged)
    return indexer, indexer.searcher(), report


def _report_skipped(report: RefreshReport, in_full: bool = True) -> None:
    """Each file skipped or field dropped, once, on stderr (the library only logs
    them at debug level, so they are never printed twice).  When the index did not
    change (``ask`` after ``ask``), one line says how many files were skipped, not
    each again; other warnings (an index that could not be written) are always said."""
    if not in_full and report.skipped:
        print(f"cảnh báo: {len(report.skipped)} tệp bị bỏ qua (xem từng tệp: danvan index)", file=sys.stderr)
    # file names are anyone's: shown on one line, never an escape the terminal obeys
    for name, reason in report.skipped if in_full else ():
        print(printable(f"cảnh báo: bỏ qua {name}: {reason}"), file=sys.stderr)
    for name, reason in report.warnings:
        print(printable(f"cảnh báo: {name}: {reason}"), file=sys.stderr)


#: Characters of a stdin line read as a question (it is cut to search.max_query_chars).
MAX_LINE_CHARS = 1 << 16


def _read_line(stream: TextIO) -> str:
    """One line of ``stream``, at most :data:`MAX_LINE_CHARS` of it; the rest of a longer
    line is read and dropped in pieces, so a file without line breaks (or ``ask <
    /dev/zero``) cannot fill the memory."""
    line = stream.readline(MAX_LINE_CHARS)
    if len(line) == MAX_LINE_CHARS and not line.endswith("\n"):
        while (rest := stream.readline(MAX_LINE_CHARS)) and not rest.endswith("\n"):
            pass
    return line


def cmd_ask(args: argparse.Namespace, config: Config) -> int:
    _, searcher, _ = _open(args, config)
    k = args.k or (config.search.k if args.json else min(DEFAULT_SHOWN, config.search.k))
    tty = use_colour(sys.stdout)
    if args.question:
        answer(searcher, " ".join(args.question), k, args.json, sys.stdout, tty, args.full)
        return 0
    interactive = sys.stdin.isatty()
    if hasattr(sys.stdin, "reconfigure"):  # a line that is not UTF-8 is answered, not a traceback
        sys.stdin.reconfigure(errors="surrogateescape")
    if interactive:
        print("Hỏi về các bài viết công tác dân vận (Ctrl+D hoặc để trống để thoát).")
    while True:
        if interactive:
            try:
                line = input("Câu hỏi> ")
            except EOFError:
                print()
                return 0
            if not line.strip():
                return 0
        else:
            line = _read_line(sys.stdin).lstrip("\ufeff")  # Notepad and PowerShell open a file with a BOM
            if not line:
                return 0
            if not line.strip():
                continue
        answer(searcher, line, k, args.json, sys.stdout, tty, args.full)
        sys.stdout.flush()


def cmd_index(args: argparse.Namespace, config: Config) -> int:
    start = time.perf_counter()
    scheduler = args.scheduler if args.scheduler is not None else config.index.scheduler
    # Reached before the index is opened: a scheduler that cannot be reached leaves the
    # index folder untouched.  The cluster only fills the caches; the segments are
    # written here, as after a local build, once it is let go.
    with connect(scheduler, vectors=config.ranking.meaning_weight > 0) if scheduler else contextlib.nullcontext() as cluster:
        indexer = Indexer(config, corpus=args.corpus, index_dir=args.index_dir, progress=sys.stderr.isatty())
        damaged = indexer.verify() if args.verify else []
        if cluster is not None:
            indexer.prepare_refresh(cluster)
    r = indexer.refresh()
    _report_skipped(r)
    searcher = indexer.searcher()
    seconds = time.perf_counter() - start
    state = "xây mới" if r.rebuilt else ("đã cập nhật" if not r.unchanged else "không đổi")
    print(f"Chỉ mục: {indexer.index_dir} ({state}, {seconds:.2f} giây)")
    if args.verify:  # said once the index has been opened too: opening may find what the checksums did not
        found = ", ".join([*damaged, *([str(r.damaged)] if r.damaged else [])])
        print(f"Kiểm tra toàn bộ chỉ mục: {'hỏng (' + found + ') nên đã được xây lại' if found else 'tốt'}")
    elif r.damaged:
        print(f"Chỉ mục cũ bị hỏng nên đã được xây lại ({r.damaged}).")
    print(f"Kho bài viết: {indexer.corpus_path}")
    print(f"Bài viết: {r.articles}  ·  đoạn được đánh chỉ mục: {r.passages}  ·  phân đoạn: {searcher.stats()['segments']}")
    if not r.rebuilt:
        print(f"Thêm: {len(r.added)}  ·  sửa: {len(r.changed)}  ·  xoá: {len(r.removed)}" + ("  ·  đã gộp phân đoạn" if r.merged else ""))
    if r.skipped:
        print(f"Bỏ qua: {len(r.skipped)} tệp (xem cảnh báo ở trên)")
    size = sum(p.stat().st_size for p in indexer.index_dir.rglob("*") if p.is_file())
    print(f"Dung lượng trên đĩa: {size / 1e6:.1f} MB")
    print(_meaning_line(searcher))
    return 0


def _meaning_line(searcher: Searcher) -> str:
    weight = searcher.config.ranking.meaning_weight
    if not searcher.stats()["meaning"]:
        return "Xếp hạng theo nghĩa: tắt (ranking.signals.meaning: 0), chỉ so khớp từ."
    return (f"Xếp hạng theo nghĩa: bật (multilingual-e5-small, ranking.signals.meaning: {weight:g}); "
            "câu hỏi không dấu được thêm dấu theo các đoạn tìm được trước khi so nghĩa.")


def cmd_sources(args: argparse.Namespace, config: Config) -> int:
    _, searcher, _ = _open(args, config)
    articles = searcher.articles()
    if args.json:
        for a in articles:
            row = {
                "id": a.id, "title": a.title, "date": a.date, "source": a.source, "author": a.author, "url": a.url,
                "paragraphs": len(a.paragraphs), "number": a.number, "format": a.format, "pages": a.pages,
                "sections": len(sections(a)),
            }  # fmt: skip
            print(json.dumps(row, ensure_ascii=False))
        return 0
    for a in articles:
        meta = " · ".join(x for x in (format_date(a.date) or "không rõ ngày", a.source, a.author, f"số {a.number}" if a.number else None) if x)
        size = ", ".join(x for x in (a.format, f"{a.pages} trang" if a.pages else None, f"{len(sections(a))} mục" if sections(a) else None) if x)
        # names and titles come from files others wrote: a line break or an escape in one is shown as a space
        print(f"{printable(a.id)}\n  {printable(a.title)}\n  {printable(meta)} · {len(a.paragraphs)} đoạn" + (f" ({size})" if size else "")
              + (f"\n  {printable(a.url)}" if a.url else ""))
    print(f"\nTổng cộng {len(articles)} bài viết.")
    return 0


def cmd_eval(args: argparse.Namespace, config: Config) -> int:
    path = Path(args.questions)
    if not path.is_file():
        raise CliError(f"Không tìm thấy tệp câu hỏi: {path}")
    try:
        questions = read_questions(path)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CliError(str(exc)) from None
    if not questions:
        raise CliError(f"Tệp câu hỏi không có câu nào: {path}")
    if args.unanswerable:  # another corpus's questions: every one must be refused here
        questions = [dataclasses.replace(q, file=None, gold_snippets=(), kind="unanswerable") for q in questions]
    indexer, searcher, _ = _open(args, config)
    unknown = sorted({q.file for q in questions if q.file and q.file not in searcher.index.locations})
    if unknown:  # a typo in a file name would be scored as a miss without a word
        shown = ", ".join(unknown[:5]) + (f" và {len(unknown) - 5} bài khác" if len(unknown) > 5 else "")
        print(f"cảnh báo: {path.name}: câu hỏi nêu bài không có trong kho (tính là không tìm thấy): {shown}", file=sys.stderr)
    floor = config.ranking.folded_min_coverage if args.strip_accents else config.ranking.min_coverage
    report = evaluate(searcher.rank, questions, k=args.k, strip_accents=args.strip_accents, progress=sys.stderr.isatty())
    print(format_report(report))
    for extra in (format_answer_kinds(report), format_refusals(report)):
        if extra:
            print(extra)
    print(_meaning_line(searcher))
    r = config.ranking
    if searcher.stats()["meaning"]:
        print(f"\nTừ chối trả lời theo ngưỡng độ liên quan (cosine + {r.relevance_coverage_weight:g} × độ phủ − "
              f"{r.relevance_unseen_weight:g} × phần từ kho không có; ← là ranking.min_relevance đang dùng):")
        print(format_tradeoff(report, (0.79, 0.8, 0.81, 0.82, 0.83, 0.85), r.min_relevance,
                              lambda o: o.similarity + r.relevance_coverage_weight * o.coverage - r.relevance_unseen_weight * o.unseen))
    else:
        print("\nTừ chối trả lời theo ngưỡng độ phủ (ranking.min_coverage / folded_min_coverage; ← là giá trị đang dùng cho câu hỏi có dấu):"
              if not args.strip_accents else "\nTừ chối trả lời theo ngưỡng độ phủ (← là ranking.folded_min_coverage đang dùng):")
        print(format_tradeoff(report, (0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5), floor))
    if args.show_misses:
        for o in misses(report):
            print(f"- [{o.question.id}] hạng {o.rank or '>' + str(args.k)}: {o.question.question}")
    return 0


def cmd_stats(args: argparse.Namespace, config: Config) -> int:
    """What the bot's users asked: the usage log beside the index (read without the bot)."""
    telegram = config.front_ends.get("telegram") or {}
    store = telegram.get("store_dir") if isinstance(telegram, dict) else None
    root = config.resolve(store) if store else (Path(args.index_dir).expanduser() if args.index_dir else config.resolve(config.index.dir))
    path = usage_path(root)
    if not path.is_file():
        raise CliError(f"Chưa có nhật ký câu hỏi ({path}): bot chưa trả lời câu hỏi nào.")
    log = UsageLog(path)
    try:
        stats = log.stats(args.days)
    finally:
        log.close()
    if args.json:
        print(json.dumps(stats.as_dict(), ensure_ascii=False))
    else:
        print("\n".join(stats_lines(stats)))
    return 0


def cmd_bot(args: argparse.Namespace, config: Config) -> int:
    try:
        from bot.app import run_bot
    except ImportError as exc:  # pragma: no cover - the bot package ships with the project
        raise CliError(f"Không tải được bot Telegram: {exc}") from None
    run_bot(config, corpus=args.corpus, index_dir=args.index_dir)
    return 0


def _global_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--config", default=default, help="tệp cấu hình YAML (mặc định: ./config.yaml, rồi ~/.config/danvan/config.yaml, rồi cấu hình sẵn)")
    parser.add_argument("--corpus", default=default, help="kho bài viết: thư mục (.txt .md .docx .pdf .odt .html) hoặc tệp .jsonl (ghi đè corpus.path)")
    parser.add_argument("--index-dir", default=default, help="thư mục lưu chỉ mục (ghi đè index.dir)")
    parser.add_argument("-v", "--verbose", action="count", default=default, help="in nhật ký chi tiết (-v -v: kèm traceback)")


#: argparse's own messages, in the words the CLI uses elsewhere.
_ARGPARSE_WORDS = (
    ("the following arguments are required", "thiếu tham số"),
    ("unrecognized arguments", "tham số không nhận ra"),
    ("invalid int value", "không phải số nguyên"),
    ("invalid float value", "không phải số"),
    ("invalid choice", "lựa chọn không có"),
    ("expected one argument", "cần một giá trị"),
    ("choose from", "chọn một trong"),
    ("argument", "tham số"),
)


class _Formatter(argparse.HelpFormatter):
    """argparse's help, its headings in Vietnamese."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse, saying what was wrong in Vietnamese and in the "Lỗi: …" form of the CLI's
    other errors; its help in Vietnamese too."""

    def __init__(self, *args, parents=(), **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title, self._optionals.title = "đối số", "tùy chọn"
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = "hiện hướng dẫn này rồi thoát"
        for parent in parents:  # as argparse adds them, once the headings match the parent's
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str) -> NoReturn:
        for english, vietnamese in _ARGPARSE_WORDS:
            message = message.replace(english, vietnamese)
        self.print_usage(sys.stderr)
        self.exit(2, f"Lỗi: {self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="danvan",
        description="Hỏi đáp về các bài viết công tác dân vận: trích nguyên văn đoạn trả lời và nguồn bài viết.",
    )
    _global_options(parser, argparse.SUPPRESS)
    parser.set_defaults(config=None, corpus=None, index_dir=None, verbose=0)
    # The global options are accepted after the command too ("danvan eval --corpus …").
    common = _Parser(add_help=False)
    _global_options(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=lambda **kw: _Parser(parents=[common], **kw))

    p = sub.add_parser("ask", help="hỏi một câu (hoặc đọc từng dòng câu hỏi từ stdin)")
    p.add_argument("question", nargs="*", help="câu hỏi; bỏ trống để đọc từ stdin / hỏi tương tác")
    p.add_argument("-k", type=int, default=None, help="số kết quả (mặc định: search.k)")
    p.add_argument("--json", action="store_true", help="in mỗi câu hỏi một đối tượng JSON")
    p.add_argument("--full", action="store_true", help="in cả đoạn văn (mặc định: phần quanh câu trả lời)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("index", help="xây/cập nhật chỉ mục và in thống kê")
    p.add_argument("--verify", action="store_true", help="đọc toàn bộ chỉ mục và so mã kiểm tra; hỏng thì xây lại")
    p.add_argument("--scheduler", default=None, metavar="ĐỊA_CHỈ",
                   help="phân tích từ và tính vector trên cụm Dask: tcp://máy:8786, hoặc local:N để chạy N tiến trình trên máy này "
                        "(ghi đè index.scheduler; cần pip install 'danvan[cluster]')")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("sources", help="liệt kê các bài viết và siêu dữ liệu")
    p.add_argument("--json", action="store_true", help="in mỗi bài một đối tượng JSON")
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("eval", help="đo chất lượng truy hồi trên một tệp câu hỏi JSONL")
    p.add_argument("--questions", required=True, help="tệp câu hỏi (định dạng shared/eval)")
    p.add_argument("-k", type=int, default=10, help="độ sâu đánh giá (mặc định 10)")
    p.add_argument("--strip-accents", action="store_true", help="bỏ dấu câu hỏi trước khi tìm (mô phỏng gõ trên điện thoại)")
    p.add_argument("--show-misses", action="store_true", help="liệt kê các câu không đúng ở hạng 1")
    p.add_argument("--unanswerable", action="store_true",
                   help="coi mọi câu là không có đáp án trong kho này (vd. câu hỏi của kho khác): đo tỷ lệ từ chối")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("stats", help="thống kê câu hỏi bot đã nhận (như /thongke)")
    p.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    p.add_argument("--days", type=int, default=7, help="số ngày gần nhất (mặc định 7)")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("bot", help="chạy bot Telegram (cần token trong biến môi trường)")
    p.set_defaults(func=cmd_bot)
    return parser


class _OneLine(logging.Formatter):
    """Log lines without tracebacks: ``-v`` says what happened in one line, naming the
    error's class; ``-v -v`` keeps the tracebacks.  A formatter, so the record itself
    (which other handlers see) is left as it is."""

    def format(self, record: logging.LogRecord) -> str:
        if not (record.exc_info or record.exc_text):
            return super().format(record)
        error = record.exc_info[1] if record.exc_info else None
        line = logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None})
        line.msg, line.args = f"{record.getMessage()} ({type(error).__name__ if error else 'lỗi'})", None
        return super().format(line)


def _setup_logging(verbosity: int) -> None:
    level = logging.DEBUG if verbosity >= 2 else logging.INFO if verbosity == 1 else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    if verbosity < 2:  # only the stderr handler basicConfig made: others (a test's capture) keep theirs
        for handler in logging.getLogger().handlers:
            if type(handler) is logging.StreamHandler:
                handler.setFormatter(_OneLine("%(levelname)s %(name)s: %(message)s"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    if not args.command:
        parser.print_help()
        return EXIT_ERROR
    if getattr(args, "k", None) is not None and not 1 <= args.k <= MAX_K:
        print(f"Lỗi: -k phải là số nguyên từ 1 đến {MAX_K}.", file=sys.stderr)
        return EXIT_ERROR
    for option in ("config", "corpus", "index_dir"):  # "$DIR" unset: never the configured folder instead
        if getattr(args, option, None) is not None and not getattr(args, option).strip():
            print(f"Lỗi: --{option.replace('_', '-')} trống: hãy ghi một đường dẫn.", file=sys.stderr)
            return EXIT_ERROR
    if getattr(args, "days", None) is not None and not 1 <= args.days <= MAX_DAYS:
        print(f"Lỗi: --days phải là số nguyên từ 1 đến {MAX_DAYS}.", file=sys.stderr)
        return EXIT_ERROR
    try:
        config = load_config(args.config)
        return args.func(args, config)
    except (CliError, ConfigError, CorpusError, ClusterError, IndexDamaged) as exc:
        print(f"Lỗi: {scrub(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
