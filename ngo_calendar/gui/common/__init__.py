"""What every part of the window shares: labels for the domain's values, translations
(i18n), date and time boxes, drag and drop, chips and their text cache, the filter bar, the
database worker and the progress of its jobs, errors and reasons.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = [
    "chips",
    "db_worker",
    "dnd",
    "errors",
    "filter_bar",
    "i18n",
    "labels",
    "progress",
    "reason_texts",
    "reasons",
    "text_cache",
    "time_box",
]
