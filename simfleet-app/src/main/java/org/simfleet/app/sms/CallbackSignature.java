package org.simfleet.app.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a callback: HMAC-SHA256 (RFC 2104, FIPS 180-4) of the exact body with the organisation's secret,
 * sent as {@code X-Simfleet-Signature: sha256=<hex>}, the scheme GitHub's and Stripe's webhooks use, so receivers
 * can check it with the libraries they have.
 */
final class CallbackSignature {

    static final String HEADER = "X-Simfleet-Signature";

    private CallbackSignature() {}

    static String of(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
