"""Qt item models: thin adapters over the services' plain rows (arrives with the supervisor console)."""
