package io.dvmaven.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rulesSuiteHasOneCasePerRulePerModel() throws Exception {
        Document doc = parse(JUnitReport.rules(ReportFixtures.outcome()));

        Element suite = doc.getDocumentElement();
        assertThat(suite.getAttribute("name")).isEqualTo("dv-rules");
        assertThat(suite.getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("2");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        Element failing = (Element) cases.item(1);
        assertThat(failing.getAttribute("classname")).isEqualTo("dv.rules.DV001");
        assertThat(failing.getAttribute("name")).isEqualTo("hub_x");
        Element failure = (Element) failing.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("hub 'hub_x' must start with \"h_\" & <not> hub_");
        assertThat(failure.getTextContent()).isEqualTo("models/integration/hubs/hub_x.sql:1:1: [DV001] hub 'hub_x' must"
                + " start with \"h_\" & <not> hub_ (fix: rename it | move it)");
        assertThat(((Element) cases.item(2)).getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }

    @Test
    void dbtSuiteHasOneCasePerNode() throws Exception {
        String xml = JUnitReport.dbt(ReportFixtures.outcome());
        Document doc = parse(xml);

        assertThat(doc.getDocumentElement().getAttribute("errors")).isEqualTo("1");
        assertThat(doc.getDocumentElement().getAttribute("time")).isEqualTo("1.750");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        Element broken = (Element) cases.item(1);
        assertThat(broken.getAttribute("name")).isEqualTo("model.member.l_member_coverage");
        Element error = (Element) broken.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo("Compilation Error in model l_member_coverage");
        assertThat(error.getTextContent()).isEqualTo("models/integration/links/l_member_coverage.sql: Compilation Error"
                + " in model l_member_coverage\n  'automate_dv' is undefined < & >");
        assertThat(xml).isEqualTo(JUnitReport.dbt(ReportFixtures.outcome()));
    }

    @Test
    void dropsCharactersXmlCannotCarry() throws Exception {
        assertThat(Xml.escape("a\u0001b<")).isEqualTo("a\uFFFDb&lt;");
    }
}
