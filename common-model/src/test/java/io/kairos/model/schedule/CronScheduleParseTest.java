package io.kairos.model.schedule;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleParseTest {

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            61 * * * *      | minute must be between 0 and 59
            * 24 * * *      | hour must be between 0 and 23
            * * 0 * *       | day-of-month must be between 1 and 31
            * * * 13 *      | month must be between 1 and 12
            * * * * 8       | day-of-week must be between 0 and 7
            60 * * * * *    | second must be between 0 and 59
            * * *           | expected 5 fields (minute hour day-of-month month day-of-week), 6 with seconds, or a macro such as @daily; got 3
            * * * * * * *   | expected 5 fields (minute hour day-of-month month day-of-week), 6 with seconds, or a macro such as @daily; got 7
            @often          | unknown macro @often; use @hourly, @daily, @midnight, @weekly, @monthly, @yearly or @annually
            5-1 * * * *     | minute range 5-1 must go from low to high
            */0 * * * *     | minute step must be between 1 and 59
            a * * * *       | minute "a" is not a number, name, range (1-5), list (1,3) or step (*/5)
            0 0 L * *       | day-of-month "L" is not a number, name, range (1-5), list (1,3) or step (*/5)
            0 0 30 2 *      | never fires: no calendar date matches its day-of-month and month
            """)
    void refusesWithAMessageNamingTheField(String expression, String message) {
        assertThatThrownBy(() -> CronSchedule.parse(expression, ZoneOffset.UTC))
                .isInstanceOf(ScheduleException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "\"{0}\" is refused as empty")
    @CsvSource({"''", "'   '"})
    void refusesAnEmptyExpression(String expression) {
        assertThatThrownBy(() -> CronSchedule.parse(expression, ZoneOffset.UTC))
                .isInstanceOf(ScheduleException.class)
                .hasMessage("is empty; expected a cron expression such as \"0 * * * *\" or @daily");
    }
}
