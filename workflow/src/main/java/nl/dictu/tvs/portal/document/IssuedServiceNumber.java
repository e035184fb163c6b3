package nl.dictu.tvs.portal.document;

import java.util.Objects;

/** A ServiceUUID (dienstnummer) DICTU issued for one service in one environment. */
public record IssuedServiceNumber(String serviceName, Environment environment, String serviceUuid) {

    public IssuedServiceNumber {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(serviceUuid, "serviceUuid");
    }
}
