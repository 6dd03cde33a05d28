"""Caseload tracking: UK working days, deadline rules, deliverables and KPIs.

No Qt and no database here: the services gather plain records from the
library and hand them to these functions.

- ``workdays``: weekends and each nation's bank holidays (``holidays``).
- ``rules``: the deadline rules read from ``templates/deadlines/*.toml``.
- ``deliverables``: each child's deliverables, their due dates, books and state.
- ``kpi``: the performance indicators over a period, overall and by plan.
"""
