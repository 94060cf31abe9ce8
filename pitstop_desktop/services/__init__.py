"""Use cases: one transaction each, a permission check, the manual's rules, an audit event and a change-feed row.

They return plain dataclasses (``records.py``), never live ORM objects, so nothing lazy-loads on the GUI thread.
"""
