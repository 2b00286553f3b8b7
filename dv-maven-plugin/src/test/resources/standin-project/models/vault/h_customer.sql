{{ automate_dv.hub(src_pk='customer_hk', src_nk='customer_bk', src_ldts='load_timestamp', src_source='record_source', source_model='stg_customer') }}
