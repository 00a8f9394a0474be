package cn.tongpin.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of webhooks: signatures, internal addresses, the retry schedule, pinning. */
class WebhookUnitTest {

    @Test
    void shouldSignLikeTheStandardWebhooksExample() {
        // The example of the Standard Webhooks specification and its reference libraries.
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String header = WebhookSigner.signatures(List.of(secret), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", header);
        assertTrue(PublishedVerifier.verifies(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", "{\"test\": 2432232314}", header));
    }

    @Test
    void shouldSignWithEverySecretGiven() {
        String a = WebhookSigner.newSecret();
        String b = WebhookSigner.newSecret();
        String header = WebhookSigner.signatures(List.of(a, b), "id", 1, "{}");
        assertEquals(2, header.split(" ").length);
        assertTrue(PublishedVerifier.verifies(a, "id", "1", "{}", header));
        assertTrue(PublishedVerifier.verifies(b, "id", "1", "{}", header));
        assertFalse(PublishedVerifier.verifies(WebhookSigner.newSecret(), "id", "1", "{}", header));
        assertFalse(PublishedVerifier.verifies(a, "id", "2", "{}", header));
    }

    @Test
    void shouldTellInternalAddresses() throws Exception {
        for (String internal : List.of("127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1",
                "fc00::1", "fd00:ec2::254", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1",
                "ff02::1", "fec0::1")) {
            assertTrue(TargetGuard.internal(InetAddress.getByName(internal)), internal);
        }
        for (String external : List.of("8.8.8.8", "1.1.1.1", "100.128.0.1", "172.32.0.1", "192.169.0.1", "2001:4860:4860::8888",
                "64:ff9b::808:808", "2002:808:808::1")) {
            assertFalse(TargetGuard.internal(InetAddress.getByName(external)), external);
        }
    }

    @Test
    void shouldMatchAllowListRanges() throws Exception {
        TargetGuard.Cidr local = TargetGuard.Cidr.parse("127.0.0.1/32");
        assertTrue(local.contains(InetAddress.getByName("127.0.0.1")));
        assertFalse(local.contains(InetAddress.getByName("127.0.0.2")));
        assertFalse(local.contains(InetAddress.getByName("::1")));
        TargetGuard.Cidr net = TargetGuard.Cidr.parse("10.1.0.0/16");
        assertTrue(net.contains(InetAddress.getByName("10.1.200.3")));
        assertFalse(net.contains(InetAddress.getByName("10.2.0.1")));
        assertThrows(IllegalStateException.class, () -> TargetGuard.Cidr.parse("example.com"));
        assertThrows(IllegalStateException.class, () -> TargetGuard.Cidr.parse("10.0.0.0/33"));
    }

    @Test
    void shouldRefuseUrlsThatAreNotHttpTargets() {
        for (String bad : List.of("ftp://example.com/", "/relative", "http://user:pw@example.com/", "http:///nohost", "file:///etc/passwd",
                "http://example.com/#frag", "gopher://example.com")) {
            assertThrows(TargetGuard.Refused.class, () -> TargetGuard.parse(bad), bad);
        }
    }

    @Test
    void shouldRetryOnTheScheduleThenGiveUp() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)), 0.2);
        for (int i = 0; i < 100; i++) {
            long first = schedule.after(1).orElseThrow().toMillis();
            assertTrue(first >= 4000 && first <= 6000, "jittered within 20 %: " + first);
        }
        assertEquals(Duration.ofMinutes(5), new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)), 0).after(2).orElseThrow());
        assertTrue(schedule.after(3).isEmpty());
    }

    @Test
    void shouldPinPlainHttpToTheCheckedAddress() throws Exception {
        URI pinned = WebhookSender.pinned(URI.create("http://hooks.example.cn:8080/a/b?c=d"), InetAddress.getByName("93.184.216.34")).orElseThrow();
        assertEquals("http://93.184.216.34:8080/a/b?c=d", pinned.toString());
        assertEquals("http://[2001:db8:0:0:0:0:0:1]/", WebhookSender.pinned(URI.create("http://hooks.example.cn"), InetAddress.getByName("2001:db8::1"))
                .orElseThrow().toString());
        assertTrue(WebhookSender.pinned(URI.create("https://hooks.example.cn/"), InetAddress.getByName("93.184.216.34")).isEmpty());
    }
}
