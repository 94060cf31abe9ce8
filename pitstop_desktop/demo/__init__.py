"""The demo day: a deterministic office day to try Pit Stop on. A tool above the services, not product."""
