package nl.dictu.tvs.portal.usecase.apiaccess;

import java.time.Instant;

/** The client assertion ids seen, until their assertions expire: each is accepted once. */
public interface JtiRegister {

    /** Records the id; false when this client used it before. */
    boolean firstUse(String clientId, String jti, Instant expiresAt);
}
