{#- SIGNATURE STAND-IN, not AutomateDV: same name and parameters as AutomateDV 0.11.5, trivial body.
    Output: AS_OF_DATE, src_pk, and per walk step its bridge_link_pk (null: no real bridge logic). -#}
{%- macro bridge(src_pk, src_extra_columns, as_of_dates_table, bridge_walk, stage_tables_ldts, src_ldts, source_model) -%}
    {{- automate_dv.standin_require('bridge', {'src_pk': src_pk, 'as_of_dates_table': as_of_dates_table,
                                               'bridge_walk': bridge_walk, 'stage_tables_ldts': stage_tables_ldts,
                                               'src_ldts': src_ldts, 'source_model': source_model}) -}}
    {%- if src_extra_columns is defined and src_extra_columns is not none and execute -%}
        {%- do exceptions.warn("src_extra_columns is ignored for bridges (signature stand-in)") -%}
    {%- endif %}
select as_of.AS_OF_DATE, hub.{{ src_pk }}
{%- for step, details in bridge_walk.items() if details.get('bridge_link_pk') %},
       cast(null as varchar) as {{ details['bridge_link_pk'] }}
{%- endfor %}
from {{ ref(source_model) }} as hub
cross join {{ automate_dv.standin_relation(as_of_dates_table) }} as as_of
{%- endmacro -%}
