"""Reading the calendar: occurrences over a period (query), the filters, the first look
at a month, weeks read ahead (periods), plain rows and the command line's output.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["filters", "first_look", "output", "periods", "query", "rows", "search"]
