"""What Telegram accepts: its HTML parse mode (entities measured in UTF-16 units),
reply markup, inline results and the limits of the Bot API.

The fake Bot API server (:mod:`tests.bot.fake_bot_api`) refuses what these rules
refuse; tests of formatting use them directly.  At least as strict as the Bot API
documentation, so a message accepted here is one Telegram accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

JSON = dict[str, Any]

MAX_TEXT_UTF16 = 4096
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_RESULT_ID_BYTES = 64
MAX_CALLBACK_ANSWER_CHARS = 200

#: Parameters that are plain strings even when they look like JSON numbers.
STRING_PARAMS = {
    "text", "parse_mode", "callback_query_id", "inline_query_id", "inline_message_id",
    "action", "url", "secret_token", "next_offset", "language_code", "business_connection_id",
    "message_effect_id", "ip_address", "switch_pm_text", "switch_pm_parameter",
}

CHAT_ACTIONS = {
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
}

#: Tags Telegram's HTML parse mode supports, with the entity type each produces.
SIMPLE_TAGS = {
    "b": "bold", "strong": "bold",
    "i": "italic", "em": "italic",
    "u": "underline", "ins": "underline",
    "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
}
SUPPORTED_TAGS = set(SIMPLE_TAGS) | {"span", "a", "blockquote", "tg-emoji"}
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}

BUTTON_ACTIONS = (
    "url", "callback_data", "web_app", "login_url", "switch_inline_query",
    "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
    "callback_game", "pay",
)
COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
SECRET_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
START_PARAMETER_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
URL_RE = re.compile(r"^(https?|tg)://\S+$", re.IGNORECASE)
# Telegram detects these entities in what users type.
BOT_COMMAND_RE = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")
MENTION_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{4,32}(?!\w)")


class ApiError(Exception):
    """A Bot API error answer: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, description: str, code: int = 400) -> None:
        super().__init__(description)
        self.description = description
        self.code = code


def bad_request(description: str) -> ApiError:
    return ApiError(f"Bad Request: {description}")


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


# -- HTML parse mode ----------------------------------------------------------------------

