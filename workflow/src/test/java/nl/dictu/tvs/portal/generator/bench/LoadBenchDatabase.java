package nl.dictu.tvs.portal.generator.bench;

import nl.dictu.tvs.portal.domain.user.PasswordHash;
import nl.dictu.tvs.portal.generator.GenerationReport;
import nl.dictu.tvs.portal.generator.TestBedGenerator;
import nl.dictu.tvs.portal.process.ConnectionRequestModel;
import nl.dictu.tvs.portal.testbed.ServiceTestBed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * The database the HTTP load benchmark ({@code ear}, profile {@code load-bench}) starts the portal
 * on: N generated applications in an H2 file, generated once and copied for every run, plus the
 * accounts the benchmark signs in with. The test bed's reviewers {@code rev1}/{@code rev2} get the
 * password {@value #PASSWORD}, every open reviewer task gets the due date the server's listener
 * would give it, about one in 36 is claimed by {@code rev1} (the view "mine"), timers the generated history left
 * overdue fire within the next 30 days instead (a running server would have fired them), and one applicant account
 * {@code bench-applicant-<i>} is made for each of the first
 * {@value #APPLICANTS} generated organisations. The file's user is {@code sa}/{@code sa}, what the
 * server's datasource uses by default.
 *
 * <p>Run: {@code MAVEN_OPTS=-Xmx6g ./mvnw -q -pl workflow -am test-compile exec:java@load-bench-database
 * -Dexec.args="100000"}; writes {@code target/load-bench/h2-<N>/tvs.mv.db} under the repository root. With a second
 * argument {@code postgresql} it also copies that file (generated first where missing) into the PostgreSQL database
 * {@code tvs_bench_<N>} of the local cluster ({@link PostgresqlCopy}), which the benchmark copies for every run.
 */
public final class LoadBenchDatabase {

    public static final String PASSWORD = "tvs-bench";
    public static final int APPLICANTS = 200;
    public static final int REVIEWERS = 200;

    private LoadBenchDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean postgresql = args.length > 1 && "postgresql".equalsIgnoreCase(args[1]);
        Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "."));
        Path dir = root.resolve("target/load-bench/h2-" + count);
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("tvs") + ";DB_CLOSE_ON_EXIT=FALSE";
        if (!Files.exists(dir.resolve("tvs.mv.db"))) {
            generate(count, dir, url);
        } else if (!postgresql) {
            throw new IllegalStateException(dir.resolve("tvs.mv.db") + " exists already; delete it to generate again");
        }
        if (postgresql) {
            String database = postgresqlDatabase(count);
            ensurePostgresqlDatabase(root, database);
            new PostgresqlCopy(url, "jdbc:postgresql://127.0.0.1:5432/" + database, "tvs_it", "tvs_it").copy();
            System.out.println("PostgreSQL database for the load benchmark: " + database);
        }
    }

    /** The PostgreSQL database (on the local cluster, owned by tvs_it) holding the copy of N applications. */
    public static String postgresqlDatabase(int count) {
        return "tvs_bench_" + count;
    }

    private static void generate(int count, Path dir, String url) throws Exception {
        Files.createDirectories(dir);
        ServiceTestBed bed = ServiceTestBed.oneDatabase(url);
        try {
            GenerationReport report = TestBedGenerator.generator(bed, 7).generate(count);
            System.out.println(report.summary());
            try (Connection c = bed.dataSource.getConnection()) {
                prepareAccounts(c);
            }
        } finally {
            bed.close();
        }
        // writing leaves the file several times its content; the copy every run starts from is small
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "sa"); Statement s = c.createStatement()) {
            s.execute("shutdown compact");
        }
        System.out.println("Database for the load benchmark: " + dir.resolve("tvs.mv.db"));
    }

    /** Debian's cluster, started where it is down, with the database made where it is missing: the ITs' own script. */
    private static void ensurePostgresqlDatabase(Path root, String database) throws Exception {
        Path script = root.resolve("ear/src/test/scripts/ensure-postgres.sh");
        Process process = new ProcessBuilder("bash", script.toString(), database).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(script + " " + database + " failed");
        }
    }

    private static void prepareAccounts(Connection c) throws SQLException {
        String hash = PasswordHash.hash(PASSWORD.toCharArray());
        try (PreparedStatement reviewers = c.prepareStatement("""
                insert into user_account (username, display_name, email, password_hash, created_at)
                select 'bench-reviewer-' || x, 'Bench reviewer ' || x, 'bench-reviewer-' || x || '@bench.example', ?, ?
                  from system_range(1, ?)""")) {
            reviewers.setString(1, hash);
            reviewers.setObject(2, OffsetDateTime.now());
            reviewers.setInt(3, REVIEWERS);
            reviewers.executeUpdate();
        }
        try (PreparedStatement applicant = c.prepareStatement("""
                insert into user_account (username, display_name, email, password_hash, organisation_id, created_at)
                select 'bench-applicant-' || r.n, 'Bench applicant ' || r.n, 'bench-applicant-' || r.n || '@bench.example', ?,
                       r.id, ? from (select id, row_number() over (order by id) n from organisation
                                     where exists (select 1 from application a where a.organisation_id = organisation.id)) r
                where r.n <= ?""");
             Statement statement = c.createStatement()) {
            applicant.setString(1, hash);
            applicant.setObject(2, OffsetDateTime.now());
            applicant.setInt(3, APPLICANTS);
            applicant.executeUpdate();
            statement.executeUpdate("insert into user_role (user_id, role) select id, 'APPLICANT' from user_account "
                    + "where username like 'bench-applicant-%'");
            statement.executeUpdate("insert into user_role (user_id, role) select id, 'REVIEWER' from user_account "
                    + "where username like 'bench-reviewer-%'");
            String reviewerTasks = "TASK_DEF_KEY_ in (" + String.join(", ",
                    ConnectionRequestModel.REVIEWER_TASKS.stream().map(k -> "'" + k + "'").toList()) + ")";
            // the server's due-date listener is not on the test bed's engine: five working days, about a week
            statement.executeUpdate("update ACT_RU_TASK set DUE_DATE_ = CREATE_TIME_ + INTERVAL '7' DAY where "
                    + reviewerTasks + " and DUE_DATE_ is null");
            // a generated task id is <batch>-<clone>-<row>: the tasks of clones numbered ...7, spread over
            // 50 reviewers by the two characters before the 7
            statement.executeUpdate("update ACT_RU_TASK set ASSIGNEE_ = 'bench-reviewer-' || (1 + mod("
                    + "ascii(substring(ID_ from position('7-' in ID_) - 1 for 1)) * 7"
                    + " + ascii(substring(ID_ from position('7-' in ID_) - 2 for 1)), 50))"
                    + " where " + reviewerTasks + " and ID_ like '%7-%'");
            // a running server fires its timers when due; the generator leaves those of its past due, and a server
            // started on them would fire thousands at once while the benchmark runs: they fire later instead
            statement.executeUpdate("update ACT_RU_JOB set DUEDATE_ = dateadd(minute, cast(rand() * 43200 as int) + 60,"
                    + " localtimestamp) where TYPE_ = 'timer' and DUEDATE_ < localtimestamp");
            statement.executeUpdate("alter user sa set password 'sa'");
        }
    }
}
