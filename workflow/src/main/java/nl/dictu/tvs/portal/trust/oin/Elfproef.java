package nl.dictu.tvs.portal.trust.oin;

/** The modulus-11 check of a 9-digit RSIN (same weights as the BSN: 9..2 and -1 for the last digit). */
public final class Elfproef {

    private Elfproef() {
    }

    public static boolean passes(String nineDigits) {
        if (nineDigits.length() != 9 || !nineDigits.chars().allMatch(Character::isDigit)
                || nineDigits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }
}
