"""Saved web pages of older portals: the whole page laid out in a table, pages in
windows-1258 (tone marks as combining characters), cookie banners, generic <title>s."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from retrieval.documents.readers import read_file

TITLE = "Kim Sơn đẩy mạnh công tác dân vận"
DIALOGUE = "Năm 2022, Ban Dân vận Huyện ủy Kim Sơn đã phối hợp tổ chức 12 hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân tại các xã."
MODELS = "Phong trào thi đua Dân vận khéo được triển khai rộng khắp với 87 mô hình được công nhận trên các lĩnh vực kinh tế, văn hóa và xã hội."
LAND = (
    "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện đã vận động nhân dân hiến 45.000 mét vuông đất, "
    "đóng góp 23 tỷ đồng và hàng nghìn ngày công để xây dựng đường giao thông nông thôn ở các xã ven biển."
)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def _windows_1258(text: str) -> bytes:
    """``text`` as Windows-1258 holds Vietnamese: letters with their own shape (ơ, â,
    đ …) precomposed, tone marks as combining characters after them."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out.append(base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258"))
    return b"".join(out)


def test_a_page_laid_out_in_a_table_keeps_its_paragraphs_apart(tmp_path: Path) -> None:
    """A menu cell beside the article's cell; a data table nested in the article: the
    article's paragraphs stay paragraphs (were glued into one "row": "dân vậnCập nhật …
    các xã.Phong trào …"), in their order, and the nested table still reads as rows."""
    page = f"""<html><head><meta charset="utf-8"><title>Tin tức</title></head><body>
    <table width="100%"><tr><td width="180"><a href="/">Trang chủ</a><br><a href="/tin">Tin tức</a></td>
    <td><h2>{TITLE}</h2><p>Cập nhật: 15/11/2022</p><p>{DIALOGUE}</p><p>{MODELS}</p>
    <table border="1"><tr><th>Xã</th><th>Mô hình</th></tr><tr><td>Xã Kim Chính</td><td><p>14</p></td></tr></table>
    <p>{LAND}</p></td></tr></table></body></html>"""
    (tmp_path / "tin.html").write_text(page, encoding="utf-8")

    article = read_file(tmp_path / "tin.html", "tin.html")

    for paragraph in (DIALOGUE, MODELS, LAND):
        assert paragraph in article.paragraphs
    assert article.paragraphs.index(DIALOGUE) < article.paragraphs.index("Xã: Xã Kim Chính; Mô hình: 14") < article.paragraphs.index(LAND)
    assert article.date == "2022-11-15"


def test_cells_of_a_data_table_written_in_paragraphs_are_read_with_spaces(tmp_path: Path) -> None:
    """Word's "Save as Web Page" puts every cell's lines in <p>: "Huyện<p>Kim Sơn" is
    "Huyện Kim Sơn", not "HuyệnKim Sơn"; an unclosed <td> is closed by the next one."""
    page = f"""<html><body><h1>{TITLE}</h1><p>{DIALOGUE}</p>
    <table><tr><td><p>Đơn vị</p><td><p>Mô hình</p></tr>
    <tr><td><p>Huyện</p><p>Kim Sơn</p><td><p>87</p></tr></table></body></html>"""
    (tmp_path / "bang.html").write_text(page, encoding="utf-8")

    article = read_file(tmp_path / "bang.html", "bang.html")

    assert "Đơn vị: Huyện Kim Sơn; Mô hình: 87" in article.paragraphs


