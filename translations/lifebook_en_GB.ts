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
    <message>
        <source>The software and fonts Lifebook is made with, and the licences they come under</source>
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
    <name>App</name>
    <message>
        <source>Lifebook could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of Lifebook is missing or damaged ({problem}). Please reinstall Lifebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook cannot open its library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words you were typing on page {number} when Lifebook last closed unexpectedly are kept as a comment on that page: the page was changed since, so they were not put back over the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook put back the words you were typing on page {number} when it last closed unexpectedly. Undo is not needed: nothing else changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chosen child&apos;s entries, or the whole library&apos;s</source>
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
        <source>Show only the entries with these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what, and when; nothing here can be changed</source>
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
    <name>CaseloadModel</name>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No social worker is allocated; add one in the child&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the {missing} in the child&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a key date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to go to the child and start the book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {value1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this work: {value1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the children with this plan</source>
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
        <source>Show one social worker&apos;s children</source>
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
        <source>Each piece of work and when it is due. Enter or double-click opens its book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline rules could not be read: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 piece of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pieces of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} awaiting QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} with a date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on {date}: {children}, {work}. {counts}.</source>
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
    <message>
        <source>Due soon: within 14 days. Double-click a row to open its book.</source>
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
        <source>What they said when asked about being {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, e.g. &quot;agreed in writing&quot; or &quot;first name only&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about being {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when they agreed, or what they asked for</source>
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
        <source>Not known: leave it empty if you don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Who received the book: choose or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: printed copy handed over at the celebration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the record should say about the handover (optional)</source>
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
        <source>Record that the book was handed over</source>
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
    <name>EditorWatch</name>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} added a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} added {count} pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} added, moved or removed pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages were added, moved or removed in another Lifebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Lifebook window {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages were also added, moved or removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>The team server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}. Try again when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook met a problem it did not expect, so that action was not finished. Your saved work is safe. If it happens again, tell your IT team it was “{kind}: {detail}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>exact day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include in the child&apos;s book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the “My journey” pages of the life story book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: for the later life letter only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept out of the child&apos;s book; told with care in the later life letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note for workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never exported and never in any book: for you and your team only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: {date} ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet: the event will be listed at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can&apos;t read &apos;{text}&apos; as a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}. It will be kept as you typed it, with the date not known.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>When it happened: a day, a month, a year or a season, e.g. spring 2021</source>
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
        <source>A few words saying what happened</source>
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
        <source>What kind of event this is: a move, a milestone, court…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened (optional)</source>
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
        <source>More about what happened, in words the book can use</source>
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
        <source>P&amp;hotos of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child has no photos yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;ople involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people are recorded for this child yet.</source>
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
        <source>Keep this event in the chronology (Undo takes it back)</source>
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
        <source>To fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text is too long for its box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} texts are too long for their boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text has characters that cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} texts have characters that cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page has a template Lifebook cannot find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages have a template Lifebook cannot find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photos could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo may look blurry in print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photos may look blurry in print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo is not yet agreed by a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photos not yet agreed by a manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space is still empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} spaces still empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thing is kept but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} things kept but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter still needs making its child&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} notices to personalise the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page still names the child the letter was copied from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages still name the child the letter was copied from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date the chronology says differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} dates the chronology says differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of someone who has not agreed to be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} names of people who have not agreed to be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo of someone who has not agreed to be in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photos of people who have not agreed to be in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} postcodes in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} phone numbers in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} email addresses in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street address in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} street addresses in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school name in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} school names in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private event in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} private events in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive event for a young child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sensitive events for a young child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family tree shows someone without their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} family trees show people without their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family tree is crowded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} family trees are crowded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page has more words than a young child can follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages have more words than a young child can follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page uses long words for the child&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pages use long words for the child&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more like this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more like this</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>{severity}: {message}
