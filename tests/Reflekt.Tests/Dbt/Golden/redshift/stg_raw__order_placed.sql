select
    event_id,
    event_name,
    original_tstamp,
    sent_at_tstamp,
    received_at_tstamp,
    tstamp,
    anonymous_id,
    user_id,
    library_name,
    page_url,
    total,
    currency,
    call_type,
    source_schema,
    source_table,
    schema_id,
    null::varchar as "tag",
    '2-0'::varchar as schema_version
from {{ ref('stg_raw__order_placed__v2_0') }}

union all

select
    event_id,
    event_name,
    original_tstamp,
    sent_at_tstamp,
    received_at_tstamp,
    tstamp,
    anonymous_id,
    user_id,
    library_name,
    page_url,
    total,
    null::varchar as currency,
    call_type,
    source_schema,
    source_table,
    schema_id,
    "tag",
    '1-0'::varchar as schema_version
from {{ ref('stg_raw__order_placed__v1') }}
