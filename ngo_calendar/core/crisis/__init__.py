"""Crisis mode: the plan a crisis gets (plan: a pure function; propose: read from the
workspace), applying and ending it (apply, end), an edited plan file (plan_file), the
crises' records (record), the workspace's crisis rules (rules) and message templates.

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["apply", "end", "messages", "plan", "plan_file", "propose", "record", "rules"]
