package dev.descent.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A number that must be finite. JSON has no NaN or infinity, but a literal such as
 * {@code 1e999} parses to infinity. {@code null} is valid: combine with {@code @NotNull}
 * where a value is required.
 */
@Documented
@Constraint(validatedBy = Finite.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT,
		ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface Finite {

	String message() default "must be a finite number";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks {@link Double} values. */
	class Validator implements ConstraintValidator<Finite, Double> {

		@Override
		public boolean isValid(Double value, ConstraintValidatorContext context) {
			return value == null || Double.isFinite(value);
		}

	}

}
