select {{ automate_dv.hash(columns=['customer_bk', 'name'], alias='check_hk') }} from {{ ref('stg_customer') }}
