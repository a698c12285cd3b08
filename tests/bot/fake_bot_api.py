"""A local Telegram Bot API server for end-to-end tests.

Telegram is unreachable from the test machines, and calling handler functions with
mock objects never catches the bugs that matter for a bot: broken HTML escaping,
messages over 4096 characters, callback data over 64 bytes, edits of unknown
messages.  This server speaks the real Bot API over HTTP on 127.0.0.1, so the real
python-telegram-bot ``Application`` can run against it through ``base_url``, and it
refuses what the Bot API documentation says Telegram refuses.  Its HTML check is at
least as strict as the documentation (a bare ``&`` or ``>`` is refused even where
Telegram's own parser would let it pass), so a message it accepts is one Telegram
accepts.

A test plays the user through :meth:`FakeTelegram.push_message`,
:meth:`FakeTelegram.press_button` and :meth:`FakeTelegram.inline_query`, and reads
what the bot did with :meth:`FakeTelegram.wait_for`.  Every call the bot makes is
recorded in :attr:`FakeTelegram.calls`; the rejected ones in
:attr:`FakeTelegram.rejected`.

Updates reach the bot by long polling (``getUpdates`` with offsets and timeouts) or,
after ``setWebhook``, by POSTs to the webhook URL with the secret token header.

Faults, for the tests of how the bot copes with a network that fails:

* :meth:`FakeTelegram.fail` answers the next calls of a method with an error without
  carrying them out: 429 Too Many Requests with ``retry_after``, 500, 502, 503 …;
* :meth:`FakeTelegram.slow` carries the next calls out but answers late (longer than
  the bot waits, it sees a timeout although Telegram did the work);
* :meth:`FakeTelegram.go_down` / :meth:`FakeTelegram.come_back` (or
  :meth:`FakeTelegram.outage`) close the port, so connections are refused, and reopen
  it on the same port with all state kept.

Faults that struck are listed in :attr:`FakeTelegram.injected`; they are not in
:attr:`FakeTelegram.calls` (the bot did nothing wrong).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import aiohttp
from aiohttp import web

from tests.bot.telegram_rules import (
    CHAT_ACTIONS,
    COMMAND_RE,
    JSON,
    MAX_CALLBACK_ANSWER_CHARS,
    MAX_INLINE_RESULTS,
    SECRET_TOKEN_RE,
    START_PARAMETER_RE,
    STRING_PARAMS,
    ApiError,
    check_inline_result,
    bad_request,
    buttons_of,
    check_reply_markup,
    detect_entities,
    parse_html,
    parse_text,
    utf16_len,
)

@dataclass
class Call:
    """One Bot API call the bot made, as the server understood it."""

    seq: int
    method: str
    params: JSON
    ok: bool
    result: Any = None
    error: str | None = None
    consumed: bool = False
    at: float = field(default_factory=time.monotonic)  # when the server handled it

    @property
    def text(self) -> str:
        """The plain text the user sees (after entity parsing)."""
        if isinstance(self.result, dict) and "text" in self.result:
            return self.result["text"]
        if self.method == "answerCallbackQuery":
            return self.params.get("text", "")
        return ""

    @property
    def html(self) -> str:
        """The text exactly as the bot sent it."""
        return self.params.get("text", "")

    @property
    def message(self) -> JSON:
        """The Message the call produced (sendMessage / editMessageText)."""
        assert isinstance(self.result, dict), f"{self.method} produced no message"
        return self.result

    @property
    def buttons(self) -> list[JSON]:
        return buttons_of(self.params.get("reply_markup"))

    @property
    def entities(self) -> list[JSON]:
        return self.result.get("entities", []) if isinstance(self.result, dict) else []

    def entity_texts(self, kind: str) -> list[str]:
        """The visible text covered by each entity of ``kind`` (e.g. ``"bold"``)."""
        units = self.text.encode("utf-16-le")
        return [
            units[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le")
            for e in self.entities
            if e["type"] == kind
        ]

    def button(self, text_contains: str) -> JSON:
        for button in self.buttons:
            if text_contains in button["text"]:
                return button
        raise AssertionError(f"no button containing {text_contains!r} in {[b['text'] for b in self.buttons]}")


@dataclass
class Fault:
    """Calls of ``method`` (``None``: any) to answer wrongly, ``times`` more times.

    ``status`` != 200: answer with that error, without carrying the call out;
    ``delay``: carry the call out, then wait that long before answering.
    """

    method: str | None
    times: int
    status: int = 200
    retry_after: int | None = None
    delay: float = 0.0
    description: str = ""

    def matches(self, method: str) -> bool:
        return self.times > 0 and (self.method is None or self.method == method)


@dataclass
class Injected:
    """A fault that struck a call."""

    method: str
    kind: str  # "429", "500", …, "slow"
    params: JSON


STATUS_DESCRIPTIONS = {
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class _Webhook:
    url: str
    secret_token: str | None
    allowed_updates: list[str] | None


@dataclass
class _Query:
    update: JSON
    answered: bool = False


# -- the server ---------------------------------------------------------------------------


class FakeTelegram:
    """A Bot API server for one bot, plus the test's hands on the user side.

    Parameters
    ----------
    token:
        The bot token; requests with another token get 401 Unauthorized.
    username:
        The bot's username (without ``@``).
    privacy_mode:
        Like BotFather's /setprivacy: when on, group messages reach the bot only when
        they are commands, mention the bot or reply to one of its messages.
    """

    def __init__(
        self,
        token: str = "123456789:TEST-fake-token-not-a-secret",
        *,
        username: str = "danvan_test_bot",
        first_name: str = "Dân vận",
        privacy_mode: bool = True,
        inline_mode: bool = True,
    ) -> None:
        self.token = token
        self.bot_user: JSON = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": first_name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": not privacy_mode,
            "supports_inline_queries": inline_mode,
        }
        self.privacy_mode = privacy_mode
        self.calls: list[Call] = []
        self.chats: dict[int, JSON] = {}
        self.messages: dict[tuple[int, int], JSON] = {}
        self.commands: dict[str, list[JSON]] = {}
        self.updates: list[JSON] = []
        self.webhook: _Webhook | None = None
        self._seq = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = {}
        self._query_ids = itertools.count(1000)
        self._callback_queries: dict[str, _Query] = {}
        self._inline_queries: dict[str, _Query] = {}
        self._changed = asyncio.Event()
        self._poll_generation = 0
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._port = 0
        self._webhook_task: asyncio.Task[None] | None = None
        self._client: aiohttp.ClientSession | None = None
        self.faults: list[Fault] = []
        self.injected: list[Injected] = []
        self._down = False
        self._replies: dict[tuple[int, int], list[Call]] = {}
        self._reply_waiters: dict[tuple[int, int], asyncio.Future[Call]] = {}
        self.files: dict[str, tuple[JSON, bytes]] = {}  # file_id -> (File, content) of documents users sent

    # -- lifecycle ------------------------------------------------------------------------
    async def start(self) -> None:
        await self._listen(0)

    async def _listen(self, port: int) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        server = site._server
        assert server is not None and server.sockets
        self._port = server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self._closing = True
        self._notify()
        if self._webhook_task:
            self._webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
        if self._client:
            await self._client.close()
        if self._runner:
            await self._runner.cleanup()

    # -- faults ---------------------------------------------------------------------------
    def fail(self, method: str | None, times: int = 1, *, status: int = 500, retry_after: int | None = None) -> Fault:
        """Answer the next ``times`` calls of ``method`` (``None``: any) with ``status``,
        without carrying them out; 429 carries ``retry_after`` seconds as Telegram does."""
        assert status >= 400
        if status == 429:
            retry_after = retry_after or 1
        description = STATUS_DESCRIPTIONS.get(status, "Error").format(retry_after=retry_after)
        fault = Fault(method, times, status, retry_after, description=description)
        self.faults.append(fault)
        return fault

    def slow(self, method: str | None, times: int = 1, *, delay: float) -> Fault:
        """Carry out the next ``times`` calls of ``method``, but answer only after ``delay`` s.

        For ``getUpdates``, only answers that carry updates count.
        """
        fault = Fault(method, times, delay=delay)
        self.faults.append(fault)
        return fault

    async def go_down(self) -> None:
        """Close the port: the bot's connections are refused until :meth:`come_back`."""
        assert self._runner is not None and not self._down
        self._down = True
        self._notify()  # long polls in progress end now
        await self._runner.cleanup()
        self._runner = None

    async def come_back(self) -> None:
        """Listen again on the same port, with every chat, message and update kept."""
        assert self._down
        await self._listen(self._port)
        self._down = False

    @contextlib.asynccontextmanager
    async def outage(self, seconds: float) -> AsyncIterator[None]:
        """``async with tg.outage(1.5): ...``: down for ``seconds``, while the body runs."""
        await self.go_down()
        try:
            yield
            await asyncio.sleep(seconds)
        finally:
            await self.come_back()

    def _fault_for(self, method: str) -> Fault | None:
        for fault in self.faults:
            if fault.matches(method):
                fault.times -= 1
                return fault
        return None

    async def __aenter__(self) -> FakeTelegram:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """What to pass as ``base_url`` to python-telegram-bot (the token is appended)."""
        return f"http://127.0.0.1:{self._port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/file/bot"

    # -- what the bot did -----------------------------------------------------------------
    @property
    def rejected(self) -> list[Call]:
        return [call for call in self.calls if not call.ok]

    def drain_rejections(self) -> list[Call]:
        """Return and forget the rejected calls (for tests that provoke them on purpose)."""
        rejected = self.rejected
        self.calls = [call for call in self.calls if call.ok]
        return rejected

    def sent(self, chat_id: int | None = None, method: str | None = None) -> list[Call]:
        """Accepted calls that sent or edited messages, optionally for one chat."""
        methods = {method} if method else {"sendMessage", "editMessageText"}
        return [
            c for c in self.calls
            if c.ok and c.method in methods and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    async def wait_for(self, method: str, timeout: float = 10.0, **match: Any) -> Call:
        """The bot's next accepted ``method`` call whose parameters match ``match``.

        Each call is returned once.  Fails at once, with Telegram's description, if the
        server has rejected any call, instead of timing out.
        """
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            if self.rejected:
                raise AssertionError(f"the server rejected calls: {[(c.method, c.error) for c in self.rejected]}")
            for call in self.calls:
                if not call.consumed and call.method == method and all(call.params.get(k) == v for k, v in match.items()):
                    call.consumed = True
                    return call
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                made = [(c.method, c.params.get("chat_id")) for c in self.calls if not c.consumed]
                raise AssertionError(f"timed out waiting for {method} {match}; unconsumed calls: {made}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)

    # -- the user's side ------------------------------------------------------------------
    @staticmethod
    def user(user_id: int, first_name: str = "Người dùng", username: str | None = None) -> JSON:
        user: JSON = {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "vi"}
        if username:
            user["username"] = username
        return user

    def private_chat(self, user: JSON) -> JSON:
        chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        if "username" in user:
            chat["username"] = user["username"]
        self.chats[chat["id"]] = chat
        return chat

    def group(self, chat_id: int, title: str = "Nhóm thử", supergroup: bool = True) -> JSON:
        assert chat_id < 0, "group chat ids are negative"
        chat = {"id": chat_id, "type": "supergroup" if supergroup else "group", "title": title}
        self.chats[chat_id] = chat
        return chat

    def add_bot_to_group(self, chat: JSON, by: JSON) -> int:
        """A member adds the bot to the group ``chat``: Telegram sends the bot a
        ``my_chat_member`` update (left -> member); returns its update id."""
        assert chat["id"] in self.chats and chat["type"] != "private"
        now = int(time.time())
        return self._queue({"my_chat_member": {
            "chat": chat, "from": by, "date": now,
            "old_chat_member": {"status": "left", "user": self.bot_user},
            "new_chat_member": {"status": "member", "user": self.bot_user},
        }})

    def push_message(
        self,
        chat: JSON,
        user: JSON,
        text: str,
        *,
        entities: list[JSON] | None = None,
        reply_to: JSON | None = None,
    ) -> JSON:
        """A user sends ``text``; returns the Message.

        Entities are detected as Telegram does (bot commands, @mentions) unless given.
        In a group with privacy mode on, the bot only gets the update if the message is
        meant for it; :meth:`delivered` tells.
        """
        assert chat["id"] in self.chats, "create the chat with private_chat() or group() first"
        message: JSON = {
            "message_id": self._next_message_id(chat["id"]),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        found = detect_entities(text) if entities is None else entities
        if found:
            message["entities"] = found
        if reply_to is not None:
            message["reply_to_message"] = {k: v for k, v in reply_to.items() if k != "reply_to_message"}
        self.messages[(chat["id"], message["message_id"])] = message
        if self._meant_for_bot(message):
            message["_update_id"] = self._queue({"message": message})
            message["_delivered"] = True
        return message

    def push_media(self, chat: JSON, user: JSON, kind: str, *, caption: str | None = None, reply_to: JSON | None = None) -> JSON:
        """A user sends a sticker, photo, voice message, document, location … (``kind``)."""
        assert kind in MEDIA, f"one of {sorted(MEDIA)}"
        message: JSON = {
            "message_id": self._next_message_id(chat["id"]),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            kind: MEDIA[kind],
        }
        if caption:
            message["caption"] = caption
            if found := detect_entities(caption):
                message["caption_entities"] = found
        if reply_to is not None:
            message["reply_to_message"] = {k: v for k, v in _public(reply_to).items() if k != "reply_to_message"}
        self.messages[(chat["id"], message["message_id"])] = message
        if self._meant_for_bot(message):
            message["_update_id"] = self._queue({"message": message})
            message["_delivered"] = True
        return message

    def push_document(
        self, chat: JSON, user: JSON, file_name: str, content: bytes, *, file_size: int | None = None, mime_type: str | None = None
    ) -> JSON:
        """A user sends a file; ``file_size`` may claim more than ``content`` holds (a
        file too big to download needs no bytes).  getFile and the file URL serve it."""
        number = len(self.files) + 1
        size = len(content) if file_size is None else file_size
        file = {"file_id": f"file-{number}", "file_unique_id": f"u{number}", "file_size": size, "file_path": f"documents/file_{number}"}
        self.files[file["file_id"]] = (file, content)
        document = {k: file[k] for k in ("file_id", "file_unique_id", "file_size")}
        document.update(file_name=file_name, mime_type=mime_type or "application/octet-stream")
        message: JSON = {"message_id": self._next_message_id(chat["id"]), "from": user, "chat": chat, "date": int(time.time()), "document": document}
        self.messages[(chat["id"], message["message_id"])] = message
        if self._meant_for_bot(message):
            message["_update_id"] = self._queue({"message": message})
            message["_delivered"] = True
        return message

    def edit(self, message: JSON, text: str) -> JSON:
        """The user edits a message they sent: Telegram sends an ``edited_message`` update."""
        edited = {**_public(message), "text": text, "edit_date": int(time.time())}
        entities = detect_entities(text)
        edited.pop("entities", None)
        if entities:
            edited["entities"] = entities
        self.messages[(message["chat"]["id"], message["message_id"])] = edited
        self._queue({"edited_message": edited})
        return edited

    def channel(self, chat_id: int, title: str = "Kênh thử") -> JSON:
        assert chat_id < 0, "channel ids are negative"
        chat = {"id": chat_id, "type": "channel", "title": title}
        self.chats[chat_id] = chat
        return chat

    def post_to_channel(self, chat: JSON, text: str) -> JSON:
        """A post in a channel where the bot is an admin: a ``channel_post`` update."""
        post = {
            "message_id": self._next_message_id(chat["id"]),
            "sender_chat": chat,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        self.messages[(chat["id"], post["message_id"])] = post
        self._queue({"channel_post": post})
        return post

    def bot_added_to(self, chat: JSON, by: JSON) -> JSON:
        """The service message a group shows when ``by`` adds the bot."""
        message = {
            "message_id": self._next_message_id(chat["id"]),
            "from": by,
            "chat": chat,
            "date": int(time.time()),
            "new_chat_members": [self.bot_user],
        }
        self._queue({"message": message})
        return message

    def replies_to(self, message: JSON) -> list[Call]:
        """The bot's accepted messages that reply to (quote) ``message``."""
        return list(self._replies.get((message["chat"]["id"], message["message_id"]), []))

    async def first_reply(self, message: JSON, timeout: float = 10.0) -> Call:
        """Wait for the bot's first message that replies to ``message`` (cheap with many waiters)."""
        key = (message["chat"]["id"], message["message_id"])
        if key in self._replies:
            return self._replies[key][0]
        waiter = self._reply_waiters.setdefault(key, asyncio.get_running_loop().create_future())
        return await asyncio.wait_for(asyncio.shield(waiter), timeout)

    async def wait_until(self, condition: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait until ``condition()`` holds, checked after every call the bot makes."""
        deadline = asyncio.get_running_loop().time() + timeout
        while not condition():
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise AssertionError("timed out waiting for a condition")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(remaining, 0.5))

    @staticmethod
    def delivered(message: JSON) -> bool:
        return bool(message.get("_delivered"))

    @staticmethod
    def update_id(message: JSON) -> int:
        """The id of the update that brought ``message`` to the bot."""
        assert "_update_id" in message, "the message was not delivered to the bot"
        return int(message["_update_id"])

    def press_button(self, message: JSON, callback_data: str, user: JSON | None = None, *, forged: bool = False) -> str:
        """A user presses the inline button carrying ``callback_data``; returns the query id.

        ``message`` may be an old copy: the button is looked up on the message as it is
        now, since a real client can only press buttons it shows (``forged``: a modified
        client sends data the message never showed).
        """
        key = (message["chat"]["id"], message["message_id"])
        current = self.messages.get(key)
        assert current is not None, f"no message {key}"
        pressed = [b for b in buttons_of(current.get("reply_markup")) if b.get("callback_data") == callback_data]
        assert pressed or forged, f"message {key} shows no button with callback data {callback_data!r}"
        if user is None:
            user = self._user_of_chat(current["chat"])
        query_id = str(next(self._query_ids))
        update = {
            "callback_query": {
                "id": query_id,
                "from": user,
                "message": _public(current),
                "chat_instance": str(abs(current["chat"]["id"])),
                "data": callback_data,
            }
        }
        self._callback_queries[query_id] = _Query(update)
        self._queue(update)
        return query_id

    def inline_query(self, user: JSON, query: str, chat_type: str = "sender") -> str:
        """A user types ``@bot query`` in some chat; returns the inline query id."""
        assert self.bot_user["supports_inline_queries"], "inline mode is off (BotFather /setinline)"
        query_id = str(next(self._query_ids))
        update = {"inline_query": {"id": query_id, "from": user, "query": query, "offset": "", "chat_type": chat_type}}
        self._inline_queries[query_id] = _Query(update)
        self._queue(update)
        return query_id

    # -- internals ------------------------------------------------------------------------
    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def _next_message_id(self, chat_id: int) -> int:
        return next(self._message_ids.setdefault(chat_id, itertools.count(1)))

    def _user_of_chat(self, chat: JSON) -> JSON:
        assert chat["type"] == "private", "say which user presses a button in a group"
        return self.user(chat["id"], chat.get("first_name", "Người dùng"), chat.get("username"))

    def _meant_for_bot(self, message: JSON) -> bool:
        if message["chat"]["type"] == "private" or not self.privacy_mode:
            return True
        username = self.bot_user["username"].lower()
        text = message.get("text", message.get("caption", ""))
        units = text.encode("utf-16-le")
        for entity in message.get("entities", message.get("caption_entities", [])):
            value = units[2 * entity["offset"] : 2 * (entity["offset"] + entity["length"])].decode("utf-16-le")
            if entity["type"] == "bot_command" and ("@" not in value or value.split("@", 1)[1].lower() == username):
                return True
            if entity["type"] == "mention" and value[1:].lower() == username:
                return True
        replied = message.get("reply_to_message")
        return bool(replied and replied.get("from", {}).get("id") == self.bot_user["id"])

    def _queue(self, payload: JSON) -> int:
        update = {"update_id": next(self._update_ids), **payload}
        self.updates.append(update)
        self._notify()
        return update["update_id"]

    def _record(self, method: str, params: JSON, ok: bool, result: Any = None, error: str | None = None) -> None:
        call = Call(next(self._seq), method, params, ok, result, error)
        self.calls.append(call)
        if ok and method == "sendMessage" and isinstance(result, dict) and result.get("reply_to_message"):
            key = (result["chat"]["id"], result["reply_to_message"]["message_id"])
            self._replies.setdefault(key, []).append(call)
            waiter = self._reply_waiters.pop(key, None)
            if waiter is not None and not waiter.done():
                waiter.set_result(call)
        self._notify()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        try:
            params = await _read_params(request)
        except ValueError as exc:
            self._record(method, {}, False, error=str(exc))
            return web.json_response({"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}, status=400)
        fault = self._fault_for(method)
        if fault is not None and fault.status != 200:
            self.injected.append(Injected(method, str(fault.status), params))
            self._notify()
            body: JSON = {"ok": False, "error_code": fault.status, "description": fault.description}
            if fault.retry_after is not None:
                body["parameters"] = {"retry_after": fault.retry_after}
            return web.json_response(body, status=fault.status)
        handler: Callable[[JSON], Awaitable[Any]] | None = getattr(self, f"_api_{method.lower()}", None)
        try:
            if handler is None:
                raise ApiError("Not Found: method not found", 404)
            result = await handler(params)
        except ApiError as exc:
            if method != "getUpdates":
                self._record(method, params, False, error=exc.description)
            body = {"ok": False, "error_code": exc.code, "description": exc.description}
            return web.json_response(body, status=exc.code)
        if method != "getUpdates":
            self._record(method, params, True, result)
        if fault is not None and method == "getUpdates" and not result:
            fault.times += 1  # a slow getUpdates fault strikes only answers that carry updates
        elif fault is not None:  # done, but the answer comes late
            self.injected.append(Injected(method, "slow", params))
            self._notify()
            await asyncio.sleep(fault.delay)
        return web.json_response({"ok": True, "result": result})

    async def _download(self, request: web.Request) -> web.Response:
        """``GET /file/bot<token>/<file_path>``: the bytes of a file getFile described."""
        if request.match_info["token"] != self.token:
            return web.Response(status=401, text="Unauthorized")
        path = request.match_info["path"]
        found = next((content for file, content in self.files.values() if file["file_path"] == path), None)
        self._record("downloadFile", {"file_path": path}, found is not None, len(found or b""), None if found is not None else "Not Found")
        return web.Response(body=found) if found is not None else web.Response(status=404, text="Not Found")

    def _chat(self, params: JSON) -> JSON:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def _bot_message(self, chat: JSON, text: str, entities: list[JSON] | None, params: JSON) -> JSON:
        message: JSON = {
            "message_id": self._next_message_id(chat["id"]),
            "from": self.bot_user,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        if entities:
            message["entities"] = entities
        if params.get("reply_markup") and "inline_keyboard" in params["reply_markup"]:
            message["reply_markup"] = params["reply_markup"]
        return message

    # -- Bot API methods ------------------------------------------------------------------
    async def _api_getme(self, params: JSON) -> JSON:
        return self.bot_user

    async def _api_logout(self, params: JSON) -> bool:
        return True

    async def _api_close(self, params: JSON) -> bool:
        return True

    async def _api_getupdates(self, params: JSON) -> list[JSON]:
        if self.webhook is not None:
            raise ApiError("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", 409)
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = float(params.get("timeout") or 0)
        allowed = params.get("allowed_updates") or None
        if offset:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()  # an older long poll still waiting is terminated (409), as on Telegram
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            ready = [u for u in self.updates if not allowed or any(kind in u for kind in allowed)]
            if ready or self._closing or self._down:
                return ready[:limit]
            if generation != self._poll_generation:
                raise ApiError("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", 409)
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)

    async def _api_setwebhook(self, params: JSON) -> bool:
        url = params.get("url", "")
        secret = params.get("secret_token")
        if secret is not None and not SECRET_TOKEN_RE.match(secret):
            raise bad_request("secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self.updates.clear()
        if not url:
            self.webhook = None
            return True
        if not url.startswith(("http://127.0.0.1", "https://")):
            raise bad_request("bad webhook: HTTPS url must be provided for webhook")
        self.webhook = _Webhook(url, secret, params.get("allowed_updates"))
        if self._webhook_task is None or self._webhook_task.done():
            self._webhook_task = asyncio.create_task(self._deliver_webhook())
        return True

    async def _api_deletewebhook(self, params: JSON) -> bool:
        self.webhook = None
        if params.get("drop_pending_updates"):
            self.updates.clear()
        return True

    async def _api_getwebhookinfo(self, params: JSON) -> JSON:
        return {
            "url": self.webhook.url if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }

    async def _api_setmycommands(self, params: JSON) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH" if isinstance(commands, list) else "commands must be an array")
        for command in commands:
            if not isinstance(command, dict) or not COMMAND_RE.match(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            description = command.get("description")
            if not isinstance(description, str) or not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[_scope_key(params)] = commands
        return True

    async def _api_getmycommands(self, params: JSON) -> list[JSON]:
        return self.commands.get(_scope_key(params), [])

    async def _api_deletemycommands(self, params: JSON) -> bool:
        self.commands.pop(_scope_key(params), None)
        return True

    async def _api_sendchataction(self, params: JSON) -> bool:
        self._chat(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    async def _api_sendmessage(self, params: JSON) -> JSON:
        chat = self._chat(params)
        text, entities = parse_text(params.get("text"), params.get("parse_mode"))
        if params.get("entities") and not params.get("parse_mode"):
            entities = params["entities"]
        check_reply_markup(params.get("reply_markup"))
        reply = params.get("reply_parameters") or (
            {"message_id": params["reply_to_message_id"]} if params.get("reply_to_message_id") else None
        )
        replied = None
        if reply:
            replied = self.messages.get((chat["id"], reply.get("message_id")))
            if replied is None and not (reply.get("allow_sending_without_reply") or params.get("allow_sending_without_reply")):
                raise bad_request("message to be replied not found")
        message = self._bot_message(chat, text, entities, params)
        if replied is not None:
            message["reply_to_message"] = _public({k: v for k, v in replied.items() if k != "reply_to_message"})
        self.messages[(chat["id"], message["message_id"])] = message
        return _public(message)

    def _message_to_edit(self, params: JSON) -> tuple[JSON, JSON | None]:
        """The bot's own message an edit names, and the inline keyboard it sets."""
        chat = self._chat(params)
        message = self.messages.get((chat["id"], params.get("message_id")))
        if message is None:
            raise bad_request("message to edit not found")
        if message["from"]["id"] != self.bot_user["id"]:
            raise bad_request("message can't be edited")
        markup = params.get("reply_markup") if params.get("reply_markup") and "inline_keyboard" in params["reply_markup"] else None
        return message, markup

    async def _api_editmessagetext(self, params: JSON) -> JSON | bool:
        text, entities = parse_text(params.get("text"), params.get("parse_mode"))
        check_reply_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        message, markup = self._message_to_edit(params)
        if (message["text"], message.get("entities"), message.get("reply_markup")) == (text, entities or None, markup):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        message["text"] = text
        message.pop("entities", None)
        message.pop("reply_markup", None)
        if entities:
            message["entities"] = entities
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return _public(message)

    async def _api_getfile(self, params: JSON) -> JSON:
        found = self.files.get(str(params.get("file_id") or ""))
        if found is None:
            raise bad_request("invalid file_id")
        if found[0]["file_size"] > 20 * 1024 * 1024:  # bots download at most 20 MB
            raise bad_request("file is too big")
        return found[0]

    async def _api_editmessagereplymarkup(self, params: JSON) -> JSON | bool:
        check_reply_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        message, markup = self._message_to_edit(params)
        if message.get("reply_markup") == markup:
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return _public(message)

    async def _api_answercallbackquery(self, params: JSON) -> bool:
        query = self._callback_queries.get(params.get("callback_query_id", ""))
        if query is None or query.answered:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if text is not None and len(text) > MAX_CALLBACK_ANSWER_CHARS:
            raise bad_request("MESSAGE_TOO_LONG")
        query.answered = True
        return True

    async def _api_answerinlinequery(self, params: JSON) -> bool:
        query = self._inline_queries.get(params.get("inline_query_id", ""))
        if query is None or query.answered:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        results = params.get("results")
        if not isinstance(results, list):
            raise bad_request("results must be an array")
        if len(results) > MAX_INLINE_RESULTS:
            raise bad_request("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            check_inline_result(result, seen)
        button = params.get("button")
        if button is not None:
            if not isinstance(button, dict) or not str(button.get("text", "")).strip():
                raise bad_request("BUTTON_TEXT_INVALID")
            if "start_parameter" in button and not START_PARAMETER_RE.match(str(button["start_parameter"])):
                raise bad_request("START_PARAM_INVALID")
        if len(str(params.get("next_offset") or "").encode()) > 64:
            raise bad_request("NEXT_OFFSET_INVALID")
        query.answered = True
        return True

    # -- webhook delivery -----------------------------------------------------------------
    async def _deliver_webhook(self) -> None:
        """POST pending updates to the webhook one at a time, as Telegram does."""
        self._client = self._client or aiohttp.ClientSession()
        while not self._closing and self.webhook is not None:
            if not self.updates:
                await self._changed.wait()
                continue
            update = self.updates[0]
            headers = {"Content-Type": "application/json"}
            if self.webhook.secret_token:
                headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook.secret_token
            try:
                async with self._client.post(self.webhook.url, data=json.dumps(update), headers=headers) as response:
                    delivered = response.status == 200
            except aiohttp.ClientError:
                delivered = False
            if delivered:
                self.updates = [u for u in self.updates if u is not update]
            else:
                await asyncio.sleep(0.05)


@dataclass
class Person:
    """A user in one chat, as a test drives them: sends text, presses buttons, reads replies."""

    tg: FakeTelegram
    user: JSON
    chat: JSON
    said: list[JSON] = field(default_factory=list)

    @property
    def chat_id(self) -> int:
        return self.chat["id"]

    def send(self, text: str, **kwargs: Any) -> JSON:
        message = self.tg.push_message(self.chat, self.user, text, **kwargs)
        self.said.append(message)
        return message

    async def ask(self, text: str, **kwargs: Any) -> Call:
        """Send ``text`` and return the bot's next message in this chat."""
        self.send(text, **kwargs)
        return await self.tg.wait_for("sendMessage", chat_id=self.chat_id)

    async def press(self, on: Call, button_text: str, then: str = "editMessageText") -> Call:
        """Press the button labelled ``button_text`` under a bot message; wait for ``then``."""
        data = on.button(button_text)["callback_data"]
        query_id = self.tg.press_button(on.message, data, self.user)
        await self.tg.wait_for("answerCallbackQuery", callback_query_id=query_id)
        return await self.tg.wait_for(then, chat_id=self.chat_id)


#: What a user can send instead of text, as the Bot API shows it.
MEDIA: dict[str, Any] = {
    "sticker": {"file_id": "sticker-1", "file_unique_id": "s1", "type": "regular", "width": 512, "height": 512,
                "is_animated": False, "is_video": False, "emoji": "👍"},
    "photo": [{"file_id": "photo-1", "file_unique_id": "p1", "width": 90, "height": 90},
              {"file_id": "photo-2", "file_unique_id": "p2", "width": 1280, "height": 1280}],
    "voice": {"file_id": "voice-1", "file_unique_id": "v1", "duration": 3, "mime_type": "audio/ogg"},
    "document": {"file_id": "doc-1", "file_unique_id": "d1", "file_name": "bao-cao.pdf", "mime_type": "application/pdf"},
    "location": {"latitude": 21.0285, "longitude": 105.8542},
    "contact": {"phone_number": "+84900000000", "first_name": "Lan"},
    "video_note": {"file_id": "vn-1", "file_unique_id": "vn1", "length": 240, "duration": 2},
}


def _public(message: JSON) -> JSON:
    """A message as the API shows it (without the server's bookkeeping keys)."""
    return {k: v for k, v in message.items() if not k.startswith("_")}


def _scope_key(params: JSON) -> str:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)


async def _read_params(request: web.Request) -> JSON:
    """Parameters from a JSON body, a form body or the query string, typed like Telegram."""
    raw: dict[str, Any] = dict(request.query)
    if request.can_read_body:
        content_type = request.content_type
        if content_type == "application/json":
            body = await request.json()
            if not isinstance(body, dict):
                raise ValueError("the JSON body must be an object")
            raw.update(body)
        elif content_type == "multipart/form-data":
            form = await request.post()
            raw.update({k: v for k, v in form.items() if isinstance(v, str)})
        else:
            text = await request.text()
            raw.update(dict(parse_qsl(text, keep_blank_values=True)))
    params: JSON = {}
    for key, value in raw.items():
        if isinstance(value, str) and key not in STRING_PARAMS:
            try:
                value = json.loads(value)
            except ValueError:
                pass  # e.g. chat_id "@channel"
        params[key] = value
    return params


__all__ = [
    "ApiError", "Call", "FakeTelegram", "Fault", "Injected", "MEDIA", "Person", "buttons_of", "check_reply_markup", "detect_entities",
    "parse_html", "parse_text", "utf16_len",
]
