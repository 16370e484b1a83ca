with

source as (
    select *
    from {{ source('raw', 'order_placed') }}
    where schema_id = 'app/Order_Placed/2-0.json'
    qualify row_number() over (partition by id order by received_at) = 1
),

renamed as (
    select
        id as event_id,
        event_text as event_name,
        original_timestamp as original_tstamp,
        sent_at as sent_at_tstamp,
        received_at as received_at_tstamp,
        timestamp as tstamp,
        anonymous_id,
        user_id,
        context_library_name as library_name,
        context_page_url as page_url,
        cast(placed_at as timestamp) as placed_at,
        cast(ship_on as date) as ship_on,
        cast(count as int64) as count,
        cast(total as float64) as total,
        safe.parse_json(items) as items,
        cast(tag as string) as tag,
        cast(`order` as string) as `order`,
        cast('track' as string) as call_type,
        cast('raw' as string) as source_schema,
        cast('order_placed' as string) as source_table,
        cast('app/Order_Placed/2-0.json' as string) as schema_id
    from source
)

select * from renamed
