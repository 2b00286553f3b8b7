{#- SIGNATURE STAND-IN, not AutomateDV: same name and parameters as AutomateDV 0.11.5, trivial body. -#}
{#- Deprecated alias of nh_link; like AutomateDV it warns and skips the required-parameter check. -#}
{%- macro t_link(src_pk, src_fk, src_payload, src_extra_columns, src_eff, src_ldts, src_source, source_model) -%}
    {%- if execute -%}
        {%- do exceptions.warn("automate_dv.t_link is deprecated; use nh_link (signature stand-in)") -%}
    {%- endif -%}
    {{ automate_dv.standin_nh_link_body(src_pk, src_fk, src_payload, src_extra_columns, src_eff, src_ldts, src_source, source_model) }}
{%- endmacro -%}
