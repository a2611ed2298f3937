"""Data files shipped with the app (translations, icons); installed as ngo_calendar.resources."""
