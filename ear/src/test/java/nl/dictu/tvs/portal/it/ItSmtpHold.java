package nl.dictu.tvs.portal.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node's way to the tests' SMTP server (GreenMail), through the test: a TCP relay that, while
 * holding, accepts the node's connection and says nothing (no greeting), so the node's mail sender
 * waits after it claimed its mails and before any of them reaches the SMTP server. A test kills the
 * node there ({@link #waiting}); nothing of the product knows of this.
 */
final class ItSmtpHold implements AutoCloseable {

    private final ServerSocket listener;
    private final int smtpPort;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile boolean holding;

    private ItSmtpHold(int smtpPort) throws IOException {
        this.smtpPort = smtpPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "smtp-hold-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A relay to the SMTP server that {@link ItMail#serverEnvironment()} names. */
    static ItSmtpHold toGreenMail() throws IOException {
        return new ItSmtpHold(Integer.parseInt(ItMail.serverEnvironment().get("TVS_SMTP_PORT")));
    }

    /** The node's SMTP settings: through this relay. */
    Map<String, String> serverEnvironment() {
        return Map.of("TVS_SMTP_HOST", "127.0.0.1", "TVS_SMTP_PORT", String.valueOf(listener.getLocalPort()));
    }

    void hold(boolean on) {
        holding = on;
    }

    /** How many of the node's SMTP connections wait for the hold to end. */
    int waiting() {
        return waiting.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket node = listener.accept();
                Thread relay = new Thread(() -> relay(node), "smtp-relay");
                relay.setDaemon(true);
                relay.start();
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void relay(Socket node) {
        try (node) {
            if (holding) {
                waiting.incrementAndGet();
                try {
                    while (holding) {
                        Thread.sleep(100);
                    }
                } finally {
                    waiting.decrementAndGet();
                }
            }
            try (Socket smtp = new Socket(InetAddress.getLoopbackAddress(), smtpPort)) {
                Thread up = new Thread(() -> pump(node, smtp), "smtp-relay-up");
                up.setDaemon(true);
                up.start();
                pump(smtp, node);
                up.join();
            }
        } catch (IOException | InterruptedException e) {
            // the node died or the SMTP server closed: the connection ends, as it would without the relay
        }
    }

    private static void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            to.shutdownOutput();
        } catch (IOException e) {
            // one side closed
        }
    }

    @Override
    public void close() {
        holding = false;
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
