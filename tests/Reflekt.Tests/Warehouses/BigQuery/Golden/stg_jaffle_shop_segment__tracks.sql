with

source as (
    select *
    from {{ source('jaffle_shop_segment', 'tracks') }}
    where received_at < getdate()
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
        user_id,
        context_library_name as library_name,
        context_library_version as library_version,
        context_page_path as page_path,
        context_page_referrer as page_referrer,
        context_page_title as page_title,
        context_page_url as page_url,
        context_protocols_source_id as protocols_source_id,
        context_protocols_violations as protocols_violations,
        context_protocols_omitted as protocols_omitted,
        cast('track' as string) as call_type,
        cast('jaffle_shop_segment' as string) as source_schema,
        cast('tracks' as string) as source_table,
        cast(null as string) as schema_id
    from source
)

select * from renamed
