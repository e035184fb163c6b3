/** Notification mail: queued in the outbox by the process, rendered from the bundle and sent by a timer. */
package nl.dictu.tvs.portal.usecase.notification;
