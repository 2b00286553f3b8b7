{#- SIGNATURE STAND-IN, not AutomateDV: same name and parameters as AutomateDV 0.11.5, trivial body. -#}
{%- macro ref_table(src_pk, src_extra_columns, src_ldts, src_source, source_model) -%}
    {{- automate_dv.standin_require('ref_table', {'src_pk': src_pk, 'source_model': source_model}) -}}
    {%- set columns = automate_dv.standin_select_list([src_pk, src_extra_columns, src_ldts, src_source]) %}
select distinct {{ columns | join(', ') }}
from {{ ref(source_model) }}
{%- endmacro -%}
