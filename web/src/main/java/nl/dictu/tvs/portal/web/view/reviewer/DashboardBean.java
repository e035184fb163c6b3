package nl.dictu.tvs.portal.web.view.reviewer;

import nl.dictu.tvs.portal.shared.i18n.Bundle;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.dictu.tvs.portal.usecase.overview.OverviewQueries;
import nl.dictu.tvs.portal.usecase.overview.Dashboard;
import nl.dictu.tvs.portal.usecase.overview.Phase;
import nl.dictu.tvs.portal.web.i18n.LocaleBean;
import nl.dictu.tvs.portal.web.view.CurrentUserBean;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/** The overview dashboard for reviewers and admins. */
@Named
@RequestScoped
public class DashboardBean {

    @Inject
    private CurrentUserBean currentUser;

    @Inject
    private LocaleBean locale;

    @EJB
    private OverviewQueries overview;

    private Dashboard dashboard;

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = overview.dashboard(currentUser.signedIn());
        }
        return dashboard;
    }

    public List<Phase> getOpenPhases() {
        return List.copyOf(getDashboard().openPerPhase().keySet());
    }

    public String getPhaseChart() {
        return DashboardCharts.openPerPhase(getDashboard(), labels());
    }

    public String getLeadTimeChart() {
        return DashboardCharts.leadTimes(getDashboard(), labels());
    }

    public String getGoLiveChart() {
        return DashboardCharts.goLives(getDashboard(), locale.getLocale());
    }

    private UnaryOperator<String> labels() {
        ResourceBundle bundle = Bundle.of(locale.getLocale());
        return bundle::getString;
    }
}
