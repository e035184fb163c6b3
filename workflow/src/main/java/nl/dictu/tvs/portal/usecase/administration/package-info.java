/** Use case: DICTU's administration: users and roles, one-time passwords, the ALB list, trust anchors, checklist and terms versions, mail templates and the outbox. */
package nl.dictu.tvs.portal.usecase.administration;
