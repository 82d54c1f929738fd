package io.lakejob.sdk.model.connection;

/**
 * A user-defined host entry of a connection: a host name and its IPv4 address (reference 12.1
 * table 12-3, 12.3 table 12-15, 12.7 table 12-34). Requests that carry hosts validate them
 * (see {@link CreateConnectionRequest}); entries read from the service are kept as sent.
 *
 * @param name the host name: up to 128 letters, digits, '_', '-' and '.', starting with a letter;
 *     or {@code null}
 * @param ip the host's IPv4 address in dotted-quad form, or {@code null}
 */
public record Host(String name, String ip) {
    /**
     * A host entry.
     *
     * @param name the host name
     * @param ip the IPv4 address
     * @return the entry
     */
    public static Host of(String name, String ip) {
        return new Host(name, ip);
    }
}
