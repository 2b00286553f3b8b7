{#- SIGNATURE STAND-IN, not AutomateDV: same name and parameters as AutomateDV 0.11.5, trivial body. -#}
{%- macro ma_sat(src_pk, src_cdk, src_hashdiff, src_payload, src_extra_columns, src_eff, src_ldts, src_source, source_model) -%}
    {{- automate_dv.standin_require('ma_sat', {'src_pk': src_pk, 'src_cdk': src_cdk, 'src_hashdiff': src_hashdiff,
                                               'src_payload': src_payload, 'src_ldts': src_ldts,
                                               'src_source': src_source, 'source_model': source_model}) -}}
    {%- set hashdiff_name = src_hashdiff['alias'] if src_hashdiff is mapping else src_hashdiff -%}
    {%- set columns = automate_dv.standin_select_list([src_pk, src_cdk, src_payload, src_extra_columns, src_eff,
                                                       src_ldts, src_source]) %}
select {{ automate_dv.standin_hashdiff(src_hashdiff) }}, {{ columns | join(', ') }}
from {{ ref(source_model) }}
{%- endmacro -%}
