{#- SIGNATURE STAND-IN, not AutomateDV: stage() with AutomateDV 0.11.5's parameters and a trivial body:
    source columns (minus those a derived column replaces), derived columns, hashed and ranked columns. -#}
{%- macro stage(include_source_columns=none, source_model=none, hashed_columns=none, derived_columns=none, null_columns=none, ranked_columns=none) -%}
    {{- automate_dv.standin_require('stage', {'source_model': source_model}, only_when_executing=true) -}}
    {%- if include_source_columns is none -%}{%- set include_source_columns = true -%}{%- endif -%}
    {%- set relation = automate_dv.standin_relation(source_model) -%}
    {%- set derived = derived_columns if derived_columns is mapping else {} -%}
    {%- set replaced = derived.keys() | map('upper') | list -%}
    {%- set kept = [] -%}
    {%- if include_source_columns and execute -%}
        {%- for column in adapter.get_columns_in_relation(relation) if column.name | upper not in replaced -%}
            {%- do kept.append(column.name) -%}
        {%- endfor -%}
    {%- endif %}
with source_data as (
    select * from {{ relation }}
),
derived_columns as (
    select
    {%- set items = [] -%}
    {%- if include_source_columns -%}
        {%- if execute -%}
            {%- for name in kept -%}{%- do items.append(name) -%}{%- endfor -%}
        {%- else -%}
            {%- do items.append('*') -%}
        {%- endif -%}
    {%- endif -%}
    {%- for name, value in derived.items() -%}
        {%- if value is string and value.startswith('!') -%}
            {%- do items.append("'" ~ value[1:] ~ "' as " ~ name) -%}
        {%- elif value is string -%}
            {%- do items.append(value ~ " as " ~ name) -%}
        {%- elif value is mapping -%}
            {%- do items.append(value['source_column'] ~ " as " ~ name) -%}
        {%- else -%}
            {%- do items.append("concat_ws('||', " ~ (value | join(', ')) ~ ") as " ~ name) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- if not items -%}{%- do items.append('*') -%}{%- endif %}
        {{ items | join(',\n        ') }}
    from source_data
),
hashed_columns as (
    select
        *
    {%- if hashed_columns is mapping -%}
        {%- for name, definition in hashed_columns.items() -%}
            {%- if definition is mapping %},
        {{ automate_dv.hash(columns=definition['columns'], alias=name, is_hashdiff=definition.get('is_hashdiff', false)) }}
            {%- else %},
        {{ automate_dv.hash(columns=definition, alias=name) }}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {%- if ranked_columns is mapping -%}
        {%- for name, definition in ranked_columns.items() %},
        rank() over (partition by {{ automate_dv.standin_columns(definition['partition_by']) | join(', ') }}
                     order by {{ automate_dv.standin_columns(definition['order_by']) | join(', ') }}) as {{ name }}
        {%- endfor -%}
    {%- endif %}
    from derived_columns
)
select * from hashed_columns
{%- endmacro -%}
