"""Review with the child: the carer's calm reading view (see window.py)."""
