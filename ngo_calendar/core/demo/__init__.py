"""The demo workspace: a fictional French food bank (build), its texts (data, french).

Public face: the modules named in `__all__`; nothing outside this wing imports a `_name`.
Modules are imported where used (not here), so that importing one loads only what it needs.
"""

__all__ = ["build", "data", "french"]
