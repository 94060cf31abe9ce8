"""Windows, widgets and dialogs: layout and wiring (arrives with the supervisor console)."""
