SELECT c.table_name, c.column_name, c.data_type, c.ordinal_position, c.numeric_scale
FROM svv_columns AS c
WHERE c.table_schema = 'jaffle_shop_segment'
  AND c.table_name IN (SELECT t.table_name FROM information_schema.tables AS t WHERE t.table_schema = 'jaffle_shop_segment' AND t.table_type = 'BASE TABLE')
ORDER BY c.table_name, c.ordinal_position
