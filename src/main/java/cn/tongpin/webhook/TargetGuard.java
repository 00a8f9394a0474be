package cn.tongpin.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps webhooks from reaching inside the network (SSRF): a target must be http(s) and every
 * address its host resolves to must be public: not loopback, private, link-local (the cloud
 * metadata address 169.254.169.254 among them), unspecified, multicast, carrier-grade NAT
 * (100.64/10), unique-local IPv6 (fc00::/7) or an IPv6 form of such an IPv4 address, unless an
 * operator allow-listed it ({@code tongpin.webhooks.allowed-targets}). Checked when a subscription
 * is saved and again before every request, since DNS may answer differently later (rebinding).
 */
@ApplicationScoped
public class TargetGuard {

    /** Names of cloud metadata services, refused whatever they resolve to. */
    private static final Set<String> METADATA_NAMES = Set.of("metadata", "metadata.google.internal", "metadata.goog",
            "instance-data", "instance-data.ec2.internal", "metadata.azure.com", "metadata.tencentyun.com",
            "metadata.aliyun.com");

    @Inject
    WebhookConfig config;

    private volatile List<Cidr> allowed;

    /** Why a target is refused. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The URL, when it may be a target at all (scheme, host, no credentials); its addresses are checked by {@link #resolve}. */
    public static URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new Refused("must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment");
        }
        return uri;
    }

    /**
     * The addresses the URL's host resolves to, all of them permitted; the first is the one to connect to.
     *
     * @throws Refused when the host does not resolve or one of its addresses is internal and not allow-listed
     */
    public List<InetAddress> resolve(URI uri) throws Refused {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String name = host.toLowerCase(Locale.ROOT);
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (METADATA_NAMES.contains(name)) {
            throw new Refused("names a cloud metadata service");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | RuntimeException e) {
            throw new Refused("host '" + (host.length() > 100 ? host.substring(0, 100) + "…" : host) + "' does not resolve");
        }
        for (InetAddress address : addresses) {
            if (internal(address) && !allowListed(address)) {
                throw new Refused("resolves to " + address.getHostAddress()
                        + ", an internal address (loopback, private, link-local or metadata); an operator may allow it"
                        + " with tongpin.webhooks.allowed-targets");
            }
        }
        return List.of(addresses);
    }

    private boolean allowListed(InetAddress address) {
        for (Cidr cidr : allowed()) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private List<Cidr> allowed() {
        List<Cidr> list = allowed;
        if (list == null) {
            List<Cidr> parsed = new ArrayList<>();
            config.allowedTargets().orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(s -> parsed.add(Cidr.parse(s)));
            allowed = list = List.copyOf(parsed);
        }
        return list;
    }

    /** Whether an address is one a webhook must not reach unless allowed. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return internalV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                return internalV4(new byte[] { b[2], b[3], b[4], b[5] }); // 6to4 2002::/16 embeds an IPv4 address
            }
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                zeroPrefix &= b[i] == 0;
            }
            boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
            boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            if (mapped || compatible || nat64) {
                return internalV4(new byte[] { b[12], b[13], b[14], b[15] });
            }
        }
        return false;
    }

    private static boolean internalV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        return a0 == 0 // "this network"
                || a0 == 10 || a0 == 127
                || (a0 == 100 && (a1 & 0xc0) == 64) // carrier-grade NAT 100.64/10
                || (a0 == 169 && a1 == 254) // link-local, cloud metadata
                || (a0 == 172 && (a1 & 0xf0) == 16)
                || (a0 == 192 && a1 == 168)
                || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (a0 == 198 && (a1 & 0xfe) == 18) // benchmarking 198.18/15
                || a0 >= 224; // multicast, reserved, broadcast
    }

    /** An address range in CIDR notation (a single address without a length). */
    record Cidr(byte[] network, int bits) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes;
            try {
                if (!address.matches("[0-9a-fA-F:.]+")) {
                    throw new IllegalArgumentException();
                }
                bytes = InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException | IllegalArgumentException e) {
                throw new IllegalStateException("tongpin.webhooks.allowed-targets: '" + text + "' is not an address or CIDR range");
            }
            int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalStateException("tongpin.webhooks.allowed-targets: '" + text + "' has a bad prefix length");
            }
            return new Cidr(bytes, bits);
        }

        boolean contains(InetAddress address) {
            byte[] b = address.getAddress();
            if (b.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((b[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
