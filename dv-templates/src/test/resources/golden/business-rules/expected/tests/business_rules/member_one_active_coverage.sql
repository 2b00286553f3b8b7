-- Written once by dv-maven-plugin for you to complete; it is yours: never regenerated or checked.
-- From: specs/member.yml

-- TODO: complete business rule "one_active_coverage" of entity member, then delete the enabled=false below.
-- Rule: A member holds at most one active coverage at a time
-- Applies to: h_member
-- A singular test returns the rows that break the rule; no rows means the rule holds.
{{ config(enabled=false, severity='error') }}

select *
from {{ ref('h_member') }}
where false  -- TODO: replace with the condition that identifies a violating row
