extension Migration {
    /// The functions the tables and rules use. `ledger_document` and `put_content` turn a
    /// plan's rows into the ledger file's JSON and back, so the file format is the one
    /// exchange format (`ledger push`, `ledger pull`, restores).
    static let functions = [
        """
        CREATE FUNCTION taizhang.json_or_null(value json) RETURNS jsonb
        LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN value IS NULL OR json_typeof(value) = 'null' THEN NULL ELSE value::jsonb END
        $$
        """,
        // The unit the connected account speaks for; NULL for everyone else.
        """
        CREATE FUNCTION taizhang.my_unit() RETURNS text
        LANGUAGE sql STABLE AS $$
            SELECT unit FROM taizhang.unit_accounts WHERE account = current_user
        $$
        """,
        """
        CREATE FUNCTION taizhang.names_my_unit(plan bigint, task integer) RETURNS boolean
        LANGUAGE sql STABLE AS $$
            SELECT EXISTS (
                SELECT 1 FROM taizhang.tasks t
                WHERE t.plan_id = plan AND t.number = task AND taizhang.my_unit() = ANY (t.unit_names))
        $$
        """,
        // A plan as the ledger file (docs/ledger-format.md, schema 3), keys in the file's order.
        """
        CREATE FUNCTION taizhang.ledger_document(plan bigint) RETURNS json
        LANGUAGE sql STABLE AS $$
            SELECT json_build_object(
                'format', 'taizhang-ledger',
                'schema', 3,
                'generation', p.generation,
                'source', p.source,
                'plan', json_build_object(
                    'title', p.title, 'documentNumber', p.document_number, 'issuer', p.issuer,
                    'date', p.issued, 'preamble', p.preamble, 'areas', p.areas),
                'tasks', coalesce((
                    SELECT json_agg(json_build_object(
                        'number', t.number, 'label', t.label, 'area', t.area, 'section', t.section,
                        'text', t.text, 'units', t.units, 'people', t.people, 'status', t.status,
                        'statusChanged', CASE WHEN t.status_at IS NULL THEN NULL
                            ELSE json_build_object('at', t.status_at, 'by', t.status_by) END,
                        'notes', coalesce((
                            SELECT json_agg(n.body ORDER BY n.position) FROM taizhang.notes n
                            WHERE n.plan_id = t.plan_id AND n.task = t.number), '[]'),
                        'evidence', coalesce((
                            SELECT json_agg(e.body ORDER BY e.position) FROM taizhang.evidence e
                            WHERE e.plan_id = t.plan_id AND e.task = t.number), '[]'),
                        'deadline', t.deadline,
                        'unitsInherited', t.units_inherited,
                        'unitsDone', coalesce((
                            SELECT json_agg(d.unit ORDER BY d.position) FROM taizhang.units_done d
                            WHERE d.plan_id = t.plan_id AND d.task = t.number), '[]'),
                        'sourceLine', t.source_line) ORDER BY t.position)
                    FROM taizhang.tasks t WHERE t.plan_id = p.id), '[]'),
                'importWarnings', p.import_warnings,
                'aliases', coalesce((
                    SELECT json_agg(json_build_object('from', a.name, 'to', a.counts_as) ORDER BY a.position)
                    FROM taizhang.aliases a WHERE a.plan_id = p.id), '[]'),
                'groups', coalesce((
                    SELECT json_agg(json_build_object('name', g.name, 'members', g.members) ORDER BY g.position)
                    FROM taizhang.unit_groups g WHERE g.plan_id = p.id), '[]'),
                'settings', p.settings,
                'returns', coalesce((
                    SELECT json_agg(r.body ORDER BY r.position) FROM taizhang.returns r WHERE r.plan_id = p.id), '[]'),
                'history', coalesce((
                    SELECT json_agg(c.entry ORDER BY c.seq) FROM taizhang.changes c WHERE c.plan_id = p.id), '[]'))
            FROM taizhang.plans p WHERE p.id = plan
        $$
        """,
        // Replaces a plan's content (all but its name, generation and history) with the
        // content of a ledger document: what a push fills and a restore brings back.
        """
        CREATE FUNCTION taizhang.put_content(plan bigint, doc json) RETURNS void
        LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM taizhang.tasks WHERE plan_id = plan;
            DELETE FROM taizhang.aliases WHERE plan_id = plan;
            DELETE FROM taizhang.unit_groups WHERE plan_id = plan;
            DELETE FROM taizhang.returns WHERE plan_id = plan;
            UPDATE taizhang.plans SET
                source = doc->>'source',
                title = doc->'plan'->>'title',
                document_number = doc->'plan'->>'documentNumber',
                issuer = doc->'plan'->>'issuer',
                issued = doc->'plan'->>'date',
                preamble = doc->'plan'->'preamble',
                areas = doc->'plan'->'areas',
                import_warnings = doc->'importWarnings',
                settings = doc->'settings'
            WHERE id = plan;
            INSERT INTO taizhang.tasks (plan_id, number, position, label, area, section, text, units, unit_names,
                                        people, status, status_at, status_by, deadline, units_inherited, source_line)
            SELECT plan, (t->>'number')::integer, n, t->>'label', (t->>'area')::integer, (t->>'section')::integer,
                   t->>'text', t->'units', ARRAY(SELECT u->>'name' FROM json_array_elements(t->'units') u),
                   t->'people', t->>'status', t->'statusChanged'->>'at', t->'statusChanged'->>'by',
                   taizhang.json_or_null(t->'deadline'), (t->>'unitsInherited')::boolean, (t->>'sourceLine')::integer
            FROM json_array_elements(doc->'tasks') WITH ORDINALITY AS x(t, n);
            INSERT INTO taizhang.notes (plan_id, task, position, body)
            SELECT plan, (t->>'number')::integer, m, note::jsonb
            FROM json_array_elements(doc->'tasks') t, json_array_elements(t->'notes') WITH ORDINALITY AS y(note, m);
            INSERT INTO taizhang.evidence (plan_id, task, position, body)
            SELECT plan, (t->>'number')::integer, m, item::jsonb
            FROM json_array_elements(doc->'tasks') t, json_array_elements(t->'evidence') WITH ORDINALITY AS y(item, m);
            INSERT INTO taizhang.units_done (plan_id, task, unit, position)
            SELECT plan, (t->>'number')::integer, unit #>> '{}', m
            FROM json_array_elements(doc->'tasks') t, json_array_elements(t->'unitsDone') WITH ORDINALITY AS y(unit, m);
            INSERT INTO taizhang.aliases (plan_id, position, name, counts_as)
            SELECT plan, n, a->>'from', a->>'to' FROM json_array_elements(doc->'aliases') WITH ORDINALITY AS x(a, n);
            INSERT INTO taizhang.unit_groups (plan_id, position, name, members)
            SELECT plan, n, g->>'name', g->'members' FROM json_array_elements(doc->'groups') WITH ORDINALITY AS x(g, n);
            INSERT INTO taizhang.returns (plan_id, position, body)
            SELECT plan, n, r::jsonb FROM json_array_elements(doc->'returns') WITH ORDINALITY AS x(r, n);
        END
        $$
        """,
        // After each statement that records changes: the plan's generation counts one more
        // save, and every listening dashboard hears of it when the transaction commits.
        // SECURITY DEFINER because a unit's account may not update the plan row itself.
        """
        CREATE FUNCTION taizhang.changes_saved() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
        DECLARE
            saved_plan bigint;
        BEGIN
            FOR saved_plan IN SELECT DISTINCT plan_id FROM saved LOOP
                UPDATE taizhang.plans SET generation = generation + 1 WHERE id = saved_plan;
                PERFORM pg_notify('taizhang_changes', saved_plan::text);
            END LOOP;
            RETURN NULL;
        END
        $$
        """,
        """
        CREATE FUNCTION taizhang.refuse_rewrite() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'taizhang.changes is append-only: a recorded change is never altered or removed'
                USING ERRCODE = 'insufficient_privilege';
        END
        $$
        """,
    ]

    static let triggers = [
        """
        CREATE TRIGGER changes_saved AFTER INSERT ON taizhang.changes
        REFERENCING NEW TABLE AS saved FOR EACH STATEMENT EXECUTE FUNCTION taizhang.changes_saved()
        """,
        """
        CREATE TRIGGER changes_append_only BEFORE UPDATE OR DELETE ON taizhang.changes
        FOR EACH ROW EXECUTE FUNCTION taizhang.refuse_rewrite()
        """,
        """
        CREATE TRIGGER changes_no_truncate BEFORE TRUNCATE ON taizhang.changes
        FOR EACH STATEMENT EXECUTE FUNCTION taizhang.refuse_rewrite()
        """,
    ]
}
