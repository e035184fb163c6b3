package nl.dictu.tvs.portal.usecase.application;

import nl.dictu.tvs.portal.domain.application.ChecklistAnswerChoice;

import java.time.Instant;

/**
 * One item of an application's checklist: the statement, the applicant's answer, and the newest
 * verdict, if any.
 *
 * @param evidence          the evidence file, or null
 * @param verdictAccepted   null until the item was assessed
 * @param toRework          rejected in the latest round: the applicant answers it anew
 * @param underAssessment   answered and not accepted yet: the next assessment judges it
 */
public record ChecklistLine(ChecklistItemView item, ChecklistAnswerChoice answer, String explanation,
                            UploadedFile evidence, Boolean verdictAccepted, String verdictComment,
                            String assessedBy, Instant assessedAt, int round,
                            boolean toRework, boolean underAssessment) {
}
