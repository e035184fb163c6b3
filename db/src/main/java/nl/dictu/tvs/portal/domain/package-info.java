/**
 * The portal's domain model: one sub-package per aggregate, each holding the entity, its value
 * objects, its repository and its exceptions. Entities guard their own invariants.
 */
package nl.dictu.tvs.portal.domain;