def test_a_windows_1258_page_has_its_title_in_nfc(tmp_path: Path) -> None:
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
    <title>{TITLE} - Cổng thông tin điện tử</title></head><body><p>Ngày 15/11/2022</p><p>{DIALOGUE}</p></body></html>"""
    (tmp_path / "cu.html").write_bytes(_windows_1258(page))

    article = read_file(tmp_path / "cu.html", "cu.html")

    assert article.title == TITLE
    assert DIALOGUE in article.paragraphs


COOKIES = (
    "Theo Nghị định 13/2023/NĐ-CP, các cổng thông tin điện tử của huyện phải thông báo việc sử dụng cookie "
    "và xin ý kiến người dân trước khi thu thập dữ liệu cá nhân."
)


def test_cookie_banners_are_dropped(tmp_path: Path) -> None:
    """A banner named by its id or class, one with no name at all (a fixed <div>
    saying the site uses cookies, its "Accept" a link), and the page keeps the
    class the banner sets on <body>."""
    page = f"""<html><head><meta charset="utf-8"></head><body class="cookie-consent-open">
    <div id="cookieConsent" class="banner"><p>Chúng tôi dùng tệp lưu trữ để phục vụ bạn tốt hơn.</p><a href="#">Đồng ý</a></div>
    <h1>{TITLE}</h1><p>{DIALOGUE}</p>
    <section class="gdpr-notice"><p>Thông báo về quyền riêng tư của bạn.</p></section>
    <p>{MODELS}</p>
    <div style="position: fixed; bottom: 0">This website uses cookies to improve your experience. <a href="#">Accept</a></div>
    <div style="position: fixed; bottom: 0"><p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.</p><a href="#">Đồng ý</a></div>
    </body></html>"""
    (tmp_path / "tin.html").write_text(page, encoding="utf-8")

    article = read_file(tmp_path / "tin.html", "tin.html")

    assert article.paragraphs == (DIALOGUE, MODELS)


def test_an_article_paragraph_about_cookies_is_kept(tmp_path: Path) -> None:
    page = f"""<html><head><meta charset="utf-8"></head><body><article class="post">
    <h1>{TITLE}</h1><p>{DIALOGUE}</p><p>{COOKIES}</p></article></body></html>"""
    (tmp_path / "tin.html").write_text(page, encoding="utf-8")

    article = read_file(tmp_path / "tin.html", "tin.html")

    assert article.paragraphs == (DIALOGUE, COOKIES)


def _page(title: str, head: str = "", heading: str = f"<h1>{TITLE}</h1>") -> str:
    return f"""<html><head><meta charset="utf-8"><title>{title}</title>{head}</head>
    <body>{heading}<p>{DIALOGUE}</p><p>{MODELS}</p></body></html>"""


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (_page("Tin tức"), TITLE),  # a section of the site
        (_page("Trang chủ - Báo Hà Nam"), TITLE),
        (_page("Cổng thông tin điện tử Đảng bộ tỉnh Hà Nam"), TITLE),  # the site's name, however long
        (_page("Báo Hà Nam"), TITLE),  # short, beside a longer heading
        (_page("Tin tức", heading=f"<h2>{TITLE}</h2>"), TITLE),
        (_page("Tin tức", heading="<h1>Kim Sơn<br>đẩy mạnh công tác dân vận</h1>"), TITLE),
        (_page("Tin tức", f'<meta property="og:title" content="{TITLE} - Báo Ninh Bình">', "<h1>Tin tức</h1>"), TITLE),
    ],
    ids=["section", "home-and-site", "long-site-name", "short-site-name", "h2", "h1-with-br", "og-title"],
)
def test_a_generic_title_gives_way_to_the_articles_heading(tmp_path: Path, page: str, title: str) -> None:
    (tmp_path / "tin.html").write_text(page, encoding="utf-8")

    article = read_file(tmp_path / "tin.html", "tin.html")

    assert article.title == title
    assert article.paragraphs == (DIALOGUE, MODELS)


def test_a_specific_title_is_kept_beside_the_heading(tmp_path: Path) -> None:
    """The <title> names the article: it stays the title (without the site's name),
    and a heading that says something else stays text."""
    heading = "Đối thoại giữa người đứng đầu cấp ủy với nhân dân năm 2022"
    page = _page(f"{TITLE} - Báo Ninh Bình", f'<meta property="og:title" content="{heading}">', f"<h1>{heading}</h1>")
    (tmp_path / "tin.html").write_text(page, encoding="utf-8")

    article = read_file(tmp_path / "tin.html", "tin.html")

    assert article.title == TITLE
    assert article.paragraphs == (heading, DIALOGUE, MODELS)


def test_a_comment_never_closed_is_no_text(tmp_path: Path) -> None:
    """A page cut off inside a comment (a truncated download, a stray "<!--"): browsers
    show nothing after it (HTML5: the comment runs to the end), but its markup and
    code were read as a paragraph of the article."""
    from retrieval.documents.html import page_text

    sentence = "Ban Dân vận Tỉnh ủy Hà Nam tổng kết công tác dân vận năm 2022 với nhiều kết quả."
    text, _ = page_text(f"<html><body><p>{sentence}</p><!-- <div class='ad'>gtag('config', 'UA-1');</div>")
    assert text == sentence
