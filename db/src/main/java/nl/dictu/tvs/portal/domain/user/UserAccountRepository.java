package nl.dictu.tvs.portal.domain.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Accounts by user name. Runs inside the caller's transaction. */
@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = "tvs")
    private EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", UserAccount.normalise(username))
                .getResultStream()
                .findFirst();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    public UserAccount save(UserAccount account) {
        if (account.getId() == null) {
            em.persist(account);
            return account;
        }
        return em.merge(account);
    }
}
