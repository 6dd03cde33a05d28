"""Who sees what on a team server: the row-level security policies, as SQL.

Every table is listed here, either as a child's data (with the expression that
is true when the row's child may be seen by the logged-in user) or as one of the
two tables with rules of their own (the audit log and the allocations). A test
keeps this list equal to the models' tables, so a new table cannot be forgotten.

- A **worker** (a member of ``lifebook_worker``) sees and changes only the
  children allocated to them (``allocations.worker = current_user``), and
  everything that hangs from those children. A row's visibility follows its
  parent: a page is visible when its book is, because the policy's sub-query on
  ``books`` is itself filtered by the books policy.
- A **manager** (a member of ``lifebook_manager``) sees and changes all, and
  only a manager can set a book's status to approved (a trigger).
- A worker who adds a child is allocated to them in the same statement (a
  trigger), so their new child does not vanish from their own list.
- The audit log: a worker reads the entries they made, a manager all; anyone
  may add an entry, nobody may change one (revision 0010), and the server
  writes the login itself (revision 0016).
- Every change to a page's version or place, and every page added or deleted, is
  announced (``pg_notify``) on one channel for the whole library, with no payload,
  so open editors look at their own book again and a listener learns nothing
  about books it may not see.
- The photos themselves (``media_blobs``, revision 0017): a login reads a blob
  only if it can see a photo or a delivery that refers to it (the sub-queries are
  filtered by those tables' own policies), a manager all. Workers and managers may
  add blobs (the photo's row follows in the same action) but nobody may change or
  remove one; the table itself checks that a blob's name is the SHA-256 of its
  bytes, so nobody can put other bytes under a photo's name. What a worker can
  learn by adding: only whether a blob with that hash is already stored somewhere
  in the team library (the insert is skipped), and only for a photo whose exact
  bytes they already hold. They learn neither which child it belongs to nor anything
  else about it, and cannot read it until a row they can see refers to it.
- Knowing a hash is not enough to read a photo: a worker may make a photo or a
  delivery row refer to a blob only if they sent its bytes themselves (the server
  notes each login that sends a blob whose bytes match its name, in
  ``media_blob_holders``, which only its own functions read) or can already see
  it (a sibling's copy of a photo they work with).
- The database owner (the IT team's role that ran ``lifebook server init``)
  owns the tables and so is not bound by the policies; it is not a login for
  practitioners.
"""

from __future__ import annotations

WORKER = "lifebook_worker"
MANAGER = "lifebook_manager"
GROUPS = (WORKER, MANAGER)
NOTIFY_CHANNEL = "lifebook_pages"  # store.page_notify listens here


def _via(parent: str, column: str, table: str) -> str:
    """Visible when the parent row is (the parent's own policy filters the sub-query)."""
    return f"EXISTS (SELECT 1 FROM {parent} parent WHERE parent.id = {table}.{column})"


_DIRECT = "lifebook_may_see_child({column})"

# table -> (parent table, linking column); "children" itself and the direct ones use child ids
CHILD_DATA: dict[str, str] = {
    "children": _DIRECT.format(column="children.id"),
    "people": _DIRECT.format(column="people.child_id"),
    "media_items": _DIRECT.format(column="media_items.child_id"),
    "books": _DIRECT.format(column="books.child_id"),
    "chronology_events": _DIRECT.format(column="chronology_events.child_id"),
    "pages": _via("books", "book_id", "pages"),
    "frame_contents": _via("pages", "page_id", "frame_contents"),
    "comments": _via("books", "book_id", "comments"),
    "book_status_changes": _via("books", "book_id", "book_status_changes"),
    "book_revisions": _via("books", "book_id", "book_revisions"),
    "qa_records": _via("books", "book_id", "qa_records"),
    "book_deliveries": _via("books", "book_id", "book_deliveries"),
    "media_people": _via("media_items", "media_id", "media_people"),
    "chronology_event_people": _via("chronology_events", "event_id", "chronology_event_people"),
    "chronology_event_media": _via("chronology_events", "event_id", "chronology_event_media"),
}
# a blob is seen when a photo or a delivered PDF that may be seen refers to it
BLOB_SEEN = ("lifebook_is_manager() "
             "OR EXISTS (SELECT 1 FROM media_items m WHERE m.sha256 = media_blobs.sha256) "
             "OR EXISTS (SELECT 1 FROM book_deliveries d WHERE d.pdf_sha256 = media_blobs.sha256)")
