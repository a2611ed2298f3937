"""Crisis message templates: a holding statement, an update and a thank-you, per channel,
in the workspace's language. A template becomes a new item (a draft to complete) tagged as
crisis communication and essential, so every plan keeps it; the start of a crisis can add
them at the top of its plan, and any can be added while it lasts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..model.domain import ItemDraft, ItemKind, Sensitivity, Status, Timed

TEMPLATES = ("holding", "update", "thanks")
# Channels whose posts must be short: the short text (X, Bluesky, Mastodon's 500 fit it).
SHORT_LIMIT = 500

_TEXTS: dict[str, dict[str, tuple[str, str, str]]] = {
    # template: language: (title, text, short text). [ ] marks what the volunteer completes.
    "holding": {
        "fr": (
            "Déclaration d'attente",
            "Nous avons connaissance de [la situation]. Nos pensées vont aux personnes "
            "touchées. Nous suspendons nos publications habituelles et reviendrons vers vous "
            "dès que nous en saurons plus.",
            "Nous suivons [la situation] de près. Publications suspendues ; nous revenons "
            "vers vous très vite.",
        ),
        "en": (
            "Holding statement",
            "We are aware of [the situation]. Our thoughts are with everyone affected. We are "
            "pausing our usual posts and will share more as soon as we can.",
            "We are following [the situation] closely. Usual posts paused; more soon.",
        ),
    },
    "update": {
        "fr": (
            "Point de situation",
            "Point au [date] : [ce qui a changé]. [Ce que nous faisons]. [Comment nous aider "
            "ou où trouver de l'aide].",
            "Point au [date] : [ce qui a changé]. [Où trouver de l'aide].",
        ),
        "en": (
            "Update",
            "Update as of [date]: [what has changed]. [What we are doing]. [How to help or "
            "where to find help].",
            "Update [date]: [what has changed]. [Where to find help].",
        ),
    },
    "thanks": {
        "fr": (
            "Remerciements",
            "Merci à [nos bénévoles, partenaires, donateurs] pour leur soutien pendant [la "
            "situation]. Nos publications reprennent peu à peu.",
            "Merci à [vous tous] pour votre soutien. Nos publications reprennent.",
        ),
        "en": (
            "Thank you",
            "Thank you to [our volunteers, partners, donors] for their support during [the "
            "situation]. Our usual posts resume step by step.",
            "Thank you all for your support. Our usual posts resume.",
        ),
    },
}
CRISIS_TAG = {"fr": "crise", "en": "crisis"}


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    text: str
    short: str


def template(name: str, language: str) -> Template:
    if name not in _TEXTS:
        from ..model.domain import InputError
        from ..model.reasons import reason

        raise InputError("--template", name, reason("text.choice", choices=", ".join(TEMPLATES)))
    title, text, short = _TEXTS[name]["fr" if language == "fr" else "en"]
    return Template(name, title, text, short)


def draft(
    name: str, channel: str, char_limit: int | None, start: datetime, language: str
) -> ItemDraft:
    """The new item a template makes on one channel at `start` (naive, workspace wall time)."""
    chosen = template(name, language)
    short = char_limit is not None and char_limit <= SHORT_LIMIT
    return ItemDraft(
        title=chosen.title,
        kind=ItemKind.POST,
        body=chosen.short if short else chosen.text,
        channels=[channel],
        status=Status.DRAFT,
        start=Timed(start.replace(second=0, microsecond=0, tzinfo=None)),
        tags=[CRISIS_TAG["fr" if language == "fr" else "en"]],
        sensitivity=Sensitivity.ESSENTIAL,
    )
