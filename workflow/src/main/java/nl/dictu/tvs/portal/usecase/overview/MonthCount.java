package nl.dictu.tvs.portal.usecase.overview;

import java.time.YearMonth;

/** How many applications went live in a month. */
public record MonthCount(YearMonth month, long count) {
}
