with

source as (
    select *
    from {{ source('jaffle_shop_segment', 'pages') }}
    where received_at < getdate()
),

renamed as (
    select
        id as page_id,
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
        name,
        cart_id,
        order_id,
        path,
        product_id,
        referrer,
        session_id,
        title,
        url,
        cast('page' as string) as call_type,
        cast('jaffle_shop_segment' as string) as source_schema,
        cast('pages' as string) as source_table,
        cast('jaffle_shop/Page_Viewed/1-0.json' as string) as schema_id
    from source
)

select * from renamed
