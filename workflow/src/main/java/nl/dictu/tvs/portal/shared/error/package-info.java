/**
 * Shared leaf: the refusals every service throws (access refused, action refused, not found, task already handled), each carrying a bundle key and its arguments for the page or the API to render.
 */
package nl.dictu.tvs.portal.shared.error;
