with

source as (
    select *
    from (
        select
            *,
            row_number() over (partition by id order by received_at) as _reflekt_row_number
        from {{ source('raw', 'cart_viewed') }}
        where schema_id = 'app/Cart_Viewed/2-0.json'
    ) as numbered
    where _reflekt_row_number = 1
),

parsed as (
    select
        source.id,
        json_parse(source.products) as products
    from source
),

elements as (
    select
        parsed.id as event_id,
        element_index as element_index,
        element.sku::varchar as sku,
        element.quantity::bigint as quantity,
        element.price::double precision as price,
        element.gift::boolean as gift,
        element.added_at::timestamp as added_at,
        element.options as options,
        element.size.width::double precision as size_width
    from parsed, parsed.products as element at element_index
)

select * from elements
