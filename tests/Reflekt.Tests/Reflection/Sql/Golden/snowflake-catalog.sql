SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position, c.numeric_scale
FROM analytics.information_schema.columns AS c
JOIN analytics.information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE c.table_schema = UPPER('jaffle_shop_segment') AND t.table_type = 'BASE TABLE'
ORDER BY c.table_name, c.ordinal_position
