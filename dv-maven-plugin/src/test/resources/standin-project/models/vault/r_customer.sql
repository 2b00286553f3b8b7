{{ automate_dv.ref_table(src_pk='customer_bk', src_extra_columns=['name'], source_model='stg_customer') }}
