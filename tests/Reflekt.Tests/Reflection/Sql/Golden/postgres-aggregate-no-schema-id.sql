SELECT CAST(received_at AS DATE) AS received_day, NULL AS schema_id, COUNT(*) AS row_count, MIN(received_at) AS first_seen, MAX(received_at) AS valid_through
FROM jaffle_shop_segment.cart_viewed
WHERE received_at >= TIMESTAMP '2026-10-03 00:00:00'
GROUP BY CAST(received_at AS DATE)
ORDER BY 1, 2
