with

source as (
    select *
    from {{ source('raw', 'cart_viewed') }}
    where schema_id = 'app/Cart_Viewed/2-0.json'
    qualify row_number() over (partition by id order by received_at) = 1
),

elements as (
    select
        source.id as event_id,
        element_offset as element_index,
        cast(json_value(element, '$."sku"') as string) as sku,
        cast(json_value(element, '$."quantity"') as int64) as quantity,
        cast(json_value(element, '$."price"') as float64) as price,
        cast(json_value(element, '$."gift"') as bool) as gift,
        cast(json_value(element, '$."added_at"') as timestamp) as added_at,
        safe.parse_json(json_query(element, '$."options"')) as options,
        cast(json_value(element, '$."size"."width"') as float64) as size_width
    from source
    cross join unnest(json_query_array(source.products)) as element with offset as element_offset
)

select * from elements
