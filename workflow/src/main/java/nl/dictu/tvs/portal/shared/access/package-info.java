/**
 * Shared leaf: who is signed in and what they may see or do (organisation membership, reviewer and admin roles).
 */
package nl.dictu.tvs.portal.shared.access;
