"""Who may use the bot: optional allow-lists of users and chats, and admins.

Reports may be internal, so a deployment can restrict the bot.  A user is let in when
no list is configured, when the user is on the user list (anywhere, including inline
mode), when the chat is on the chat list (every member of an allowed group), or when
the user is an admin.  Only admins may ``/reload``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.config import TelegramConfig


@dataclass(frozen=True)
class Access:
    users: frozenset[int] = frozenset()
    chats: frozenset[int] = frozenset()
    admins: frozenset[int] = frozenset()

    @classmethod
    def from_config(cls, config: TelegramConfig) -> Access:
        return cls(_ids(config.allowed_user_ids), _ids(config.allowed_chat_ids), _ids(config.admin_ids))

    @property
    def restricted(self) -> bool:
        return bool(self.users or self.chats)

    def allows(self, user_id: int | None, chat_id: int | None) -> bool:
        """Whether this user, in this chat (``None`` for inline queries), may ask."""
        if not self.restricted or self.is_admin(user_id):
            return True
        return (user_id is not None and user_id in self.users) or (chat_id is not None and chat_id in self.chats)

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admins


def _ids(values: Iterable[int]) -> frozenset[int]:
    return frozenset(int(v) for v in values)
