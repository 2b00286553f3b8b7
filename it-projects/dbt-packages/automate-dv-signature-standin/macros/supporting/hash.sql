{#- SIGNATURE STAND-IN, not AutomateDV: hash() with AutomateDV 0.11.5's parameters; md5 over joined columns. -#}
{%- macro hash(columns=none, alias=none, is_hashdiff=false, columns_to_escape=none) -%}
    {{- automate_dv.standin_require('hash', {'columns': columns, 'alias': alias}) -}}
    {%- set hashed = automate_dv.standin_columns(columns) -%}
    {%- if is_hashdiff -%}{%- set hashed = hashed | sort -%}{%- endif -%}
    {{ automate_dv.standin_hash_expression(hashed) }} as {{ alias }}
{%- endmacro -%}
