package io.kairos.infra.service;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's host name, for metrics' instance tag and what peers call this process. */
public final class LocalHost {

    private LocalHost() {
    }

    public static String name() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
