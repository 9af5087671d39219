"""Widgets, dialogs and the main window; thin, they call services."""
