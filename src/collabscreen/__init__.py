"""collabscreen: screen research collaborations before they are funded.

The flow is one-way: ``inputs`` reads spreadsheets into records, ``names`` and ``fields`` screen them,
``rules`` decides, ``report`` renders and ``ledger`` records. ``pipeline.screen`` runs the whole job.
"""

__version__ = "0.1.0"
