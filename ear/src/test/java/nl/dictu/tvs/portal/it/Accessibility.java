package nl.dictu.tvs.portal.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on the page the browser shows now, against WCAG 2.0 and 2.1 level A and AA (the
 * portal's bar, issue 7). The script is injected through WebDriver, which the page's CSP does not
 * govern, so the pages need no exception for it.
 */
public final class Accessibility {

    /** The axe tags of WCAG 2.1 A and AA, which include WCAG 2.0 A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Fails with each violation's rule, impact, help text and the selectors of the elements concerned. */
    public static void assertNoViolations(WebDriver browser, String pageName) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getErrorMessage())
                .as("axe-core could not analyse %s (%s)", pageName, browser.getCurrentUrl())
                .isNull();
        assertThat(results.getPasses()).as("axe-core ran its rules on %s", pageName).isNotEmpty();
        assertThat(results.getViolations())
                .as("WCAG 2.1 AA violations on %s (%s):%n%s", pageName, browser.getCurrentUrl(),
                        describe(results.getViolations()))
                .isEmpty();
    }

    static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                        + " [" + rule.getHelpUrl() + "]\n" + targets(rule.getNodes()))
                .collect(Collectors.joining("\n"));
    }

    private static String targets(List<CheckedNode> nodes) {
        return nodes.stream()
                .map(node -> "    at " + node.getTarget() + ": " + firstLine(node.getFailureSummary()))
                .collect(Collectors.joining("\n"));
    }

    private static String firstLine(String summary) {
        if (summary == null) {
            return "";
        }
        String[] lines = summary.strip().split("\n");
        return lines.length > 1 ? lines[1].strip() : lines[0];
    }
}
