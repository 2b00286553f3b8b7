-- Hand-written mart with a broken Jinja call: the ref() is never closed.
select count(*) as providers
from {{ ref('h_provider' }}
