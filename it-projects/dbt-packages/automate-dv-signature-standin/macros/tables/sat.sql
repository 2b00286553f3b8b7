{#- SIGNATURE STAND-IN, not AutomateDV: same name and parameters as AutomateDV 0.11.5, trivial body
    (first row per key and hashdiff; no change detection across loads). -#}
{%- macro sat(src_pk, src_hashdiff, src_payload, src_extra_columns, src_eff, src_ldts, src_source, source_model) -%}
    {{- automate_dv.standin_require('sat', {'src_pk': src_pk, 'src_hashdiff': src_hashdiff, 'src_payload': src_payload,
                                            'src_ldts': src_ldts, 'src_source': src_source,
                                            'source_model': source_model}) -}}
    {%- set hashdiff_name = src_hashdiff['alias'] if src_hashdiff is mapping else src_hashdiff -%}
    {%- set columns = automate_dv.standin_select_list([src_pk, src_payload, src_extra_columns, src_eff, src_ldts, src_source]) %}
with ranked as (
    select {{ automate_dv.standin_hashdiff(src_hashdiff) }}, {{ columns | join(', ') }},
           row_number() over (partition by {{ src_pk }}, {{ hashdiff_name }} order by {{ src_ldts }}) as standin_row
    from {{ ref(source_model) }}
    where {{ src_pk }} is not null
)
select {{ src_pk }}, {{ hashdiff_name }}, {{ (columns | reject('equalto', src_pk) | list) | join(', ') }}
from ranked
where standin_row = 1
{%- if is_incremental() %}
  and {{ src_pk }} || {{ hashdiff_name }} not in (select {{ src_pk }} || {{ hashdiff_name }} from {{ this }})
{%- endif %}
{%- endmacro -%}
