package nl.dictu.tvs.portal.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address a request came from. Behind a proxy the connection comes from the proxy, which names
 * the client in {@code X-Forwarded-For}; that header is believed only when the connection comes
 * from one of the proxies in {@code TVS_TRUSTED_PROXIES} (addresses or CIDR ranges, comma
 * separated), since anyone else can write anything in it. The client is then the rightmost address
 * that is not itself a trusted proxy.
 */
final class ClientAddress {

    private final List<Range> trustedProxies;

    ClientAddress(String trustedProxies) {
        this.trustedProxies = trustedProxies == null ? List.of()
                : Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Range::parse).toList();
    }

    String of(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    private boolean isTrusted(String address) {
        Optional<byte[]> bytes = Range.bytesOf(address);
        return bytes.isPresent() && trustedProxies.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    /** An address ({@code 10.0.0.5}) or a CIDR range ({@code 10.0.0.0/8}, {@code fd00::/8}). */
    private record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            byte[] network = bytesOf(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "TVS_TRUSTED_PROXIES: \"" + text + "\" is not an IP address or CIDR range such as 10.0.0.0/8"));
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("TVS_TRUSTED_PROXIES: the prefix of \"" + text + "\" is out of range");
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** Only literal addresses: a name is never looked up. */
        static Optional<byte[]> bytesOf(String address) {
            if (address == null || address.isEmpty() || !address.chars().allMatch(c -> Character.digit(c, 16) >= 0
                    || c == '.' || c == ':')) {
                return Optional.empty();
            }
            try {
                return Optional.of(InetAddress.getByName(address).getAddress());
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
    }
}
