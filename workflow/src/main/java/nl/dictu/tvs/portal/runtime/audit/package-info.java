/**
 * The audit of what the connection-request process does by itself: a process engine plugin adds
 * execution listeners while the model is parsed, so timers that fire, queued notifications and
 * status changes at the end events and the live phase write audit events as actor {@code system},
 * with the BPMN element id. Service tasks with domain effects (checks, ServiceUUIDs, registrations)
 * record their own before/after in the helpers that make the change.
 */
package nl.dictu.tvs.portal.runtime.audit;
