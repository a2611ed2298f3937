"""The review sheet as HTML: the page a reviewer uses in a browser, and the printable text the
PDF is made from. French and English; every value from the workspace is escaped."""

from __future__ import annotations

import json
from datetime import datetime
from html import escape
from typing import TypedDict

from .decisions import FORMAT, VERSION
from .queue import ChannelText, Waiting
from .sheet import Sheet, asset

# No request of any kind: the page works from a disk, a mail or a phone with no connection.
POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


class _Words(TypedDict):
    """The sheet's words in one language."""

    title: str
    made: str
    how: str
    you: str
    pick: str
    decision: str
    approve: str
    changes: str
    later: str
    comment: str
    ref: str
    date_of_series: str
    undated: str
    silent: str
    silent_next: str
    urgency: dict[str, str]  # by Waiting.urgency
    approve_all: str
    save: str
    tally: str
    need_name: str
    need_comment: str
    need_decision: str
    saved: str
    copy: str
    empty: str
    paper: str
    days: tuple[str, ...]  # Monday first
    months: tuple[str, ...]


WORDS: dict[str, _Words] = {
    "fr": {
        "title": "Feuille de relecture",
        "made": "{n} contenu(s) à relire · feuille faite le {when} par {who}",
        "how": "Pour chaque contenu, validez-le ou écrivez ce qu’il faut changer, puis "
        "enregistrez vos décisions et renvoyez le fichier obtenu.",
        "you": "Vous êtes :",
        "pick": "— choisissez votre nom —",
        "decision": "Votre décision",
        "approve": "Valider",
        "changes": "Demander des modifications",
        "later": "Plus tard",
        "comment": "Ce qu’il faut changer (obligatoire pour une demande de modifications)",
        "ref": "Réf. n° {id} · version {rev}",
        "date_of_series": "date de la série du {key}",
        "undated": "sans date",
        "silent": "validé tacitement le {when} sans décision",
        "silent_next": "validé tacitement à la prochaine ouverture, sans décision",
        "urgency": {
            "overdue": "en retard",
            "soon": "dans les 24 h",
            "later": "plus tard",
            "undated": "sans date",
        },
        "approve_all": "Valider tout ce qui reste",
        "save": "Enregistrer mes décisions",
        "tally": "{approved} validé(s) · {changes} à modifier · {waiting} en attente",
        "need_name": "Indiquez votre nom.",
        "need_comment": "Écrivez ce qu’il faut changer.",
        "need_decision": "Aucune décision pour l’instant.",
        "saved": "Décisions enregistrées dans le fichier {file} (dossier des téléchargements). "
        "Envoyez-le à la personne qui prépare le calendrier : elle l’ouvre avec "
        "Relecture › Appliquer des décisions.",
        "copy": "Le fichier ne s’est pas enregistré ? Copiez son contenu :",
        "empty": "Rien n’attend de relecture.",
        "paper": "☐ Validé    ☐ À modifier : ……………………………………………………",
        "days": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        "months": (
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ),
    },
    "en": {
        "title": "Review sheet",
        "made": "{n} item(s) to review · sheet made on {when} by {who}",
        "how": "For each item, approve it or write what should change, then save your "
        "decisions and send the file back.",
        "you": "You are:",
        "pick": "— choose your name —",
        "decision": "Your decision",
        "approve": "Approve",
        "changes": "Request changes",
        "later": "Not now",
        "comment": "What should change (required when you request changes)",
        "ref": "Ref. #{id} · revision {rev}",
        "date_of_series": "the series' date of {key}",
        "undated": "no date",
        "silent": "approved silently on {when} if nobody decides",
        "silent_next": "approved silently the next time the calendar is opened, if nobody decides",
        "urgency": {
            "overdue": "overdue",
            "soon": "within 24 hours",
            "later": "later",
            "undated": "no date",
        },
        "approve_all": "Approve all that remain",
        "save": "Save my decisions",
        "tally": "{approved} approved · {changes} to change · {waiting} waiting",
        "need_name": "Give your name.",
        "need_comment": "Write what should change.",
        "need_decision": "No decision yet.",
        "saved": "Decisions saved as {file} (your downloads folder). Send it to whoever plans "
        "the calendar: they open it with Review › Apply decisions.",
        "copy": "The file was not saved? Copy its content:",
        "empty": "Nothing is waiting for review.",
        "paper": "☐ Approved    ☐ To change: ……………………………………………………",
        "days": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "months": (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
    },
}


def when(sheet: Sheet, moment: datetime | None, entry: Waiting | None = None) -> str:
    """A date as a person writes it, in the workspace's time zone and language."""
    words = WORDS[sheet.language]
    day = None
    if moment is not None:
        local = moment.astimezone(sheet.tz)
        day, clock = local.date(), f" {local:%H:%M}"
    elif entry is not None and entry.start_date is not None:
        day, clock = entry.start_date, ""
    if day is None:
        return str(words["undated"])
    name, month = words["days"][day.weekday()], words["months"][day.month - 1]
    if sheet.language == "fr":
        return f"{name} {day.day} {month} {day.year}{clock}"
    return f"{name}, {day.day} {month} {day.year}" + (f",{clock}" if clock else "")


def _entry_when(sheet: Sheet, entry: Waiting) -> str:
    return when(sheet, entry.start_utc, entry)


def _ref(sheet: Sheet, entry: Waiting) -> str:
    words = WORDS[sheet.language]
    text = str(words["ref"]).format(id=entry.item_id, rev=entry.revision)
    if entry.occurrence:
        text += " · " + str(words["date_of_series"]).format(key=entry.occurrence)
    return text


def _heading(sheet: Sheet) -> tuple[str, str]:
    """The sheet's title and the line that says what it holds, when and by whom."""
    words = WORDS[sheet.language]
    title = f"{words['title']} — {sheet.association}" if sheet.association else words["title"]
    made = str(words["made"]).format(
        n=len(sheet.entries), when=when(sheet, sheet.made_at), who=sheet.made_by
    )
    return str(title), made


def page(sheet: Sheet) -> str:
    """The interactive sheet: one file, its style and script inside."""
    words = WORDS[sheet.language]
    e = escape
    title, made = _heading(sheet)
    if sheet.people:
        options = "".join(f'<option value="{e(p)}">{e(p)}</option>' for p in sheet.people)
        who = (
            f'<select id="reviewer"><option value="">{e(words["pick"])}</option>{options}</select>'
        )
    else:
        who = '<input id="reviewer" autocomplete="name">'
    sections = [_section(sheet, i, entry) for i, entry in enumerate(sheet.entries)]
    body = "\n".join(sections) or f'<p class="empty">{e(words["empty"])}</p>'
    data = {
        "format": FORMAT,
        "version": VERSION,
        "workspace": sheet.workspace_id,
        "sheet": sheet.sheet_id,
        "key": sheet.key,
        "fileName": sheet.file_name,
        "items": [
            {"item": x.item_id, "uid": x.uid, "occurrence": x.occurrence, "revision": x.revision}
            for x in sheet.entries
        ],
        "words": {
            "tally": words["tally"],
            "needName": words["need_name"],
            "needComment": words["need_comment"],
            "needDecision": words["need_decision"],
        },
    }
    # Inside a script element: "<" written as an escape, so no text can close it.
    embedded = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
    saved = str(words["saved"]).format(file=sheet.file_name)
    return f"""<!DOCTYPE html>
<html lang="{sheet.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="NGO Calendar">
<title>{e(title)}</title>
<style>
{asset("sheet.css")}</style>
</head>
<body>
<header>
<h1>{e(title)}</h1>
<p class="meta">{e(made)}</p>
<p class="how">{e(str(words["how"]))}</p>
<p class="who"><label for="reviewer">{e(str(words["you"]))}</label> {who}</p>
</header>
<main>
{body}
</main>
<footer>
<span id="tally"></span>
<button type="button" id="approve-all">{e(str(words["approve_all"]))}</button>
<button type="button" id="save">{e(str(words["save"]))}</button>
<span id="save-why"></span>
<div id="saved" hidden><p>{e(saved)}</p>
<details><summary>{e(str(words["copy"]))}</summary>
<textarea id="saved-text" readonly></textarea></details></div>
</footer>
<script type="application/json" id="sheet-data">{embedded}</script>
<script>
{asset("sheet.js")}</script>
</body>
</html>
"""


def _section(sheet: Sheet, index: int, entry: Waiting) -> str:
    words = WORDS[sheet.language]
    e = escape
    urgency = e(words["urgency"][entry.urgency])
    line = f'{e(_entry_when(sheet, entry))} · <span class="urgency">{urgency}</span>'
    if entry.silent_at is not None and entry.silent_at > sheet.made_at:
        line += " · " + e(str(words["silent"]).format(when=when(sheet, entry.silent_at)))
    elif entry.silent_at is not None:
        line += " · " + e(str(words["silent_next"]))
    channels = "".join(
        f'<div class="channel"><h3>{e(t.channel)} <span class="{_count_class(t)}">'
        f"{len(t.text)}{f' / {t.limit}' if t.limit else ''}</span></h3>"
        f'<p class="text">{e(t.text)}</p></div>'
        for t in entry.texts
    )
    name = f"d{index}"
    radios = "".join(
        f'<label><input type="radio" name="{name}" value="{value}"> {e(label)}</label>'
        for value, label in (
            ("approve", words["approve"]),
            ("changes", words["changes"]),
            ("", words["later"]),
        )
    )
    anchor = f"item-{entry.item_id}" + (f"-{entry.occurrence}" if entry.occurrence else "")
    return (
        f'<section class="item urgency-{entry.urgency}" data-index="{index}" id="{e(anchor)}">'
        f'<h2>{e(entry.title)}</h2><p class="when">{line}</p>{channels}'
        f'<p class="ref">{e(_ref(sheet, entry))}</p>'
        f"<fieldset><legend>{e(str(words['decision']))}</legend>{radios}"
        f'<textarea name="c{index}" placeholder="{e(str(words["comment"]))}" '
        f'aria-label="{e(str(words["comment"]))}"></textarea></fieldset></section>'
    )


def _count_class(text: ChannelText) -> str:
    return "count over" if text.too_long else "count"


def printable(sheet: Sheet) -> str:
    """The same sheet as simple HTML for paper (what Qt's text engine lays out into a PDF)."""
    words = WORDS[sheet.language]
    e = escape
    title, made = _heading(sheet)
    parts = [f"<h1>{e(title)}</h1>", f"<p>{e(made)}</p>"]
    if not sheet.entries:
        parts.append(f"<p>{e(str(words['empty']))}</p>")
    for entry in sheet.entries:
        urgency = words["urgency"][entry.urgency]
        parts.append("<hr/>")
        parts.append(f"<h2>{e(entry.title)}</h2>")
        parts.append(f"<p><i>{e(_entry_when(sheet, entry))} · {e(str(urgency))}</i></p>")
        for t in entry.texts:
            count = f"{len(t.text)}" + (f" / {t.limit}" if t.limit else "")
            text = e(t.text).replace("\n", "<br/>")
            parts.append(f"<p><b>{e(t.channel)}</b> ({count})<br/>{text}</p>")
        parts.append(f"<p><small>{e(_ref(sheet, entry))}</small></p>")
        parts.append(f"<p>{e(str(words['paper']))}</p>")
    return "<html><body>" + "\n".join(parts) + "</body></html>"
