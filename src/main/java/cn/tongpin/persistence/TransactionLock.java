package cn.tongpin.persistence;

import jakarta.persistence.EntityManager;

/**
 * A PostgreSQL advisory lock held until the transaction ends: the second of two concurrent
 * transactions that take the same name waits here for the first to commit or roll back, then sees
 * what the first wrote.
 */
public final class TransactionLock {

    private TransactionLock() {
    }

    /** Takes the lock named {@code name} in the transaction of {@code em}, waiting while another transaction holds it. */
    public static void take(EntityManager em, String name) {
        // pg_advisory_xact_lock returns void, which no result type reads: select a constant beside it.
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(:name, 0))) l")
                .setParameter("name", name).getSingleResult();
    }
}
