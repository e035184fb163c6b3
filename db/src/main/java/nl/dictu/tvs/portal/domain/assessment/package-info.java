/**
 * The ICT security assessments of live DigiD connections, one per connection and report window, the route
 * and auditor the applicant gave, the reviewer's outcome, and the notices the daily assessment watch recorded.
 */
package nl.dictu.tvs.portal.domain.assessment;
