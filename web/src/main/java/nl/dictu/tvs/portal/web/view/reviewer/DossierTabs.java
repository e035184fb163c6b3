package nl.dictu.tvs.portal.web.view.reviewer;

import java.util.List;

/**
 * The tabs of the reviewer's dossier in the page's order, by the name its {@code tab} parameter gives (a tab's id
 * without "Tab"), and their places in the tab view.
 */
final class DossierTabs {

    private static final List<String> NAMES = List.of("form", "checklist", "checks", "alb", "uuid", "testAccounts",
            "documents", "notes", "audit", "process");

    private DossierTabs() {
    }

    /** The named tab's place; the first (the form) for no name or an unknown one. */
    static int indexOf(String name) {
        return Math.max(0, NAMES.indexOf(name == null ? "" : name));
    }

    /** The name of the tab at the place, or null for a place that has none. */
    static String nameAt(int index) {
        return index >= 0 && index < NAMES.size() ? NAMES.get(index) : null;
    }
}
