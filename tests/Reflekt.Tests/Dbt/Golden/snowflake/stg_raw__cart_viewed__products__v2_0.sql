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
        element.index as element_index,
        element.value['sku']::varchar as sku,
        element.value['quantity']::bigint as quantity,
        element.value['price']::float as price,
        element.value['gift']::boolean as gift,
        element.value['added_at']::timestamp_tz as added_at,
        element.value['options'] as options,
        element.value['size']['width']::float as size_width
    from source, lateral flatten(input => try_parse_json(source.products)) as element
)

select * from elements
