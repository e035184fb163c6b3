/**
 * The connection-request process ({@code bpmn/connection-request.bpmn}): its element ids, variable,
 * message and delegate names ({@link nl.dictu.tvs.portal.process.ConnectionRequestModel}), the rules
 * the engine enforces itself (four eyes, no withdrawal after production approval) and the
 * working-day calendar its escalation timers use; the change-request process on a live connection
 * ({@code bpmn/change-request.bpmn}, {@link nl.dictu.tvs.portal.process.ChangeRequestModel}).
 */
package nl.dictu.tvs.portal.process;
