<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Lifebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Lifebook {__version__}&lt;/h2&gt;&lt;p style=&apos;margin:4px 0&apos;&gt;Life story books, words and pictures and later life letters, for children in care and adopted children.&lt;/p&gt;&lt;p style=&apos;margin:0&apos;&gt;Lifebook is free software under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library in use: {library_path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software and fonts in Lifebook, and their licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree use of photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a manager has agreed {photos_count} can be used in this child&apos;s books. Photos other than the child&apos;s own are agreed first, because some photos can upset a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {value1} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say who agreed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value0}&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: a name, an action, a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these entries as a spreadsheet file for the child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change, export, backup and restore is kept here. Entries cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {len_entries} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {rows} entries to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookEditor</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a page after this one, from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of this page after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this page (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another layout for this page; nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page at its printed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-page &amp;spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facing pages side by side, as in the printed book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the trim edge, the bleed and the safe margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a print-ready PDF of this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook saves every change as you make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review with &amp;child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this book with the child, full screen, and keep what they say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story&amp;board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every page as a card: drag to reorder, click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the writing guidance for this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template changed. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes are saved. Lifebook saves every change as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasDrops</name>
    <message>
        <source>The photo could not be placed: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {len_files} photo(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos could not be imported: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo imported and placed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {value1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the caseload again from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline rules could not be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no work to track yet: add a child and choose their plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadWindow</name>
    <message>
        <source>Caseload — Lifebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>SGO or CAO order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the full name: change it if they like to be called something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books use this name. If it is left empty, they use the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, as on their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s full legal name, as on their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the child likes to be called; books use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the books speak about the child: she, he, they, or by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. she/her (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: leave it empty. “about 2018” or “March 2018” are fine too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s plan decides the sections of a new book and the deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose bank holidays count when working days are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines in working days skip this nation&apos;s bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social worker responsible for the child&apos;s life story work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social worker&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key dates (leave empty if not known, or not yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date they came into care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the child&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the dates shown in red to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the child&apos;s name, date of birth, plan and key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this child, with their books and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a life story book, words and pictures or a later life letter for this child (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the deleted book back, exactly as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s books. Double-click or press Enter to open one; right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No books yet. Start one with New book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this book in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this book&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of this book, with all its pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this book (you can undo it until you close Lifebook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy photos into this child&apos;s library. You can also drag them onto the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s photos. Double-click a photo for its details; right-click to agree or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos yet. Use Import photos…, or drag photos from your computer onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChronologyCommand</name>
    <message>
        <source>Could not {value1}{value2}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChronologyFacts</name>
    <message>
        <source>Insert &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a date from the chronology where the cursor is (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a date from the chronology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a date from the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click in the letter&apos;s words where the date should go, then choose Insert date again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChronologyPanel</name>
    <message>
        <source>Only in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events shown in the child&apos;s book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events for the later life letter only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only private notes for workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something that happened in the child&apos;s life (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen event (Enter, or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen event (Delete key). You can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the chronology (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a chronology from a spreadsheet or a case management export (.csv or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {t} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an event by words, place or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word from an event&apos;s title, place or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the events of one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Add the first with Add event…, or import a chronology with Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}” from the chronology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is already linked to “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not link it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked {value1} to “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{events}, {shown} shown by the filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipartPicker</name>
    <message>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple drawings to explain things to a child. Search by what you need: a feeling, a person, a place or a thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pictures, for example: sad, house, police, safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pictures match “{value1}”. Try another word, such as happy, home, school or car.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the comments marked as resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on this book, each with its replies. Choose one to see where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet. Choose a page or a part of it, write a comment below and press Add comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this thread as dealt with (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this comment and its replies (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page the child drew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment for the people working on this book. Comments are never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the comment to the chosen page or part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this to the chosen thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one comment thread is resolved. Tick Show resolved to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {hidden} comment threads are resolved. Tick Show resolved to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment on the whole book:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment on page {number}{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment added. It is never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s own page ({where_text})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentChoice</name>
    <message>
        <source>A note, e.g. &quot;agreed in writing&quot; or &quot;first name only&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about being {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 23/03/2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 23/03/2019, March 2019, about 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the {what}: day, month and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the {what} as you know it: a full date, a month, or a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date needs the day too (I read {value1}): try 23/03/2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as {date} ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Mark as delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: printed copy handed over at the celebration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who received “{title}”, and when? Lifebook keeps a copy of the final PDF with this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftCheckDialog</name>
    <message>
        <source>Check a draft letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a letter written in Word (or a text file) for jargon, blaming words, reading age and identifying details, without importing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a draft letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a letter you wrote in Word before you bring it into Lifebook. Nothing is imported or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Word document (.docx) or a text file (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How old the reader will be: 14 is usual for a later life letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader&apos;s age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the checks found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each thing to look at in the draft, by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a child in the library first to also check the names of their people who have not agreed to be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against {name}&apos;s people who have not agreed to be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a draft letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters (*.docx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about age {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an age too short to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 thing to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} things to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft reads at {reads}, for a reader of {age}. {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads at about age {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short to tell its reading age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DragSources</name>
    <message>
        <source>Photos to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a photo onto an event to link it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a person onto an event to say they were involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people are recorded for this child yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto an event to link it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <source>Drawing pad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3/5/2019, March 2019, spring 2019, about 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the date was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few words, e.g. Moved to live with Sam and Ali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Leeds, or St Mary&apos;s Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and why, in words the child will understand when they read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say what happened, in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableView</name>
    <message>
        <source>Chronology events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s life in dated events. Enter or double-click changes an event; drag photos and people onto a row to link them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder and file name of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add crop marks (for a print shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks at the corners show a print shop where to cut the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra picture past the page edge, trimmed off after printing. 3 mm is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pixels per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo resolution in the PDF. 300 is right for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final copy, without the DRAFT watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final copy of revision {number} as approved ({approval_line}), without the DRAFT watermark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only books approved in quality assurance (QA) can be exported as final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the approved revision, exactly as approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bleed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name set. Add yours in File ▸ Preferences… and the PDF will name you as its author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per sheet: each page big on its own sideways A4 sheet, to read with the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For printing at home or school: the picture large above the words, with no bleed or crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which part of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: {value1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop, or close without exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at every page of the PDF here, exactly as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF with the PDF program on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the {kind}: {out_path} ({pages} pages). {summary_findings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… nothing is saved for a cancelled export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be opened. The PDF is saved as {out_path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactPicker</name>
    <message>
        <source>Insert a date from the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: a word from the event, a month or a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the child&apos;s age then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words that go in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chronology has no dated events marked for the book yet. Add them in the child&apos;s chronology, then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date goes in as plain words, where the cursor is. If the chronology changes later, the checks point out any date that no longer agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>{value0}: {message}
Click to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Checks before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix or look at before the book is printed. Double-click a line to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree these photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a manager has agreed the photos not yet agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. This book is ready to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} to fix before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree this photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree these {n} photos…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsStrip</name>
    <message>
        <source>Show or hide the list of things to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what to look at in the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look at in the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events that may need a look. Double-click a line to go to the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow}  {what} in this chronology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameTextEditor</name>
    <message>
        <source>Text on the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Writing guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to write in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading age of this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jargon, blaming words or dates to check in this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the date in the letter to the chronology&apos;s (Undo changes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a page to see what to write in its section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to go to these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the chronology&apos;s date ({replacement})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over {child_name}&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook will save {child_name}&apos;s record, people, chronology, books, comments and photos in one file. Choose a passphrase and tell it to the person who will open the file another way (by phone, not in the same email). Nobody can open the file without it, Lifebook included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {MIN_PASSPHRASE} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it &amp;without a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportChronologyDialog</name>
    <message>
        <source>Import chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chronology exported from your case management system, or a spreadsheet you keep (.csv or .xlsx). Then check how each column will be read: change the choice above a column if Lifebook guessed wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports often start with a title and a blank line: say which row holds the names of the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names are on row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chronology file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read column {value1} as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column has no name of its own in the header row, so it can&apos;t be read. Give it a name in the file to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that says what happened: pick “What happened (event)” above it. Every event needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value0}: imported with the date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} event{value3} from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was imported; nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>This applies to every book, so it cannot be not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Could not add the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}. Start a book with New book… (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the child&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} and everything that goes with them: {value3}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child first, then start their book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started “{title}”: {pages_pages}{extra}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not duplicate the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a copy: “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” ({pages_pages})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this until you close Lifebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}”. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring the book back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is back, with all its {pages_pages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete of “{value1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete boo&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{value1}” ({value3}). You can bring it back until you close Lifebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete child…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another Lifebook library, or make a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child to this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit child&apos;s details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen child&apos;s name, date of birth, plan and key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen child, with their books and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a life story book, words and pictures or a later life letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen book&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of the chosen book, with all its pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen book (you can undo it until you close Lifebook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the book you deleted last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy photos into the chosen child&apos;s library. You can also drag them onto the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a made-up child with a finished-looking life story book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every child&apos;s life story work: what is due, overdue or waiting for QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as the author of exported PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a print-ready PDF of the open book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lifebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload and deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete boo&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the sam&amp;ple book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children in this library and their books. Right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Lifebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook helps you make life story books, words and pictures and later life letters that a child can keep and re-read for years.

This library is empty. Would you like to see a sample book first? It uses a made-up child, Poppy, and painted pictures, so you can explore safely before starting real work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the sample book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current photo; photos already imported are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan_label} · {photos} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind_label} · {pages} pages · {status_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the sample book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample book is ready: Poppy&apos;s life story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a child first, then import their photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {len_files} photo(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook library (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook — {name} (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyPageScreen</name>
    <message>
        <source>Or write {child_name}&apos;s page here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{child_name}&apos;s own words for the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↶  Undo line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own page, about page {value1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBookDialog</name>
    <message>
        <source>{name}&apos;s life in words and photos: who {name} is, their birth family, how they came to be where they are, and where they are going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few short sentences and simple drawings that explain to {name} why the grown-ups are worried, and what everyone is doing about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter from you to {name}, to read when older, explaining what happened and the reasons for the decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New book for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to make for {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s title, as it appears on the cover. You can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the printed pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out {name}&apos;s photo on a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out {name}&apos;s {n} photos on new pages, in the order they were taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out {name}&apos;s photos on new pages (there are none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the book with the photos already in the library; you can move or remove them later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the book with these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without starting a book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections, following {name}&apos;s plan ({plan}): {sections}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageConflict</name>
    <message>
        <source>{name} changed this page a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page was changed in another Lifebook window a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page now shows {name}&apos;s words; yours are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It now shows the words saved there; yours are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put my words back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the words you typed, in place of theirs (Ctrl+Z does the same)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageStrip</name>
    <message>
        <source>Pages of the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page of the book. Click a page to edit it; drag pages to change their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page duplicated. The copy follows the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} is now in “{value3}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview: {value1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the pages of {name} ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in your PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF with the PDF program on this computer, if there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {value1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {value1} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {value1} of {total} pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} {word}, as they will look once printed and trimmed. Saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be shown: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleChecklist</name>
    <message>
        <source>People in this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everyone who is in this photo. The strip beside a book can then show the photos of one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people recorded yet: add them on the child&apos;s People tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone in the child&apos;s life: family, carers, professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the people (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change you undid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is who in the child&apos;s story, and what each person agreed. Double-click someone to change their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people in the child&apos;s story. Choose one to see who they are and what they agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this person&apos;s details and what they agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this person (asks first if they appear anywhere; you can undo it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in {child_name}&apos;s life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos, chronology or books yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household: {household}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child lived with them from {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified (full name, photo, where they live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question}: {answer}, asked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: {what} (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} appears in the child&apos;s story:

{places}

The photos, events and books stay; only {name} and the links to them go. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete {name}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something has changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their full name, e.g. Josephine Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {child_name} calls them, e.g. Nanna Jo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the child uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your words, e.g. Mum&apos;s sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they live with, e.g. Dad&apos;s house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description for the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few warm words the child will read, e.g. &quot;Your birth mum. She has red hair like you.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the next worker should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the child u&amp;ses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they live &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived with them &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived with them &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the &amp;child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonFilterBox</name>
    <message>
        <source>Show photos of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the photos a person is tagged in (tag people in a photo&apos;s details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>Photo details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree use of {n} photo{value3}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one photo to delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo details saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded that {who} agreed {value3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not withdraw the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement withdrawn for {value1}; the checks will list {value3} until a manager agrees again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoChoice</name>
    <message>
        <source>Their photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the child&apos;s photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the child&apos;s photos first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message>
        <source>Photo details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words a child will read under the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 23 March 2019 or 23/03/2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: birth mother&apos;s album, foster carer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager has agreed this photo can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos other than the child&apos;s own are agreed by a manager before a book is printed, because some photos can upset a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this photo from the child&apos;s photos (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date: leave it empty if you do not know when it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood as {value1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <source>Choose their photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo where they are easy to recognise. It shows in the people list and, with their consent, on the family tree page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Drag onto a photo frame to place it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or click a photo frame on the page, then press Enter here. Double-click for the photo&apos;s details; right-click to agree or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a photo by caption or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word from the photo&apos;s caption or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet used in this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the photos already placed on a page of this book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a photo frame on the page first, then press Enter on a photo to place it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo placed on page {number}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureFitChoice</name>
    <message>
        <source>How the picture sits in its frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, Priya Shah, Social Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name as the author of exported PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported PDFs name you as their author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported PDFs give this name as their author, in the file&apos;s details. Leave it empty and a PDF names no author. Lifebook never uses the name you log in to the computer with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your preferences were not saved: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Change template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another layout for this page; nothing on it is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section this page belongs to. Type a new name to start a section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a frame on the page to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the selected frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type here, or double-click the box on the page. The page updates as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text style preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template&apos;s style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the photo inside its frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate 90°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the photo a quarter turn clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the photo back to centred and unzoomed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the photo off this page (it stays in the child&apos;s photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a simple drawing from the picture library in this frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the picture&apos;s skin, hair and clothes colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw in this frame with the mouse, a pen or a finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: drag the photo on the page to move it in its frame; Ctrl + scroll zooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages {number} to {value3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing prompt: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the picture off this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value0} · {w_px} × {h_px} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty. Drag a photo from the photo strip onto this frame, or choose a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaDialog</name>
    <message>
        <source>Review and sign off: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind_label} for {child_name}: “{title}”, revision {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: every page is ready to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book cannot be approved until the errors (●) are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment for the book&apos;s author: what is good, and what needs to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze this revision as approved; it can then be exported as the final copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the book back to its author with your comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {len_rows} items answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReactionPicker</name>
    <message>
        <source>How does this page make you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what {child_name} says about this page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {child_name} says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎  Make my own page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or, in {child_name}&apos;s own words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {value1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecolourDialog</name>
    <message>
        <source>Colours: {value1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Reading {title} with {child_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s read {title} together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is reading with {child_name} today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, for example Sam Taylor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {child_name} shares is kept for the social worker. Nothing in the book itself can be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  How does {child_name} feel about this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write your name, so the social worker knows who shared this with the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book has no pages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {value1} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages {value1} and {value3} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be kept: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, {child_name}. Your words are kept safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, {child_name}. Your page is kept safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionOutline</name>
    <message>
        <source>Sections of the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s sections and their pages. Click a page to go to it; drag pages between sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value0}: {count}. Click to go to its first page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new section, with one page, after this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this section on all its pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this section, with all its pages, before the one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this section, with all its pages, after the one below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this section: delete its pages, or move them into the section above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the section “{value1}”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the section to “{value1}” on {value3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {value1} into “{previous}”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{value1}” and its {value3}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{value1}” ({value3}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the section “{value1}” and its {value3}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting its pages can be undone with Ctrl+Z while the book is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {value1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move pages into “{previous}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SketchDialog</name>
    <message>
        <source>Draw in this frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take away a line by touching it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take away every line (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw with the mouse, a pen or a finger. The lines print sharp at any size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SketchPad</name>
    <message>
        <source>Sketch pad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadView</name>
    <message>
        <source>The book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <source>Lifebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryboardDialog</name>
    <message>
        <source>Storyboard: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole story at a glance. Drag a card to move a page; click a card to open that page. One or two short sentences and a simple picture on each page work best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new page after the chosen card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen page (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryboardView</name>
    <message>
        <source>Storyboard: every page of the book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Choose how the page is laid out. You can change it later; nothing you have written or placed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowJobs</name>
    <message>
        <source>Please wait for the current task to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <source>&amp;Quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send for QA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the team manager this book is ready for quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the QA checklist, then approve or request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who the approved book went to, and keep its final PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve the QA record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page PDF of the last review, for the child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status and &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this book is in quality assurance, and every move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send for QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the reviewer of “{title}” (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send the book for QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is {value3}. Only a book sent for QA can be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the final copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QA record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the QA record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the QA record: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality assurance: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowBanner</name>
    <message>
        <source>Quality assurance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Changing it starts revision {next}, which needs QA again; revision {revision} stays as approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Waiting for a reviewer: Quality assurance → Review and sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: “{comment}” ({by}). Send it for QA again when done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CommentCommand</name>
    <message>
        <source>That could not be undone: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PeopleCommand</name>
    <message>
        <source>Could not {value1}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup_actions</name>
    <message>
        <source>&amp;Back up the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything in this library, photos included, in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this library with a backup; the library as it is now is kept as a backup first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what, and when: for the chosen child or the whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the library and {photos} photo(s) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This replaces everything in the library with the backup {name}.

The library as it is now is kept as a backup first, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from {name}. The library as it was is kept as {kept_current_as}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook could not back up the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bundle_actions</name>
    <message>
        <source>&amp;Hand over a child&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chosen child&apos;s records, books and photos in one file, protected by a passphrase, for someone else to bring in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a &amp;case bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child&apos;s records from a case bundle; a child already here gets the new comments, and nothing of yours is overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over a child&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First choose the child whose records you want to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over {name}&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {child_name}&apos;s records and {photos} photo(s) to {name}, {protected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected.
Type the passphrase you were given:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chronology.wiring</name>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a child first, then import their chronology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chronolo&amp;gy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the chosen child&apos;s chronology from a spreadsheet or a case management export (.csv or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor.word_export</name>
    <message>
        <source>Export &amp;Word document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an editable Word copy of the open book, for files kept in Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Word copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word copy was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, with pages in the PDF only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word copy is saved at {out}.

{notes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your first book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;{title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guide: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term foster care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in need / child protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Law Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanence order (SGO/CAO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private fostering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life story book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later life letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for quality assurance (QA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move or placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court and legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foster carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth father (not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-brother or half-sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepbrother or stepsister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aunt or uncle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other birth relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives with the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted by another family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 portrait (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape (297 × 210 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5 portrait (148 × 210 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square (210 × 210 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came into care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adoption order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celebration hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special guardianship or child arrangements order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current plan started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>letter_actions</name>
    <message>
        <source>Copy letter for a &amp;sibling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chosen later life letter into a brother&apos;s or sister&apos;s record, to make it their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy letter for a sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a later life letter first, in the list of books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the brother or sister as a child first (File &gt; Add a child…), then copy the letter for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the letter for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter was not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as “{title}”. Make each letter its child&apos;s own before approval: the checks show where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this part for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this section at a later age: it is left out of the letter for now and exported on its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <source>{name} could not be opened as a PDF ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program set up to open PDF files, so the PDF could not be opened.

It is saved as:
{path}

Would you like to open its folder instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be opened either. The PDF is saved as:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>photo_actions</name>
    <message>
        <source>This photo is in a book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo cannot be deleted while it is in a book. {value1}

Take it off the page first, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this photo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; from this child&apos;s photos?

It is not in any book. The copy on your computer, and any backup of the library, are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workflow.qa_dialog</name>
    <message>
        <source>Review and sign off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
