"""The chronology in the window: the child's events as a table, with gaps, links and import.

- ``table.py``: the table's model, its sort and filter, and the view that
  takes dropped photos and people;
- ``panel.py``: the "Chronology" tab of the child's page;
- ``event_dialog.py``: add or edit one event;
- ``commands.py``: undo and redo over the chronology services;
- ``findings_strip.py``: the gaps and doubts above the table;
- ``sources.py``: the photo and people lists to drag from;
- ``import_dialog.py``: File > Import chronology…, with column mapping;
- ``wiring.py``: puts the tab and the menu actions into the main window.
"""
