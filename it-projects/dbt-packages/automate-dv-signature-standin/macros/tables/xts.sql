{#- SIGNATURE STAND-IN, not AutomateDV: same name and parameters as AutomateDV 0.11.5, trivial body.
    Output columns: src_pk, HASHDIFF, SATELLITE_NAME, src_ldts, src_source. -#}
{%- macro xts(src_pk, src_satellite, src_extra_columns, src_ldts, src_source, source_model) -%}
    {{- automate_dv.standin_require('xts', {'src_pk': src_pk, 'src_satellite': src_satellite, 'src_ldts': src_ldts,
                                            'src_source': src_source, 'source_model': source_model}) -}}
    {%- set models = [source_model] if source_model is string else source_model -%}
    {%- set extra = automate_dv.standin_columns(src_extra_columns) -%}
    {%- for model in models -%}
        {%- for satellite, details in src_satellite.items() %}
select {{ src_pk }},
       {{ details['hashdiff'].values() | list | first }} as HASHDIFF,
       '{{ details['sat_name'].values() | list | first }}' as SATELLITE_NAME,
       {%- for column in extra %} {{ column }},{% endfor %}
       {{ src_ldts }}, {{ src_source }}
from {{ ref(model) }}
            {%- if not loop.last %}
union all
            {%- endif -%}
        {%- endfor -%}
        {%- if not loop.last %}
union all
        {%- endif -%}
    {%- endfor -%}
{%- endmacro -%}
