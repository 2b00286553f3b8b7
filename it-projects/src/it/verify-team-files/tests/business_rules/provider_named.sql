-- Completed by the team: the rule is written and enabled, so it is no longer to do.
{{ config(severity='error') }}

select *
from {{ ref('s_provider_profile_provider_registry') }}
where provider_name is null
