// With -Ddv.overwrite=true the hand-edited file is regenerated, with a warning naming it.
def log = new File(basedir, 'build.log').text
def hub = new File(basedir, 'models/integration/hubs/h_provider.sql').text

assert !hub.contains('edited_by_hand')
assert hub.contains("{{ config(materialized='incremental', incremental_strategy='append', on_schema_change='append_new_columns') }}")
assert log.contains('[WARNING] Replaced 1 hand-edited or foreign file(s) (dv.overwrite=true): models/integration/hubs/h_provider.sql')
assert log =~ /\[INFO\] (\d+) files for 1 entity: \1 written, 0 unchanged, 0 removed/
assert new File(basedir, 'target/dv/generation-report.json').text.contains('"result": "overwritten"')
assert log.contains('BUILD SUCCESS')
return true
