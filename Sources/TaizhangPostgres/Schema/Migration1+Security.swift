extension Migration {
    /// Who may do what. Everyone granted either role reads every plan. Members of
    /// taizhang_coordinator change everything (the account that ran `ledger init` owns the
    /// tables and may too). Members of taizhang_unit, each mapped to one unit in
    /// taizhang.unit_accounts, may add notes and evidence and mark their own unit's part done
    /// on tasks that name their unit, change or take back only what they wrote there, and
    /// record those changes in the history; they have no right to change a task, a deadline,
    /// an alias, a group, a return, the settings or a plan at all, so the server refuses
    /// those outright.
    static let security: [String] = {
        let tables = ["plans", "tasks", "notes", "evidence", "units_done", "aliases", "unit_groups", "returns", "changes"]
        var statements: [String] = []
        for table in tables {
            statements.append("ALTER TABLE taizhang.\(table) ENABLE ROW LEVEL SECURITY")
            statements.append("CREATE POLICY everyone_reads ON taizhang.\(table) FOR SELECT USING (true)")
            statements.append(table == "changes"
                ? "CREATE POLICY coordinator_records ON taizhang.changes FOR INSERT TO taizhang_coordinator WITH CHECK (true)"
                : "CREATE POLICY coordinator_writes ON taizhang.\(table) FOR ALL TO taizhang_coordinator USING (true) WITH CHECK (true)")
        }
        let mine = "account = current_user AND taizhang.names_my_unit(plan_id, task)"
        for table in ["notes", "evidence"] {
            let sender = table == "evidence" ? " AND (unit IS NULL OR unit = taizhang.my_unit())" : ""
            statements += [
                "CREATE POLICY unit_adds ON taizhang.\(table) FOR INSERT TO taizhang_unit WITH CHECK (\(mine)\(sender))",
                "CREATE POLICY unit_edits_own ON taizhang.\(table) FOR UPDATE TO taizhang_unit USING (\(mine)) WITH CHECK (\(mine)\(sender))",
                "CREATE POLICY unit_removes_own ON taizhang.\(table) FOR DELETE TO taizhang_unit USING (\(mine))",
            ]
        }
        let ownPart = "unit = taizhang.my_unit() AND taizhang.names_my_unit(plan_id, task)"
        statements += [
            "CREATE POLICY unit_marks_own_part ON taizhang.units_done FOR INSERT TO taizhang_unit WITH CHECK (\(ownPart))",
            "CREATE POLICY unit_unmarks_own_part ON taizhang.units_done FOR DELETE TO taizhang_unit USING (\(ownPart))",
            """
            CREATE POLICY unit_records ON taizhang.changes FOR INSERT TO taizhang_unit
            WITH CHECK (account = current_user AND field IN ('note', 'evidence', 'unitDone', 'undo', 'redo', 'superseded')
                        AND taizhang.names_my_unit(plan_id, task))
            """,
            "GRANT USAGE ON SCHEMA taizhang TO taizhang_coordinator, taizhang_unit",
            "GRANT SELECT ON ALL TABLES IN SCHEMA taizhang TO taizhang_coordinator, taizhang_unit",
            "GRANT USAGE ON ALL SEQUENCES IN SCHEMA taizhang TO taizhang_coordinator, taizhang_unit",
            """
            GRANT INSERT, UPDATE, DELETE ON taizhang.plans, taizhang.tasks, taizhang.notes, taizhang.evidence,
                taizhang.units_done, taizhang.aliases, taizhang.unit_groups, taizhang.returns TO taizhang_coordinator
            """,
            "GRANT INSERT ON taizhang.changes TO taizhang_coordinator, taizhang_unit",
            "GRANT INSERT, DELETE, UPDATE (body) ON taizhang.notes, taizhang.evidence TO taizhang_unit",
            "GRANT INSERT, DELETE ON taizhang.units_done TO taizhang_unit",
        ]
        return statements
    }()
}
