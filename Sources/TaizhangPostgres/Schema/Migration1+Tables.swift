extension Migration {
    /// Version 1: the plan, its tasks and units as tables, the changes as an append-only
    /// table in one order, the unit accounts, and the rules of who may change what.
    static let tablesAndAccounts = Migration(
        version: 1, name: "tables and unit accounts",
        statements: roles + tables + functions + triggers + security)

    /// Two group roles: members of taizhang_coordinator may change everything, members of
    /// taizhang_unit only what row-level security lets their unit change. Roles belong to
    /// the whole server, so a second database reuses them.
    static let roles = [
        """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'taizhang_coordinator') THEN
                CREATE ROLE taizhang_coordinator NOLOGIN;
            END IF;
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'taizhang_unit') THEN
                CREATE ROLE taizhang_unit NOLOGIN;
            END IF;
        END $$
        """,
    ]

    static let tables = [
        """
        CREATE TABLE taizhang.plans (
            id bigserial PRIMARY KEY,
            name text NOT NULL UNIQUE CHECK (name <> ''),
            generation bigint NOT NULL DEFAULT 0,
            source text NOT NULL,
            title text NOT NULL,
            document_number text,
            issuer text,
            issued text,
            preamble json,
            areas json NOT NULL,
            import_warnings json NOT NULL,
            settings json NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE taizhang.tasks (
            plan_id bigint NOT NULL REFERENCES taizhang.plans,
            number integer NOT NULL,
            position integer NOT NULL,
            label text,
            area integer NOT NULL,
            section integer,
            text text NOT NULL,
            units json NOT NULL,
            unit_names text[] NOT NULL,
            people json NOT NULL,
            status text NOT NULL CHECK (status IN ('todo', 'doing', 'reported', 'returned', 'done')),
            status_at text,
            status_by text,
            deadline jsonb,
            units_inherited boolean NOT NULL,
            source_line integer,
            PRIMARY KEY (plan_id, number)
        )
        """,
        """
        CREATE TABLE taizhang.notes (
            id bigserial PRIMARY KEY,
            plan_id bigint NOT NULL,
            task integer NOT NULL,
            position bigint NOT NULL,
            body jsonb NOT NULL,
            at text GENERATED ALWAYS AS (body->>'at') STORED,
            by text GENERATED ALWAYS AS (body->>'by') STORED,
            text text GENERATED ALWAYS AS (body->>'text') STORED,
            account name NOT NULL DEFAULT current_user,
            FOREIGN KEY (plan_id, task) REFERENCES taizhang.tasks ON DELETE CASCADE
        )
        """,
        "CREATE INDEX notes_task ON taizhang.notes (plan_id, task, position)",
        """
        CREATE TABLE taizhang.evidence (
            id bigserial PRIMARY KEY,
            plan_id bigint NOT NULL,
            task integer NOT NULL,
            position bigint NOT NULL,
            body jsonb NOT NULL,
            link text GENERATED ALWAYS AS (body->>'link') STORED,
            unit text GENERATED ALWAYS AS (body->>'unit') STORED,
            account name NOT NULL DEFAULT current_user,
            FOREIGN KEY (plan_id, task) REFERENCES taizhang.tasks ON DELETE CASCADE
        )
        """,
        "CREATE INDEX evidence_task ON taizhang.evidence (plan_id, task, position)",
        """
        CREATE TABLE taizhang.units_done (
            plan_id bigint NOT NULL,
            task integer NOT NULL,
            unit text NOT NULL,
            position bigint NOT NULL,
            account name NOT NULL DEFAULT current_user,
            PRIMARY KEY (plan_id, task, unit),
            FOREIGN KEY (plan_id, task) REFERENCES taizhang.tasks ON DELETE CASCADE
        )
        """,
        """
        CREATE TABLE taizhang.aliases (
            plan_id bigint NOT NULL REFERENCES taizhang.plans,
            position bigint NOT NULL,
            name text NOT NULL,
            counts_as text NOT NULL,
            PRIMARY KEY (plan_id, position)
        )
        """,
        """
        CREATE TABLE taizhang.unit_groups (
            plan_id bigint NOT NULL REFERENCES taizhang.plans,
            position bigint NOT NULL,
            name text NOT NULL,
            members json NOT NULL,
            PRIMARY KEY (plan_id, position)
        )
        """,
        """
        CREATE TABLE taizhang.returns (
            plan_id bigint NOT NULL REFERENCES taizhang.plans,
            position bigint NOT NULL,
            body jsonb NOT NULL,
            unit text GENERATED ALWAYS AS (body->>'unit') STORED,
            period text GENERATED ALWAYS AS (body->>'period') STORED,
            PRIMARY KEY (plan_id, position)
        )
        """,
        """
        CREATE TABLE taizhang.changes (
            seq bigserial PRIMARY KEY,
            plan_id bigint NOT NULL REFERENCES taizhang.plans,
            save_id uuid NOT NULL,
            entry json NOT NULL,
            at text GENERATED ALWAYS AS (entry->>'at') STORED,
            by text GENERATED ALWAYS AS (entry->>'by') STORED,
            task integer GENERATED ALWAYS AS ((entry->>'task')::integer) STORED,
            field text GENERATED ALWAYS AS (entry->>'field') STORED,
            account name NOT NULL DEFAULT current_user,
            saved_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX changes_plan ON taizhang.changes (plan_id, seq)",
        "CREATE INDEX changes_save ON taizhang.changes (save_id)",
        """
        CREATE TABLE taizhang.unit_accounts (
            account name PRIMARY KEY,
            unit text NOT NULL CHECK (unit <> '')
        )
        """,
    ]
}
