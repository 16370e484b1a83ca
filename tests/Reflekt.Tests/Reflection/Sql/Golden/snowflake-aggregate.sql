SELECT TO_DATE(received_at) AS received_day, schema_id AS schema_id, COUNT(*) AS row_count, MIN(received_at) AS first_seen, MAX(received_at) AS valid_through
FROM analytics.jaffle_shop_segment.order_completed
WHERE received_at >= TIMESTAMP '2026-10-03 00:00:00'
GROUP BY TO_DATE(received_at), schema_id
ORDER BY 1, 2
