/**
 * One short {@code JavaDelegate} per bean name the connection-request model calls, and the helpers
 * that do their work. Every one is idempotent: a retried job neither checks twice into two results,
 * nor issues a second ServiceUUID, nor queues a mail twice.
 */
package nl.dictu.tvs.portal.runtime.delegate;
