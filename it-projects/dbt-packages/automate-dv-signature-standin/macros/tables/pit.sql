{#- SIGNATURE STAND-IN, not AutomateDV: same name and parameters as AutomateDV 0.11.5, trivial body.
    Output: AS_OF_DATE, src_pk, and per satellite <SAT>_<PK> and <SAT>_<LDTS> (no real point-in-time logic). -#}
{%- macro pit(src_pk, src_extra_columns, as_of_dates_table, satellites, stage_tables_ldts, src_ldts, source_model) -%}
    {{- automate_dv.standin_require('pit', {'src_pk': src_pk, 'as_of_dates_table': as_of_dates_table,
                                            'satellites': satellites, 'stage_tables_ldts': stage_tables_ldts,
                                            'src_ldts': src_ldts, 'source_model': source_model}) -}}
    {%- if src_extra_columns is defined and src_extra_columns is not none and execute -%}
        {%- do exceptions.warn("src_extra_columns is ignored for PITs (signature stand-in)") -%}
    {%- endif %}
select as_of.AS_OF_DATE, hub.{{ src_pk }}
{%- for satellite, details in satellites.items() -%}
    {%- set pk_key = details['pk'].keys() | list | first -%}
    {%- set ldts_key = details['ldts'].keys() | list | first %},
       hub.{{ src_pk }} as {{ satellite }}_{{ pk_key }},
       hub.{{ src_ldts }} as {{ satellite }}_{{ ldts_key }}
{%- endfor %}
from {{ ref(source_model) }} as hub
cross join {{ automate_dv.standin_relation(as_of_dates_table) }} as as_of
{%- endmacro -%}
