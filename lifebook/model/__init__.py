"""Plain domain types and enums. No Qt, no SQLAlchemy, no ReportLab."""
