SELECT date(received_at) AS received_day, schema_id AS schema_id, COUNT(*) AS row_count, MIN(received_at) AS first_seen, MAX(received_at) AS valid_through
FROM main.order_completed
WHERE received_at >= '2026-10-03'
GROUP BY date(received_at), schema_id
ORDER BY 1, 2
