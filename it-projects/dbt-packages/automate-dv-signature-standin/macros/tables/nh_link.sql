{#- SIGNATURE STAND-IN, not AutomateDV: same name and parameters as AutomateDV 0.11.5, trivial body. -#}
{%- macro nh_link(src_pk, src_fk, src_payload, src_extra_columns, src_eff, src_ldts, src_source, source_model) -%}
    {{- automate_dv.standin_require('nh_link', {'src_pk': src_pk, 'src_fk': src_fk, 'src_eff': src_eff,
                                                'src_ldts': src_ldts, 'src_source': src_source,
                                                'source_model': source_model}) -}}
    {{ automate_dv.standin_nh_link_body(src_pk, src_fk, src_payload, src_extra_columns, src_eff, src_ldts, src_source, source_model) }}
{%- endmacro -%}

{%- macro standin_nh_link_body(src_pk, src_fk, src_payload, src_extra_columns, src_eff, src_ldts, src_source, source_model) -%}
    {%- set columns = automate_dv.standin_select_list([src_pk, src_fk, src_payload, src_extra_columns, src_eff,
                                                       src_ldts, src_source]) -%}
    {{ automate_dv.standin_first_per_key(columns, automate_dv.standin_columns(src_pk), source_model, src_ldts,
                                         existing_key=src_pk) }}
{%- endmacro -%}
