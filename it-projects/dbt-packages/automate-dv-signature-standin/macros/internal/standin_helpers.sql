{#- SIGNATURE STAND-IN, not AutomateDV: helpers for the trivial macro bodies in this package. -#}

{#- Raises a compile error naming every required parameter that is missing (not passed) or none. -#}
{%- macro standin_require(macro_name, parameters, only_when_executing=false) -%}
    {%- set missing = [] -%}
    {%- for name, value in parameters.items() if value is not defined or value is none -%}
        {%- do missing.append(name) -%}
    {%- endfor -%}
    {%- if missing and (execute or not only_when_executing) -%}
        {%- do exceptions.raise_compiler_error("Required parameter(s) missing or none in '" ~ this ~ "': "
            ~ missing | join(", ") ~ " (automate_dv." ~ macro_name ~ ", signature stand-in)") -%}
    {%- endif -%}
{%- endmacro -%}

{#- A column parameter as a list: none -> [], 'a' -> ['a'], {columns: [...]} -> its columns. -#}
{%- macro standin_columns(value) -%}
    {%- if value is not defined or value is none -%}
        {%- do return([]) -%}
    {%- elif value is string -%}
        {%- do return([value]) -%}
    {%- elif value is mapping -%}
        {%- if 'columns' in value -%}
            {%- do return(automate_dv.standin_columns(value['columns'])) -%}
        {%- elif 'source_column' in value -%}
            {%- do return([value['source_column']]) -%}
        {%- else -%}
            {%- do return(value.keys() | list) -%}
        {%- endif -%}
    {%- else -%}
        {%- do return(value | list) -%}
    {%- endif -%}
{%- endmacro -%}

{#- A hashdiff parameter ('col' or {source_column, alias}) as "expr as alias". -#}
{%- macro standin_hashdiff(value) -%}
    {%- if value is mapping -%}
        {{ value['source_column'] }} as {{ value['alias'] }}
    {%- else -%}
        {{ value }}
    {%- endif -%}
{%- endmacro -%}

{#- The relation of a source_model: a {source: table} mapping uses source(), a name uses ref(). -#}
{%- macro standin_relation(source_model) -%}
    {%- if source_model is mapping -%}
        {%- set source_name = source_model.keys() | list | first -%}
        {%- set table_name = source_model[source_name] -%}
        {%- if table_name is not string -%}{%- set table_name = table_name | first -%}{%- endif -%}
        {%- do return(source(source_name, table_name)) -%}
    {%- else -%}
        {%- do return(ref(source_model)) -%}
    {%- endif -%}
{%- endmacro -%}

{#- md5 over the '||'-joined, null-replaced columns. -#}
{%- macro standin_hash_expression(columns) -%}
    {%- set parts = [] -%}
    {%- for column in automate_dv.standin_columns(columns) -%}
        {%- do parts.append("coalesce(cast(" ~ column ~ " as varchar), '^^')") -%}
    {%- endfor -%}
    {%- if parts | length == 1 -%}
        upper(md5({{ parts[0] }}))
    {%- else -%}
        upper(md5(concat_ws('||', {{ parts | join(', ') }})))
    {%- endif -%}
{%- endmacro -%}

{#- The select list of a table macro: every non-empty column parameter, in order. -#}
{%- macro standin_select_list(groups) -%}
    {%- set names = [] -%}
    {%- for group in groups -%}
        {%- for column in automate_dv.standin_columns(group) if column not in names -%}
            {%- do names.append(column) -%}
        {%- endfor -%}
    {%- endfor -%}
    {%- do return(names) -%}
{%- endmacro -%}

{#- union all over the source models, keeping the first row (by load timestamp) per key. -#}
{%- macro standin_first_per_key(columns, key_columns, source_model, src_ldts, existing_key=none) -%}
    {%- set models = [source_model] if source_model is string else source_model -%}
    with unioned as (
    {%- for model in models %}
        select {{ columns | join(', ') }} from {{ ref(model) }}
        {%- if not loop.last %} union all{% endif %}
    {%- endfor %}
    ),
    ranked as (
        select *, row_number() over (partition by {{ key_columns | join(', ') }} order by {{ src_ldts }}) as standin_row
        from unioned
        where {{ key_columns[0] }} is not null
    )
    select {{ columns | join(', ') }}
    from ranked
    where standin_row = 1
    {%- if is_incremental() and existing_key is not none %}
      and {{ existing_key }} not in (select {{ existing_key }} from {{ this }})
    {%- endif %}
{%- endmacro -%}
