"""The weekly management report: the window (``window.py``), its charts and its PDF (``pdf.py``)."""
