{{ config(materialized='view') }}
{{ automate_dv.stage(include_source_columns=true,
                     source_model={'raw_crm': 'customer'},
                     derived_columns={'customer_bk': 'customer_id', 'order_bk': 'order_id',
                                      'record_source': '!CRM', 'load_timestamp': 'load_dts',
                                      'effective_from': 'load_dts', 'start_date': 'load_dts', 'end_date': 'load_dts'},
                     hashed_columns={'customer_hk': 'customer_bk', 'order_hk': 'order_bk',
                                     'customer_order_hk': ['customer_bk', 'order_bk'],
                                     'details_hashdiff': {'is_hashdiff': true, 'columns': ['name', 'email']}},
                     ranked_columns={'ldts_rank': {'partition_by': 'customer_hk', 'order_by': 'load_timestamp'}}) }}
