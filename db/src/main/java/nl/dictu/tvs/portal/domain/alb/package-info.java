/**
 * The ALB list as the portal keeps it: the entries of the last accepted import ({@link
 * nl.dictu.tvs.portal.domain.alb.AlbListEntry}), the record of every import (who, when, which file by its
 * SHA-256, how many lines) and the repository that replaces the list in one transaction.
 */
package nl.dictu.tvs.portal.domain.alb;
