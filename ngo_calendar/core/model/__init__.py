"""The vocabulary of an association's calendar: plain values (domain), what a workspace
accepts (checks), wall-clock time and its zone (timing), recurrence rules, the refusals
services raise and the JSON files people hand to commands. No storage, no Qt.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["checks", "domain", "json_file", "recurrence", "refusals", "rule_slots", "timing"]
