SELECT date(received_at) AS received_day, NULL AS schema_id, COUNT(*) AS row_count, MIN(received_at) AS first_seen, MAX(received_at) AS valid_through
FROM main.cart_viewed
WHERE received_at >= '2026-10-03'
GROUP BY date(received_at)
ORDER BY 1, 2
