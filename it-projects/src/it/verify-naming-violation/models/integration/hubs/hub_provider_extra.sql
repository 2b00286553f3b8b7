-- Hand-written on purpose against the house conventions: wrong prefix and a camelCase column.
select
    provider_hk,
    provider_bk as ProviderName,
    load_timestamp,
    record_source
from {{ ref('h_provider') }}
