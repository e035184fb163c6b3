package nl.dictu.tvs.portal.web.view.reviewer;

import java.util.List;
import java.util.Map;

/**
 * The tabs of the reviewer's dossier in the page's order, by the name its {@code tab} parameter gives (a tab's id
 * without "Tab"), and their places in the tab view.
 */
final class DossierTabs {

    private static final List<String> NAMES = List.of("form", "checklist", "checks", "alb", "uuid", "testAccounts",
            "documents", "notes", "audit", "process");

    /** The tab view's client id; PrimeFaces names the tab a content-load request fetches in its {@code _currentTab}. */
    private static final String TAB_VIEW = "dossierForm:tabs";
    private static final String CONTENT_LOAD = TAB_VIEW + "_contentLoad";
    private static final String LOADED_TAB = TAB_VIEW + "_currentTab";

    private DossierTabs() {
    }

    /**
     * The tab a request shows: the one the tab view's content-load request fetches (its panel's client id,
     * {@code dossierForm:tabs:checksTab}), else the open one.
     */
    static String shown(Map<String, String> requestParameters, String open) {
        String loaded = requestParameters.containsKey(CONTENT_LOAD) ? requestParameters.get(LOADED_TAB) : null;
        if (loaded != null) {
            String name = loaded.substring(loaded.lastIndexOf(':') + 1).replaceFirst("Tab$", "");
            if (NAMES.contains(name)) {
                return name;
            }
        }
        return nameAt(indexOf(open));
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
