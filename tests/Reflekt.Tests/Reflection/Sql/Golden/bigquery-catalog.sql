SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position, CAST(NULL AS INT64) AS numeric_scale
FROM `my-project`.jaffle_shop_segment.INFORMATION_SCHEMA.COLUMNS AS c
JOIN `my-project`.jaffle_shop_segment.INFORMATION_SCHEMA.TABLES AS t ON t.table_name = c.table_name
WHERE t.table_type = 'BASE TABLE' AND c.ordinal_position IS NOT NULL
ORDER BY c.table_name, c.ordinal_position
