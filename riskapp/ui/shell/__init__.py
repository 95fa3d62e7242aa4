"""The application shell: entry point, main window, unlock, first-run setup, settings,
idle and screen lock."""
