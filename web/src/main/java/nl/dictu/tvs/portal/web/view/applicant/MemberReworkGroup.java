package nl.dictu.tvs.portal.web.view.applicant;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One served organisation of a cluster application in the rework form: its rejected own answers, to answer anew. */
public class MemberReworkGroup implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String oin;
    private final String name;
    private final ArrayList<ReworkRow> rows;

    MemberReworkGroup(String oin, String name, List<ReworkRow> rows) {
        this.oin = oin;
        this.name = name;
        this.rows = new ArrayList<>(rows);
    }

    public String getOin() {
        return oin;
    }

    public String getName() {
        return name;
    }

    public List<ReworkRow> getRows() {
        return rows;
    }
}
