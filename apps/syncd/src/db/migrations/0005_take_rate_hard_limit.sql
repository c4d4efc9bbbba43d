-- The hard maximum deviation of a take's final rate from the suggested one: beyond it only a
-- senior may take the order. Stored beside the "needs a reason" limit and never below it, so a
-- desk that had raised that limit above the default keeps a consistent pair.
INSERT INTO settings (key, value, updated_at)
SELECT 'max_rate_hard_deviation_percent',
       to_jsonb(round(greatest(10, coalesce((SELECT (value #>> '{}')::numeric FROM settings
                                             WHERE key = 'max_rate_deviation_percent'
                                               AND value #>> '{}' ~ '^[0-9]+(\.[0-9]+)?$'), 0)), 4)::text),
       now()
ON CONFLICT (key) DO NOTHING;
