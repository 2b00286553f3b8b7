// mvn dv:diagram on the member example: one erDiagram of the whole vault, and a page that renders it offline.
def out = new File(basedir, 'target/dv')
def mmd = new File(out, 'vault.mmd').text
assert mmd.startsWith('erDiagram') || mmd.contains('\nerDiagram') : 'vault.mmd is not an erDiagram'
['h_member', 'h_coverage', 'l_member_coverage',
 's_member_demographics_legacy_facets', 's_member_demographics_gemstone_facets',
 's_member_address_legacy_facets', 's_member_address_gemstone_facets',
 's_coverage_details_legacy_facets', 's_coverage_details_gemstone_facets'].each {
    assert mmd =~ /(?m)^\s*${it} \{/ : "table $it missing from vault.mmd"
}
def html = new File(out, 'vault.html').text
assert html.contains('mermaid.min.js') : 'page does not load the bundled Mermaid'
assert !(html =~ /https?:\/\/[^"']*(cdn|jsdelivr|unpkg)/) : 'page must not load anything from a CDN'
assert new File(out, 'mermaid.min.js').length() > 100_000 : 'Mermaid JavaScript not copied beside the page'
// nothing generated into the dbt project
assert !new File(basedir, 'models').exists()
return true