_TAG_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ATTR_RE = re.compile(r"""\s*([A-Za-z][A-Za-z0-9_-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_ENTITY_RE = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]+);")


@dataclass
class _Open:
    tag: str
    attrs: dict[str, str]
    offset: int  # UTF-16 offset in the plain text where the entity starts
    byte_offset: int


def _decode_entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name.startswith("#"):
        code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise bad_request(f"can't parse entities: invalid numeric entity {match.group(0)!r}")
        return chr(code)
    if name not in NAMED_ENTITIES:
        raise bad_request(f"can't parse entities: unsupported HTML entity {match.group(0)!r}")
    return NAMED_ENTITIES[name]


def _unescape_attr(value: str) -> str:
    return _ENTITY_RE.sub(_decode_entity, value)


def parse_html(source: str) -> tuple[str, list[JSON]]:
    """Parse Telegram-flavoured HTML into plain text and message entities.

    Raises :class:`ApiError` the way Telegram does for unsupported tags, unmatched or
    unclosed tags, bare ``<``/``>``/``&`` and unknown named entities; additionally for
    nesting Telegram forbids (a blockquote in a blockquote, anything inside code/pre
    other than ``<pre><code class="language-…">``).
    """
    plain: list[str] = []
    position = 0  # UTF-16 length of ``plain`` so far
    entities: list[JSON] = []
    stack: list[_Open] = []
    i = 0
    n = len(source)

    def byte_offset(index: int) -> int:
        return len(source[:index].encode("utf-8"))

    def fail(message: str) -> ApiError:
        return bad_request(f"can't parse entities: {message}")

    while i < n:
        ch = source[i]
        if ch == "&":
            match = _ENTITY_RE.match(source, i)
            if not match:
                raise fail(f"character '&' at byte offset {byte_offset(i)} must be escaped as &amp;")
            text = _decode_entity(match)
            plain.append(text)
            position += utf16_len(text)
            i = match.end()
        elif ch == ">":
            raise fail(f"character '>' at byte offset {byte_offset(i)} must be escaped as &gt;")
        elif ch == "<":
            end = source.find(">", i)
            if end < 0:
                raise fail(f"unclosed start tag at byte offset {byte_offset(i)}")
            if source.startswith("</", i):
                name = source[i + 2 : end].strip().lower()
                if not stack:
                    raise fail(f'unexpected end tag "</{name}>" at byte offset {byte_offset(i)}')
                top = stack.pop()
                if name != top.tag:
                    raise fail(
                        f'unmatched end tag at byte offset {byte_offset(i)}, '
                        f'expected "</{top.tag}>", found "</{name}>"'
                    )
                entity = _entity_for(top, position)
                if entity is not None:
                    entities.append(entity)
                i = end + 1
                continue
            name_match = _TAG_NAME_RE.match(source, i + 1)
            if not name_match:
                raise fail(f"unsupported start tag at byte offset {byte_offset(i)}")
            name = name_match.group(0).lower()
            if name not in SUPPORTED_TAGS:
                raise fail(f'unsupported start tag "{name}" at byte offset {byte_offset(i)}')
            attrs: dict[str, str] = {}
            rest = source[name_match.end() : end]
            if rest.endswith("/"):
                raise fail(f'self-closing tag "{name}" at byte offset {byte_offset(i)} is not supported')
            pos = 0
            while rest[pos:].strip():
                attr = _ATTR_RE.match(rest, pos)
                if not attr or attr.end() == pos:
                    raise fail(f'malformed attributes of tag "{name}" at byte offset {byte_offset(i)}')
                value = next((g for g in attr.groups()[1:] if g is not None), "")
                attrs[attr.group(1).lower()] = _unescape_attr(value)
                pos = attr.end()
            _check_nesting(name, attrs, stack, fail, byte_offset(i))
            stack.append(_Open(name, attrs, position, byte_offset(i)))
            i = end + 1
        else:
            plain.append(ch)
            position += utf16_len(ch)
            i += 1
    if stack:
        raise fail(f'can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(plain), entities


def _check_nesting(name: str, attrs: dict[str, str], stack: list[_Open], fail: Callable[[str], ApiError], at: int) -> None:
    if name == "span" and attrs.get("class") != "tg-spoiler":
        raise fail(f'tag "span" at byte offset {at} must have class "tg-spoiler"')
    if name == "a" and not attrs.get("href"):
        raise fail(f'tag "a" at byte offset {at} must have an href')
    if name == "a" and not URL_RE.match(attrs["href"]):
        raise fail(f'wrong URL {attrs["href"]!r} in tag "a" at byte offset {at}')
    if name == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
        raise fail(f'tag "tg-emoji" at byte offset {at} must have a numeric emoji-id')
    open_tags = [o.tag for o in stack]
    if name == "blockquote" and "blockquote" in open_tags:
        raise fail(f"blockquote at byte offset {at} can't be nested in a blockquote")
    if name == "a" and "a" in open_tags:
        raise fail(f"link at byte offset {at} can't be nested in a link")
    if stack and stack[-1].tag == "pre" and name == "code":
        return
    if any(tag in ("code", "pre") for tag in open_tags):
        raise fail(f'tag "{name}" at byte offset {at} can\'t be nested in code or pre')


def _entity_for(tag: _Open, end: int) -> JSON | None:
    length = end - tag.offset
    if length <= 0:
        return None  # Telegram drops empty entities
    entity: JSON = {"offset": tag.offset, "length": length}
    if tag.tag in SIMPLE_TAGS:
        entity["type"] = SIMPLE_TAGS[tag.tag]
    elif tag.tag == "span":
        entity["type"] = "spoiler"
    elif tag.tag == "a":
        entity.update(type="text_link", url=tag.attrs["href"])
    elif tag.tag == "blockquote":
        entity["type"] = "expandable_blockquote" if "expandable" in tag.attrs else "blockquote"
    elif tag.tag == "tg-emoji":
        entity.update(type="custom_emoji", custom_emoji_id=tag.attrs["emoji-id"])
    return entity


def parse_text(text: Any, parse_mode: Any, what: str = "message text") -> tuple[str, list[JSON] | None]:
    """Check a message text as Telegram does; return the plain text and its entities."""
    if not isinstance(text, str) or not text.strip():
        raise bad_request(f"{what} is empty")
    if parse_mode in (None, ""):
        plain, entities = text, None
    elif str(parse_mode).lower() == "html":
        plain, entities = parse_html(text)
    else:
        raise bad_request(f"unsupported parse_mode {parse_mode!r} (the fake server speaks HTML only)")
    if not plain.strip():
        raise bad_request(f"{what} is empty")
    if utf16_len(plain) > MAX_TEXT_UTF16:
        raise bad_request("message is too long")
    return plain, entities


# -- reply markup -------------------------------------------------------------------------


def check_reply_markup(markup: Any) -> None:
    """Refuse keyboards Telegram refuses, notably callback data over 64 bytes."""
    if markup is None:
        return
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        return  # reply keyboards, ForceReply, ReplyKeyboardRemove: not checked further
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request("field \"inline_keyboard\" of the InlineKeyboardMarkup should be an Array of Arrays")
    if sum(len(row) for row in rows) > 100 or any(len(row) > 8 for row in rows):
        raise bad_request("BUTTONS_TOO_MUCH")
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not isinstance(button.get("text"), str) or not button["text"].strip():
                raise bad_request("BUTTON_TEXT_INVALID")
            actions = [key for key in BUTTON_ACTIONS if key in button]
            if len(actions) != 1:
                raise bad_request("BUTTON_TYPE_INVALID")
            if "callback_data" in button:
                data = button["callback_data"]
                if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                    raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button and not (isinstance(button["url"], str) and URL_RE.match(button["url"])):
                raise bad_request("BUTTON_URL_INVALID")


def buttons_of(markup: JSON | None) -> list[JSON]:
    """All inline buttons of a reply markup, row by row."""
    if not markup or "inline_keyboard" not in markup:
        return []
    return [button for row in markup["inline_keyboard"] for button in row]


# -- records ------------------------------------------------------------------------------


def check_inline_result(result: Any, seen: set[str]) -> None:
    if not isinstance(result, dict) or "type" not in result:
        raise bad_request("RESULT_TYPE_INVALID")
    result_id = result.get("id")
    if not isinstance(result_id, str) or not 1 <= len(result_id.encode()) <= MAX_RESULT_ID_BYTES:
        raise bad_request("RESULT_ID_INVALID")
    if result_id in seen:
        raise bad_request("RESULT_ID_DUPLICATE")
    seen.add(result_id)
    check_reply_markup(result.get("reply_markup"))
    if result["type"] == "article":
        if not str(result.get("title", "")).strip():
            raise bad_request("RESULT_TITLE_EMPTY")
        content = result.get("input_message_content")
        if not isinstance(content, dict):
            raise bad_request("input_message_content is required for an article result")
    content = result.get("input_message_content")
    if isinstance(content, dict) and "message_text" in content:
        parse_text(content["message_text"], content.get("parse_mode"))


def detect_entities(text: str) -> list[JSON]:
    """The entities Telegram's clients attach to what a user types."""
    entities = []
    for kind, pattern in (("bot_command", BOT_COMMAND_RE), ("mention", MENTION_RE)):
        for match in pattern.finditer(text):
            entities.append({
                "type": kind,
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group(0)),
            })
    return sorted(entities, key=lambda e: e["offset"])
