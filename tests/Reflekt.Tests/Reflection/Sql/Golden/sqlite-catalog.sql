SELECT m.name AS table_name, p.name AS column_name, p.type AS data_type, p.cid + 1 AS ordinal_position, NULL AS numeric_scale
FROM main.sqlite_master AS m
JOIN pragma_table_info(m.name, 'main') AS p
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name, p.cid
