"""The operations manual as pure Python: codes, rules R1–R11, SLA clock, calendar, availability."""
