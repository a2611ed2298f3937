"""The PySide6 window: thin views and dialogs over the core services."""
