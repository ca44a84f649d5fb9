package org.supervisorj.server.config.value;

import java.math.BigInteger;
import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.text.PyRepr;

/** Supervisor's inet_address: "port", "host:port", ":port" or "*:port"; host "" means all interfaces. */
public record InetPort(String host, int port) {

    public static InetPort parse(String s) throws InvalidValueException {
        String host = "";
        int port;
        int colon = s.lastIndexOf(':');
        if (colon >= 0) {
            host = s.substring(0, colon);
            String p = s.substring(colon + 1);
            if (p.isEmpty()) {
                throw new InvalidValueException("no port number specified in ''");
            }
            port = portNumber(p);
            host = PyText.lower(host);
        } else {
            try {
                port = portNumber(s);
            } catch (InvalidValueException e) {
                throw new InvalidValueException("not a valid port number: " + PyRepr.of(s) + " ");
            }
        }
        if (host.equals("*")) {
            host = "";
        }
        return new InetPort(host, port);
    }

    /** port_number: int() then the range 1-65535, with Python's messages. */
    public static int portNumber(String s) throws InvalidValueException {
        BigInteger v = PyInt.tryParse(s);
        if (v == null) {
            throw new InvalidValueException("invalid literal for int() with base 10: " + PyRepr.of(s));
        }
        if (v.compareTo(BigInteger.ONE) < 0) {
            throw new InvalidValueException(v + " is below lower bound (1)");
        }
        if (v.compareTo(BigInteger.valueOf(65535)) > 0) {
            throw new InvalidValueException(v + " is above upper bound (65535)");
        }
        return v.intValue();
    }
}
