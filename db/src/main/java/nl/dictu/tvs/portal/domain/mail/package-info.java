/** The transactional outbox of notification mail: queued with the process step, sent later. */
package nl.dictu.tvs.portal.domain.mail;
