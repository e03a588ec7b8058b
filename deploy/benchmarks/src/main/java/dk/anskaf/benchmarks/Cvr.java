package dk.anskaf.benchmarks;

import java.util.random.RandomGenerator;

/** Valid CVR numbers (8 digits, weights 2 7 6 5 4 3 2 1, sum divisible by 11), as the service checks them. */
final class Cvr {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    private Cvr() {}

    static String random(RandomGenerator random) {
        while (true) {
            int[] digits = new int[8];
            int sum = 0;
            digits[0] = 1 + random.nextInt(9);
            for (int i = 1; i < 7; i++) {
                digits[i] = random.nextInt(10);
            }
            for (int i = 0; i < 7; i++) {
                sum += digits[i] * WEIGHTS[i];
            }
            int last = (11 - sum % 11) % 11;
            if (last == 10) {
                continue;
            }
            digits[7] = last;
            StringBuilder cvr = new StringBuilder();
            for (int digit : digits) {
                cvr.append(digit);
            }
            return cvr.toString();
        }
    }
}
