"""Templates + content -> a display list per page, in points. No Qt, no ReportLab canvas."""
