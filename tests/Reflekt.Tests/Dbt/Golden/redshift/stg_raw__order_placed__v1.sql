with

source as (
    select *
    from (
        select
            *,
            row_number() over (partition by id order by received_at) as _reflekt_row_number
        from {{ source('raw', 'order_placed') }}
        where currency is null
    ) as numbered
    where _reflekt_row_number = 1
),

renamed as (
    select
        id as event_id,
        event_text as event_name,
        original_timestamp as original_tstamp,
        sent_at as sent_at_tstamp,
        received_at as received_at_tstamp,
        "timestamp" as tstamp,
        anonymous_id,
        user_id,
        context_library_name as library_name,
        context_page_url as page_url,
        total::double precision as total,
        "tag"::varchar as "tag",
        'track'::varchar as call_type,
        'raw'::varchar as source_schema,
        'order_placed'::varchar as source_table,
        'app/Order_Placed/1-0.json'::varchar as schema_id
    from source
)

select * from renamed
