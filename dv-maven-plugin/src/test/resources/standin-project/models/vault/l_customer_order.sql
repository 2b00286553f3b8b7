{{ automate_dv.link(src_pk='customer_order_hk', src_fk=['customer_hk', 'order_hk'], src_ldts='load_timestamp', src_source='record_source', source_model=['stg_customer']) }}
