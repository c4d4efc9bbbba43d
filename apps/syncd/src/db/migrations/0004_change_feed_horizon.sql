-- 0004: the change feed's safe horizon (feed/ChangeListener.h explains the whole design).
-- A reader treats "seq <= M is final" as proven once every transaction that was running at the
-- snapshot where it saw M has ended. That needs: whoever holds a seq already had an xid when the
-- seq was allocated. A plain nextval() default runs before the INSERT assigns the xid, so a seq
-- could be held by a transaction invisible to the snapshot's running-xid list. Assign it first.
CREATE FUNCTION change_events_next_seq() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    PERFORM pg_current_xact_id();
    RETURN nextval('change_events_seq_seq');
END $$;
ALTER TABLE change_events ALTER COLUMN seq SET DEFAULT change_events_next_seq();

