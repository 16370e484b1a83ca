with

source as (
    select *
    from {{ source('raw', 'order_placed') }}
    where currency is null
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
        cast(total as float64) as total,
        cast(tag as string) as tag,
        cast('track' as string) as call_type,
        cast('raw' as string) as source_schema,
        cast('order_placed' as string) as source_table,
        cast('app/Order_Placed/1-0.json' as string) as schema_id
    from source
)

select * from renamed
