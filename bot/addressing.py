"""Who a message is for and what it asks: private chats, commands, mentions, replies.

In groups (privacy mode on) the bot answers only what is addressed to it; these
predicates decide that for the handlers and for flood control alike.
"""

from __future__ import annotations

import re

from telegram import Message, MessageEntity
from telegram.constants import ChatType
from telegram.ext import filters

from retrieval.ranking.intents import small_talk


def _bot_username(message: Message) -> str:
    return (message.get_bot().username or "").lower()


def _mentions(message: Message) -> list[str]:
    """The @usernames mentioned in the message's text or caption, lowercase, without "@"."""
    kinds = [MessageEntity.MENTION]
    found = [*message.parse_entities(kinds).values(), *message.parse_caption_entities(kinds).values()]
    return [m[1:].lower() for m in found]


def mentions_bot(message: Message) -> bool:
    """An @mention of the bot in the message's text or in a photo's caption."""
    return _bot_username(message) in _mentions(message)


def replies_to_bot(message: Message) -> bool:
    """A reply to one of the bot's messages that is not meant for someone else: "@lan
    xem cái này" under the bot's answer speaks to Lan."""
    replied = message.reply_to_message
    if not (replied and replied.from_user and replied.from_user.id == message.get_bot().id):
        return False
    others = [m for m in _mentions(message) if m != _bot_username(message)]
    text_mentions = message.parse_entities([MessageEntity.TEXT_MENTION]) or message.parse_caption_entities([MessageEntity.TEXT_MENTION])
    return not others and not text_mentions


def command_for_bot(message: Message) -> bool:
    """A command at the start of the message that is not addressed to another bot."""
    commands = message.parse_entities([MessageEntity.BOT_COMMAND])
    for entity, text in commands.items():
        if entity.offset == 0:
            _, _, target = text.partition("@")
            return not target or target.lower() == _bot_username(message)
    return False


def addressed_to_bot(message: Message) -> bool:
    """Whether the user meant the bot: a private chat, a command, a mention or a reply."""
    return message.chat.type == ChatType.PRIVATE or command_for_bot(message) or mentions_bot(message) or replies_to_bot(message)


class _AddressedInGroup(filters.MessageFilter):
    """Group messages that mention the bot or reply to one of its messages."""

    def filter(self, message: Message) -> bool:
        return mentions_bot(message) or replies_to_bot(message)


def question_of(message: Message) -> str:
    """The question in a message (or a photo's caption): without a leading ``/hoi`` and
    without mentions of the bot.  "@bot" alone, or "@bot trả lời giúp câu này", under
    someone else's message asks the bot that message."""
    text = message.text or message.caption or ""
    if command_for_bot(message):
        text = re.sub(r"^/\S+", "", text, count=1)
    username = _bot_username(message)
    if username:
        text = re.sub(rf"(?<!\w)@{re.escape(username)}(?!\w)", " ", text, flags=re.IGNORECASE)
    question = " ".join(text.split())
    replied = message.reply_to_message
    if replied is not None and not replies_to_bot(message) and (replied.text or replied.caption) and (not question or small_talk(question) == "help"):
        return " ".join((replied.text or replied.caption or "").split())
    return question