OWN_RULES = ("audit_entries", "allocations", "media_blobs", "media_blob_holders")
READ_ONLY = ("alembic_version",)

FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION lifebook_is_manager() RETURNS boolean
    LANGUAGE sql STABLE AS $$ SELECT pg_has_role(current_user, '{MANAGER}', 'MEMBER') $$;

-- VOLATILE and in PL/pgSQL on purpose: each call reads the allocations afresh, so a child
-- a worker has just added (allocated to them by the trigger below, in the same statement)
-- passes the check on the new row. A STABLE function would see the statement's snapshot.
CREATE OR REPLACE FUNCTION lifebook_may_see_child(child integer) RETURNS boolean
    LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF lifebook_is_manager() THEN
        RETURN true;
    END IF;
    RETURN EXISTS (SELECT 1 FROM allocations a WHERE a.child_id = child
                   AND a.worker = current_user);
END $$;

CREATE OR REPLACE FUNCTION lifebook_allocate_creator() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF pg_has_role(session_user, '{WORKER}', 'MEMBER')
       AND NOT pg_has_role(session_user, '{MANAGER}', 'MEMBER') THEN
        INSERT INTO allocations (child_id, worker, allocated_by, allocated_at)
        VALUES (NEW.id, session_user, session_user, now() AT TIME ZONE 'UTC')
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION lifebook_only_managers_approve() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'approved' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'approved')
       AND NOT lifebook_is_manager()
       AND pg_has_role(current_user, '{WORKER}', 'MEMBER') THEN
        RAISE EXCEPTION 'only a team manager can approve a book';
    END IF;
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS children_allocate_creator ON children;
CREATE TRIGGER children_allocate_creator BEFORE INSERT ON children
    FOR EACH ROW EXECUTE FUNCTION lifebook_allocate_creator();
-- "Jo changed page 4": wake the open editors (store.page_notify). One channel for every
-- book and no payload, so a listener learns nothing about books it cannot see (anyone with
-- a login may LISTEN on any channel): each editor then reads its own book's page versions
-- through its own policies. Identical notices in one transaction are sent once.
CREATE OR REPLACE FUNCTION lifebook_notify_page() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('{NOTIFY_CHANNEL}', '');
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' OR NEW.version IS DISTINCT FROM OLD.version
       OR NEW.position IS DISTINCT FROM OLD.position THEN
        PERFORM pg_notify('{NOTIFY_CHANNEL}', '');
    END IF;
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS pages_notify ON pages;
CREATE TRIGGER pages_notify AFTER INSERT OR UPDATE OR DELETE ON pages
    FOR EACH ROW EXECUTE FUNCTION lifebook_notify_page();
-- Photos (0017). A blob sent is checked against its name, and its sender noted as holding
-- it, even when the same blob is already stored (BEFORE triggers run for a skipped insert).
CREATE OR REPLACE FUNCTION lifebook_blob_sent() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NEW.sha256 IS DISTINCT FROM encode(sha256(NEW.data), 'hex') THEN
        RAISE EXCEPTION 'the bytes sent do not match the photo''s name';
    END IF;
    INSERT INTO media_blob_holders (sha256, login) VALUES (NEW.sha256, session_user)
    ON CONFLICT DO NOTHING;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION lifebook_holds_blob(sha text) RETURNS boolean
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM media_blob_holders h
                   WHERE h.sha256 = sha AND h.login = session_user) $$;

-- A worker's photo or delivery row may name only a blob they sent or can already see.
-- TG_ARGV[0]: the column that holds the hash.
CREATE OR REPLACE FUNCTION lifebook_may_refer_to_blob() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    sha text := to_jsonb(NEW) ->> TG_ARGV[0];
BEGIN
    IF lifebook_is_manager() OR NOT pg_has_role(current_user, '{WORKER}', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> TG_ARGV[0]) IS NOT DISTINCT FROM sha THEN
        RETURN NEW;
    END IF;
    IF lifebook_holds_blob(sha) OR EXISTS (SELECT 1 FROM media_blobs b WHERE b.sha256 = sha) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'that photo has not been sent to the team library from your login';