Click to choose the event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}: {message}</source>
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
    <message>
        <source>Not enough words yet to tell ({words} so far; about 30 are needed). When it is read, the reader will be {reader}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads at about age {age}, and the reader will be {reader}. Shorter sentences and everyday words help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads at about age {age}, right for a reader of {reader}.</source>
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
        <source>The passphrase the new worker types to open the records; tell them another way, never with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again, to be sure it was typed right</source>
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
        <source>Only for a file that stays on the council&apos;s own secure systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the child&apos;s records as one file</source>
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
        <source>Choose the .csv or .xlsx file to import</source>
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
        <source>The first rows of the file, as they will be read; choose above each column what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these events to the child&apos;s chronology (Undo takes them out again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without importing anything</source>
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
        <source>Your answer for: {text}</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>What needs to change for this item, or what is good (optional)</source>
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
        <source>Opening {title}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book was not opened. The photos brought so far stay on this laptop.</source>
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
    <name>Offline</name>
    <message>
        <source>The team server cannot be reached. Your changes are kept on this laptop and will be saved when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server cannot be reached, so that change was not made. Your typing is kept on this laptop and will be saved when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online; your changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See whether the team server can be reached now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved on the team server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server cannot be reached, so some of your changes are not saved on it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept on this laptop, and Lifebook saves them the next time you open this book while the team server can be reached. Close Lifebook now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and keep them on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Lifebook open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenLibrary</name>
    <message>
        <source>Open a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which library do you want to open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or make a Lifebook library file. It is yours alone and works without a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s library on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the library your team shares. Your IT team gives you the server&apos;s address, the database&apos;s name and your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the library that is open now</source>
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
</context>
<context>
    <name>OrphanedWords</name>
    <message>
        <source>Your words from a deleted page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the team server could not be reached, someone deleted the page these words were typed on, so they could not be saved there. Here they are in full: copy them and paste them onto the page where they belong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words you typed on the deleted page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the words on the clipboard, to paste onto another page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
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
    <message>
        <source>Your photo change was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your picture change was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawing was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your template change was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your section change was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text style change was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new section name was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to when this part is shared was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your undo was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your redo was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has changed this page since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this page has been changed in another Lifebook window since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this page was changed in another Lifebook window a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page now shows {name}&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page now shows the changes saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {why} {shows}</source>
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
        <source>Can we use their name in the child&apos;s book?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can they be identified — full name, photo, where they live — in the book?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives, carers and other people agree before anything more than their first name goes in a book or letter. If you have not asked yet, say so: the checks will remind you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people using Lifebook see this. It is never printed or exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they were asked (if you know)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Their full name, as on the records</source>
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
        <source>What the child calls them; books use this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to the child</source>
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
        <source>Their relationship to the child, in the words the book will use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this brother or sister lives now</source>
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
        <source>Who they live with, to group them in the family tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day they moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the child still lives there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty unless they have died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description for the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few warm words about them that the child will read</source>
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
        <source>Only people using Lifebook see this; it is never printed or exported</source>
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
    <message>
        <source>Keep this person in the child&apos;s story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
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
        <source>this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these {n} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 was already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} were already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 could not be imported (see the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} could not be imported (see the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped when you pressed Cancel; the photos already imported are kept.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Agreement withdrawn for this photo; the checks will list it until a manager agrees again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement withdrawn for these {n} photos; the checks will list them until a manager agrees again.</source>
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
    <message>
        <source>Show their initial instead of a photo</source>
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
        <source>The words shown under the photo in a book</source>
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
        <source>When the photo was taken: a day, a month or a year</source>
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
        <source>Who gave the photo, or where it was found</source>
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
        <source>Tick once a manager has agreed this photo can go in a book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager who agreed the photo</source>
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
        <source>Keep these details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It had location data from the phone; Lifebook never prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any book yet.</source>
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
        <source>What Lifebook&apos;s own checks found in this revision</source>
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
        <source>Your name, as the record of this review will give it</source>
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
        <source>A comment for the book&apos;s author</source>
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
        <source>Close without signing anything off</source>
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
        <source>Your name, so the social worker knows who read the book with the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the book at its first page</source>
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
    <name>ServerDialog</name>
    <message>
        <source>Open a team server library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s shared library on the council&apos;s server. Your IT team gives you the server&apos;s address, the database and your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example lifebook.council.gov.uk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example lifebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address, from your IT team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s port; 5432 unless your IT team says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the team&apos;s database on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in this computer&apos;s keyring, so you need not type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the team&apos;s library on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password keyring that Lifebook can use, so the password cannot be remembered: type it each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {where}. The keyring did not keep the password, so type it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook is still busy: open the team library when this has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team ser&amp;ver library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your team&apos;s shared library on the council&apos;s server</source>
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
    <message>
        <source>Close the storyboard (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryboardView</name>
    <message>
        <source>Storyboard: every page of the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page as a card: drag one to move it, Enter or double-click opens it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Choose a page template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the page is laid out. You can change it later; nothing you have written or placed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layouts a page can have: choose one with the arrow keys, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the chosen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this page&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add page</source>
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
        <source>{status}. Changing it starts revision {next}, which needs QA again; revision {revision} stays as approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}. Waiting for a reviewer: Quality assurance → Review and sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: “{comment}” ({by}). Send it for QA again when done.</source>
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
    <name>checks.checklists</name>
    <message>
        <source>the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of {total} checklist items is not answered yet (the first is {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {total} checklist items are not answered yet (the first is {first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not met: request changes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} applies to every book, so it cannot be marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what needs to change in the comment, so the book&apos;s author knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is not met: add a comment saying what to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks.glyphs</name>
    <message>
        <source>The child&apos;s name “{text}” has a character that no font in Lifebook can print: {chars}. The book would be printed without it, so it cannot be finalised. Please tell the Lifebook team which name this is, so the right font can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s name “{text}” has characters that no font in Lifebook can print: {chars}. The book would be printed without it, so it cannot be finalised. Please tell the Lifebook team which name this is, so the right font can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s title “{text}” has a character that no font in Lifebook can print: {chars}. The book would be printed without it, so it cannot be finalised. Please tell the Lifebook team which name this is, so the right font can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s title “{text}” has characters that no font in Lifebook can print: {chars}. The book would be printed without it, so it cannot be finalised. Please tell the Lifebook team which name this is, so the right font can be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks.language</name>
    <message>
        <source>not enough text to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about age {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}” is a professional word: it means {means}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{quote}” needs explaining in words the reader knows: {means}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: {plain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} reads at about age {age}, and the reader will be {reader_age}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter sentences and everyday words help. The longest sentence has {count} words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks.letter_dates</name>
    <message>
        <source>your date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} says {said}, but the date of birth is {date}. “{sentence}” Please check which is right, and change the letter or the chronology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} says {said}, but the chronology says {date} for “{title}”. “{sentence}” Please check which is right, and change the letter or the chronology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks.letters</name>
    <message>
        <source>Page {number} still says “{name}” once: this letter is for {child}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} still says “{name}” {count} times: this letter is for {child}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks.panels</name>
    <message>
        <source>Page {number} has {count} words. A Words and Pictures page works best with one or two short sentences (about {most} words): try splitting it over two pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {words} may be a hard word for a young child. Shorter, everyday words are easier to read together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {words} may be hard words for a young child. Shorter, everyday words are easier to read together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {words} may be a hard word for a child of {age}. Shorter, everyday words are easier to read together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {words} may be hard words for a child of {age}. Shorter, everyday words are easier to read together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks.preflight</name>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks.privacy</name>
    <message>
        <source>The book&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: the name of the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {frame}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“your {relationship}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who they are to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} names {person}, who has asked not to be identified. Please take the name out before the book is finalised; you could write {instead} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} uses the first name {name}, and {person} has asked not to be identified. A first name alone may be all right; please check with your manager, or write {instead} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} names {person}, but nobody has asked yet whether {recorded} agrees to be named. Please ask first, or write {instead} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has a postcode, “{text}”. A postcode can show where someone lives; please take it out, or just name the town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has a phone number, “{text}”. Phone numbers do not belong in the book; please take it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has an email address, “{text}”. Email addresses do not belong in the book; please take it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has what looks like a street address, “{text}”. An address can show where a child or a carer lives; please take it out, or describe the place instead (“a house with a red front door”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has a school&apos;s name, “{text}”. It can help someone find a child; unless the care plan says it is safe, write “my school” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} shows {person}, who has asked not to be identified. Please choose another photo before the book is finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} shows {person}, and nobody has asked yet whether they agree to be in the book. Please ask first, or choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: the timeline shows “{title}”, which is marked private in the chronology. Private events are for the child&apos;s record, not the book; please leave it out of the book in the chronology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: the timeline shows “{title}”, which is marked sensitive, in a book for a young child. Please check it is told in words {child} is ready for, or leave it out of the book for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: the timeline shows “{title}”, which is marked sensitive, in a book for a child of {age}. Please check it is told in words {child} is ready for, or leave it out of the book for now.</source>
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
        <source>The guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll with the arrow keys or Page Down; Esc closes the guide</source>
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
    <name>layout.chronology_table</name>
    <message>
        <source>The table is filled from the chronology once events are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {frame} is filled from the chronology once events are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table continues over {parts} printed pages ({first} to {last}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layout.engine</name>
    <message>
        <source>Page {number} ({frame})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {frame} has no words yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family tree is drawn from the people in the child&apos;s record once they are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {frame} is drawn from the people in the child&apos;s record once they are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part is filled in automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {frame} is filled in automatically, but this version of Lifebook does not yet know how to draw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: a photo from this page&apos;s earlier template has no place in this one, so it is not shown. It is kept safe; choose a template with more photos to show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: some text from this page&apos;s earlier template has no place in this one, so it is not shown. It is kept safe; choose a template with more text boxes to show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {problem}. Choose another template for this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layout.family_tree_draw</name>
    <message>
        <source>{where}: 1 person who has not agreed to be named is shown only as who they are to {child} ({who}), with no name or photo. Record their consent in their details to show their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {n} people who have not agreed to be named are shown only as who they are to {child} ({who}), with no name or photo. Record their consent in their details to show their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: there are too many people to fit on the page, so only {child} is drawn. Choose a larger page size, or split the family over two pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: there are so many people that their circles are small (about {size} mm across; {readable} mm is easy to see). A larger page size gives them more room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: some names are too long to fit under their circles. Use a shorter name in the person&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the photo of {who} is small and may look blurry. Choose a larger one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: these characters in the names cannot be printed by any bundled font: {chars}. They are left out; use words instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layout.journey</name>
    <message>
        <source>Page {number}: a manager has not yet agreed the photo at “{title}” on the journey. Photos other than the child&apos;s own are checked by a manager first, because some photos can upset a child; please ask your manager to look at it before the book is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the printed book this journey continues over {parts} pages ({first} to {last}). Export the book and choose Preview to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journey continues over {parts} pages ({first} to {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: the details of 1 event on the journey are longer than {most} characters, so only its date and title are shown there; the chronology table prints the details in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: the details of {n} events on the journey are longer than {most} characters, so only their date and title are shown there; the chronology table prints the details in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline is drawn from the chronology once events are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {frame} is drawn from the chronology once events are added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layout.pictures</name>
    <message>
        <source>Page {number}: {frame} will look blurry at this size (about {ppi} pixels per inch; {best} is best). Use a larger photo, or a template with a smaller space for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: a manager has not yet agreed {frame}. Photos other than the child&apos;s own are checked by a manager first, because some photos can upset a child; please ask your manager to look at it before the book is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: the space for {frame} is still empty. Add a photo, or choose a template with fewer photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: the space for {frame} is still empty. Add a picture or drawing, or choose a template with fewer pictures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layout.text</name>
    <message>
        <source>{where}: 1 character cannot be printed by any bundled font: {chars}. It is left out of the heading, so the book cannot be finalised until it is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {count} characters cannot be printed by any bundled font: {chars}. They are left out of the heading, so the book cannot be finalised until it is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: 1 character cannot be printed by any bundled font: {chars}. It is left out of the page; use words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {count} characters cannot be printed by any bundled font: {chars}. They are left out of the page; use words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the text is too long for its box; 1 line (about 1 word) does not fit. Shorten it, or choose a template with more room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the text is too long for its box; 1 line (about {words} words) does not fit. Shorten it, or choose a template with more room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the text is too long for its box; {lines} lines (about 1 word) do not fit. Shorten it, or choose a template with more room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: the text is too long for its box; {lines} lines (about {words} words) do not fit. Shorten it, or choose a template with more room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
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
    <name>model.dates</name>
    <message>
        <source>I can&apos;t read &apos;{text}&apos; as a date: try 23/03/2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can&apos;t read the year in &apos;{text}&apos;: write all four digits, e.g. 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month {month} in &apos;{text}&apos; (write the day first, e.g. 23/03/2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month {month} in &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {date}: check the day in &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: an approximate date is a year or a month, e.g. about 2018 or about March 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {what} {date} is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model.people</name>
    <message>
        <source>In 1 photo: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {n} photos: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {n} photos: {names} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 chronology event: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {n} chronology events: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {n} chronology events: {names} and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their photos are on page {page} of &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their photos are on pages {pages} and {last} of &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model.workflow</name>
    <message>
        <source>{status} (revision {revision}): approved by {name}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (revision {revision}); revision {approved} is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (revision {revision})</source>
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
    <name>render.images</name>
    <message>
        <source>is damaged and cannot be decoded ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a {format} image, which Lifebook does not take; use JPEG, PNG, WebP, HEIC, TIFF, BMP or GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {width} × {height} pixels ({megapixels} megapixels); Lifebook accepts photos up to {limit} megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is enormous; Lifebook accepts photos up to {limit} megapixels (a picture this size can also be a decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is about {megapixels} megapixels; Lifebook accepts photos up to {limit} megapixels (a picture this size can also be a decompression bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a picture Lifebook can read (the file&apos;s contents are not an image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: the file stops part-way through the picture (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.audit</name>
    <message>
        <source>There is no folder {parent} to save the audit log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {out}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.backups</name>
    <message>
        <source>{label} is damaged ({reason}); choose another backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a Lifebook library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a Lifebook library or backup ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} was made by a newer version of Lifebook (schema {revision}); update Lifebook to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup {target}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder {parent} to save the backup in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the library: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving photo {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo {name} is missing from {media_root}; the backup was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {out}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged ({exc}); choose another backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Lifebook backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Lifebook; update Lifebook to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a complete Lifebook backup ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup refers to the photo {name}, which is altered in {media_root}; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup refers to the photo {name}, which is missing in {media_root}; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo {name} in {backup} is damaged; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.books</name>
    <message>
        <source>there is no book with id {book_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a book needs a title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.bundle_format</name>
    <message>
        <source>The passphrase must be at least {least} characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing over was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Lifebook case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Lifebook ({version}); please update Lifebook to bring it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or has been changed since it was made, so it was not brought in. Ask for the file to be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is incomplete: it is shorter than when it was made. Ask for the file to be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected by a passphrase; please enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not the one {name} was protected with. Nothing was brought in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.bundles</name>
    <message>
        <source>Brought in {child}&apos;s records: {books} book(s), {people} people, {events} chronology entries and {photos} photo(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{child} was already in this library, so nothing of yours was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {comments} new comment(s) and {reactions} reaction(s) from the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} chronology entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photo(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also added {things}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has other versions of {things}; yours were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some pages differ from yours, so the bundle&apos;s version is kept as “{title}”: compare the two and keep the one you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the child&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details of 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details of {n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 chronology entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details of 1 photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the details of {n} photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder {parent} to save the bundle in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no child with id {child_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing over was cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding photo {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo ({photo}…) is missing from the library&apos;s photo folder, so the bundle was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {out}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds a file Lifebook does not expect ({filename}), so it was not brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: a photo in it is not as it was made, so nothing was brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its contents cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not hold one child&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is incomplete: a photo is missing from it, so nothing was brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Lifebook ({version}); please update Lifebook to bring it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing in the bundle was cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Lifebook; please update Lifebook to bring it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.caseload</name>
    <message>
        <source>the report period ends ({end}) before it starts ({start})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.caseload_report</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding, not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days in QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA waits counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First QA decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved at first QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved at first QA (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: the report can be saved as .csv, .xlsx or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder {parent} to save the report in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report as {out}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.children</name>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a {what} Lifebook can read; write it as YYYY-MM-DD, e.g. 2019-03-23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no child with id {child_id} that you can see in this team library (a child not allocated to you is not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no child with id {child_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} can be at most {limit} characters; this one has {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth {date} is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key date(s): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a worker&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a child has no detail called {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.chronology</name>
    <message>
        <source>An event needs a title: say in a few words what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s title is {length} characters long; keep it under {most} and put the rest in the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no chronology event with id {event_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event has no field called {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event is already in the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: a chronology can be exported as .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder {parent} to save the chronology in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {out}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.chronology_gaps</name>
    <message>
        <source>(date not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated photos from {name}&apos;s birth ({start}) until now. Add photos, or link photos to events, to show each part of {name}&apos;s life.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos from {name}&apos;s birth in {start} until {end}. Photos of a baby&apos;s first months often come from the birth family or the first foster carers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos since {start}. Ask the carers for recent photos, or link photos to recent events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos between {start} and {end}. Look for photos from that time, or link photos to its events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement move {when} has no explanation ({event}). Add a few words saying why {name} moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} is dated {date}, before {name} was born, but is not a birth family event. Check the date, or file it under Family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} is dated {date}, which has not happened yet. Check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} has no date that could be read (“{typed}”), so it is listed at the end. Type a date such as 3/5/2019, March 2019 or about 2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{event} has no date that could be read, so it is listed at the end. Type a date such as 3/5/2019, March 2019 or about 2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 photo has no date taken, so it is not counted when looking for gaps. Link a photo to an event to place it in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photos have no date taken, so they are not counted when looking for gaps. Link a photo to an event to place it in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.chronology_import</name>
    <message>
        <source>&apos;{name}&apos; could not be read as a spreadsheet ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: a chronology can be imported from a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a chronology field; use one of: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I couldn&apos;t find a header row with the columns {missing} in the first {rows} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I couldn&apos;t find the header row: it needs an Event (or Title) column and a Date column. Name the columns with --map, e.g. --map &quot;What happened=title&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows 1 to {header_index} come before the header row (row {header_row}) and were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row 1 comes before the header row (row 2) and was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event: the row has nothing in the event or details columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &apos;{text}&apos; could not be read; imported with the date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date; imported with the date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event was too long for a title: the whole text is in the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category &apos;{category}&apos; is not one Lifebook knows: filed under Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no for {column}: taken as yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not yes or no for {column}: taken as no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.chronology_links</name>
    <message>
        <source>there is no chronology event with id {event_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no photo with id {media_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {photo} belongs to another child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person with id {person_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in another child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.comments</name>
    <message>
        <source>a part of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no comment with id {comment_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} is empty: type something first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} is {length} characters long; please keep it under {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please give {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is too long (keep it under 100 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment on a part of a page needs the page too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page_id} is not in book {book_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that part of the page is not on this page&apos;s layout any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page this comment was on has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the carer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one thing to keep: a feeling, a note, or the child&apos;s own page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{feeling}&apos; is not one of the feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawing could not be kept: it is not a PNG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drawing is too big to keep ({size} KB; the limit is {most} MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.delivery</name>
    <message>
        <source>Delivered to {to}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say to whom the book was delivered (for example “adopters”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is in the future; record a delivery once it has happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book changed while its final copy was being made; nothing was recorded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this book has not been delivered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kept copy of this delivery is missing from {parent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.demo</name>
    <message>
        <source>the sample pictures could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample picture went missing while it was being captioned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.export</name>
    <message>
        <source>This book has not been approved in quality assurance (QA) yet, so it can only be exported as a draft with a DRAFT watermark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page per sheet is for words and pictures books only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A print resolution of {ppi} ppi is too low; use 300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book has no pages to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book cannot be finalised yet, to keep people safe: {findings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book cannot be finalised yet, to keep people safe: {findings} (and {more} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book cannot be finalised, because some characters would be left out of the printed pages: {findings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book cannot be finalised, because some characters would be left out of the printed pages: {findings} (and {more} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the print images in {cache_dir}: {reason} ({free:.1f} MB free there). Free some space and export again; nothing in the library was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some photos could not be read, so the final book cannot be printed: {findings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Painting page {done} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}: {frame} {problem}, so it was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {out_path}: {reason} ({free:.1f} MB free there)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.export_word</name>
    <message>
        <source>This book has not been approved in quality assurance (QA) yet, so it can only be exported as a draft, marked DRAFT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book has no pages to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {out_path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.letter_guidance</name>
    <message>
        <source>The section “{section}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.letters</name>
    <message>
        <source>Only a later life letter can be copied for a sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the brother or sister the letter is for, not {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter was copied from {first}&apos;s letter. Make it {name}&apos;s own before it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of this letter was made for {name}. Check it is {first}&apos;s own before it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has no section called “{section}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one part of the letter must be for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a part of a letter: use all, now or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this letter is kept for later yet: mark a section “for later” first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every part of this letter is kept for later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.pages</name>
    <message>
        <source>there is no page with id {page_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed this page a moment ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page was changed in another Lifebook a moment ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no photo with id {media_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that photo belongs to another child&apos;s library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no picture called {key!r} in the clipart library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a picture can fit its frame or fill it, not {fit!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos turn in steps of 90 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the book this page belonged to has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no book with id {book_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new page order must list each page of the book once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.people</name>
    <message>
        <source>a person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name the child uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note about being named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note about being identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date consent to be named was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date consent to be identified was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date the placement began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date the placement ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} can be at most {limit} characters; this has {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what}, {date}, is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person has no detail called {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of death, {died}, is before the date of birth, {born}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the placement ends ({end}) before it began ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no photo with id {media_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {photo} belongs to another child&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no person with id {person_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in another child&apos;s record than photo {photo}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.photo_cache</name>
    <message>
        <source>Bringing photo {number} of {total} from the team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book&apos;s photos are on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.photos</name>
    <message>
        <source>Importing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no photo with id {media_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page} of &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages {pages} and {last} of &apos;{title}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not in any book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on {places}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value1}&apos; needs the day too, for example {format_uk_date_value}. If nobody knows the day, leave the date empty and say when in the caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} is too long ({length} characters; at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please say who agreed this photo can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please say who agreed these photos can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one photo first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo cannot be deleted while it is in a book. {describe_placements_places} Take it off the page first, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be copied into the library ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be found (no file at this path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.preferences</name>
    <message>
        <source>the author&apos;s name is {length} characters long; please keep it to {MAX_AUTHOR}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the author&apos;s name has a control character in it; please type it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.qa</name>
    <message>
        <source>Quality assurance checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this book has not been through quality assurance (QA) yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this book has no QA record with id {record_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.sections</name>
    <message>
        <source>a section needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a section with at least one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section&apos;s pages all belong to one book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no book with id {book_id} in this library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.team</name>
    <message>
        <source>{doing} is for a team library on a server; this library is a file on this computer, and everyone who opens it sees every child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a team manager can do this ({doing}); ask your manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocating children to workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no worker or manager with the login &apos;{worker}&apos; on this team server; your IT team adds logins with lifebook server add-user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.text_checks</name>
    <message>
        <source>Jargon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a text file (it holds binary data); save the draft as .txt or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be read as a Word document ({exc}); open it in Word and save it again as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is larger than 20 MB; a letter is much smaller than that, so this is probably not the right file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an old Word (.doc) file; open it in Word and save it as .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos;: check-text reads .txt and .docx files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no text to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own jargon list cannot be used: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services.workflow</name>
    <message>
        <source>This book is already {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved book can be delivered, and this one is {name}. It needs quality assurance (QA) and approval first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft must be sent for quality assurance (QA) first: it can be approved, or have changes requested, only once it is ready for QA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes were requested for this book. Make them, then send it for quality assurance (QA) again; it can be approved from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book is approved. To change it, edit it (that starts a new draft revision, which goes through QA again), or reopen it as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book has been delivered. To change it, edit it: that starts a new draft revision, which goes through QA again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A book that is {name} cannot become {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who is making this change (a name is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long ({length} characters; at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment is too long ({length} characters; at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has not been approved in quality assurance (QA) yet, so it can only be exported as a draft with a DRAFT watermark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision {revision} of this book was never approved (approved revisions: {numbers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision {revision} of this book was never approved (approved revisions: none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book cannot be approved while the checks before printing find 1 error: {listed} Fix it, then approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book cannot be approved while the checks before printing find {count} errors: {listed} Fix them, then approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This book cannot be approved while the checks before printing find {count} errors: {listed} (and {more} more) Fix them, then approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what needs to change in a comment, so the book&apos;s author knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say to whom and when the book was delivered: Lifebook keeps a copy of the final PDF with that record (Mark as delivered…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store.db</name>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding {parent} is full ({value3:.1f} MB free), so this change was not saved; nothing already stored was lost. Free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db_path} is busy in another Lifebook; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db_path} was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db_path} is damaged, so nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db_path} was never finished and cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a library at {db_path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db_path} needs upgrading, but it is read-only here; copy it somewhere you can write and open the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library {db_path} could not be opened ({value3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a Lifebook team library yet; your IT team sets it up with: lifebook server init --url {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team library {where} was set up by a newer Lifebook (schema {current}); please update Lifebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team library {where} needs upgrading (schema {current}, this Lifebook uses {head}); your IT team upgrades it with: lifebook server init --url {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db_path} is read-only here, so nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team server could not be reached while this change was being saved, so it may or may not be stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store.opening</name>
    <message>
        <source>{message}. The newest backup is {backup}: close Lifebook, copy it over {name} (keep the damaged file somewhere safe), and open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder, so no library can be kept there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist. Check the path for a typing mistake; to start a new library there, create the folder first (the command line&apos;s --create does it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the library folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the library {db_path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db_path} is not a library file (it is a device, folder or pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db_path} is not a Lifebook library (it is not an SQLite database); Lifebook has not changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db_path} is another program&apos;s database, not a Lifebook library; Lifebook has not changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library {db_path} is damaged and cannot be read ({exc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db_path} holds Lifebook records but no schema version, so Lifebook cannot tell how to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db_path} is read-only here (on read-only media, or without permission to change it), so nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding {folder} is full ({free:.1f} MB free), so nothing can be changed; nothing stored was lost. Free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store.server</name>
    <message>
        <source>&apos;{location}&apos; is not a team server address; write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team server address {display_url} names no database; write it as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifebook cannot reach a team server on this computer: the PostgreSQL driver is not installed (pip install &apos;lifebook[server]&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team server {where} cannot be reached just now (the network, or the server itself, is down); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team server {where} has no room for another connection just now (every one it allows is in use); nothing was changed. If this keeps happening, ask your IT team to let it take more connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team server refused this change: it is not yours to make (the child is not allocated to you, or it needs a team manager). Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team server refused this change: {primary}. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the team server {where} ({primary}); check the network and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team server {where} did not accept the login: {primary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no library database on the team server at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team server {where} did not accept the login {login}: the password is wrong or missing (it comes from the address, PGPASSWORD or ~/.pgpass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database {database} on the team server {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the team server {where}: is the address right, and is this computer on the council&apos;s network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the team library {where}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tips</name>
    <message>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you chose and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracking.deliverables</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered {date}, 1 day late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered {date}, {n} days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tracking.kpi</name>
    <message>
        <source>All plans</source>
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
