package dev.warden.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A time a client sends, within what Warden accepts: instants from 1970-01-01T00:00:00Z to the end of year 9999,
 * dates from 0001-01-01 to 9999-12-31 (null is allowed). Java reads instants up to the year 1,000,000,000 and
 * PostgreSQL stores timestamps only to the year 294276: a value past that would fail the commit, not the request.
 */
@Documented
@Constraint(validatedBy = { TimeRange.ForInstant.class, TimeRange.ForDate.class })
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface TimeRange {
    Instant EARLIEST_INSTANT = Instant.EPOCH;
    Instant LATEST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");
    LocalDate EARLIEST_DATE = LocalDate.of(1, 1, 1);
    LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    String message() default "must be from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z (dates: 0001-01-01 to 9999-12-31)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class ForInstant implements ConstraintValidator<TimeRange, Instant> {
        /** The check for an instant outside a request body (query parameters): the reason, or null if acceptable. */
        public static String problem(Instant value) {
            return value == null || (!value.isBefore(EARLIEST_INSTANT) && !value.isAfter(LATEST_INSTANT)) ? null
                    : "must be from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z";
        }

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            String problem = problem(value);
            if (problem == null) return true;
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }

    class ForDate implements ConstraintValidator<TimeRange, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null || (!value.isBefore(EARLIEST_DATE) && !value.isAfter(LATEST_DATE))) return true;
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be from 0001-01-01 to 9999-12-31").addConstraintViolation();
            return false;
        }
    }
}