END $$;

DROP TRIGGER IF EXISTS media_blobs_sent ON media_blobs;
CREATE TRIGGER media_blobs_sent BEFORE INSERT ON media_blobs
    FOR EACH ROW EXECUTE FUNCTION lifebook_blob_sent();
DROP TRIGGER IF EXISTS media_items_blob ON media_items;
CREATE TRIGGER media_items_blob BEFORE INSERT OR UPDATE OF sha256 ON media_items
    FOR EACH ROW EXECUTE FUNCTION lifebook_may_refer_to_blob('sha256');
DROP TRIGGER IF EXISTS book_deliveries_blob ON book_deliveries;
CREATE TRIGGER book_deliveries_blob BEFORE INSERT OR UPDATE OF pdf_sha256 ON book_deliveries
    FOR EACH ROW EXECUTE FUNCTION lifebook_may_refer_to_blob('pdf_sha256');
DROP TRIGGER IF EXISTS books_only_managers_approve ON books;
CREATE TRIGGER books_only_managers_approve BEFORE INSERT OR UPDATE OF status ON books
    FOR EACH ROW EXECUTE FUNCTION lifebook_only_managers_approve();
"""


def role_statements() -> list[str]:
    """Create the two group roles unless they exist (roles belong to the whole server)."""
    return [f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN
            CREATE ROLE {group} NOLOGIN;
        END IF;
    END $$""" for group in GROUPS]


def policy_statements(database: str) -> list[str]:
    """Grants and policies, dropped and made again: running it twice is the same as once."""
    both = ", ".join(GROUPS)
    out = [f'GRANT CONNECT ON DATABASE "{database}" TO {both}',
           f"GRANT USAGE ON SCHEMA public TO {both}",
           f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {both}",
           *(f"GRANT SELECT ON {t} TO {both}" for t in READ_ONLY),
           FUNCTIONS]
    for table, visible in CHILD_DATA.items():
        out += [f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {both}",
                f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
                f"DROP POLICY IF EXISTS lifebook_child_data ON {table}",
                f"CREATE POLICY lifebook_child_data ON {table} FOR ALL TO {both} "
                f"USING ({visible}) WITH CHECK ({visible})"]
    out += [
        f"GRANT SELECT, INSERT ON audit_entries TO {both}",
        "ALTER TABLE audit_entries ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS lifebook_read_audit ON audit_entries",
        f"CREATE POLICY lifebook_read_audit ON audit_entries FOR SELECT TO {both} "
        "USING (lifebook_is_manager() OR login = current_user)",
        "DROP POLICY IF EXISTS lifebook_add_audit ON audit_entries",
        f"CREATE POLICY lifebook_add_audit ON audit_entries FOR INSERT TO {both} WITH CHECK (true)",
        f"GRANT SELECT ON allocations TO {WORKER}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON allocations TO {MANAGER}",
        "ALTER TABLE allocations ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS lifebook_own_allocations ON allocations",
        f"CREATE POLICY lifebook_own_allocations ON allocations FOR SELECT TO {WORKER} "
        "USING (worker = current_user)",
        "DROP POLICY IF EXISTS lifebook_manage_allocations ON allocations",
        f"CREATE POLICY lifebook_manage_allocations ON allocations FOR ALL TO {MANAGER} "
        "USING (true) WITH CHECK (true)",
        f"GRANT SELECT, INSERT ON media_blobs TO {both}",
        "ALTER TABLE media_blobs ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS lifebook_see_blobs ON media_blobs",
        f"CREATE POLICY lifebook_see_blobs ON media_blobs FOR SELECT TO {both} USING ({BLOB_SEEN})",
        "ALTER TABLE media_blob_holders ENABLE ROW LEVEL SECURITY",  # no grant: functions only
        "DROP POLICY IF EXISTS lifebook_add_blobs ON media_blobs",
        f"CREATE POLICY lifebook_add_blobs ON media_blobs FOR INSERT TO {both} WITH CHECK (true)",
    ]
    return out
