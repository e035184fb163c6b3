package nl.dictu.tvs.portal.trust.finding;

/** How much a finding weighs: an ERROR blocks the application, a WARNING needs attention, INFO is shown. */
public enum Severity {
    ERROR, WARNING, INFO
}
