package nl.dictu.tvs.portal.runtime.health;

/**
 * One component's state.
 *
 * @param name   stable component name ({@code database}, {@code processEngine}, {@code jobExecutor})
 * @param up     whether it works
 * @param detail a short explanation, never a stack trace
 */
public record HealthCheck(String name, boolean up, String detail) {
}
