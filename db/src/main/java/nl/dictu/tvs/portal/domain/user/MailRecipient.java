package nl.dictu.tvs.portal.domain.user;

/** Where a mail goes and in which language it is written: the account's e-mail and preferred language ("nl"/"en"). */
public record MailRecipient(String email, String language) {
}
