package org.simfleet.app.sms;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name in the claims it makes. A node that restarts under the same name knows that the claims it left
 * were cut short (SmsSweeper turns them UNKNOWN at once); claims of other names wait for the stale timeout.
 */
@Component
class SmsNode {

    private final String id;

    SmsNode(@Value("${simfleet.node-id:}") String configured) {
        this.id = configured.isBlank() ? hostName() : configured;
    }

    String id() {
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "simfleet";
        }
    }
}
