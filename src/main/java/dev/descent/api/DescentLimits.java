package dev.descent.api;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every limit the service enforces, in one place. A request over a limit is refused
 * before any work starts, with a problem response that names the limit; a run that
 * reaches the deadline returns its best point so far.
 *
 * @param expressionLength the most characters of an expression
 * @param identifierLength the most characters of a variable or parameter name
 * @param variables the most variables of an expression
 * @param steps the most steps of one descent
 * @param points the most points of one {@code /evaluate} request
 * @param evaluationWork the most work of one {@code /evaluate} request, counted as points
 * times function evaluations per point times instructions of the compiled expression
 * @param trajectoryPoints the most trajectory points one response returns
 * @param starts the most starts of one multi-start request
 * @param startSteps the most starts times steps of one multi-start request
 * @param dataRows the most rows of one fit
 * @param epochRows the most epochs times rows of one fit
 * @param requestBodySize the largest request body accepted
 * @param deadline the longest one request may compute; a client may ask for less
 * @param concurrentOptimizations the most optimizations running at once; more are
 * answered 503 at once
 */
@ConfigurationProperties("descent.limits")
@Validated
public record DescentLimits(@DefaultValue("10000") @Positive int expressionLength,
		@DefaultValue("64") @Positive int identifierLength, @DefaultValue("1000") @Positive int variables,
		@DefaultValue("1000000") @Positive int steps, @DefaultValue("10000") @Positive int points,
		@DefaultValue("200000000") @Positive long evaluationWork, @DefaultValue("10000") @Positive int trajectoryPoints,
		@DefaultValue("10000") @Positive int starts, @DefaultValue("10000000") @Positive long startSteps,
		@DefaultValue("1000000") @Positive int dataRows, @DefaultValue("100000000") @Positive long epochRows,
		@DefaultValue("16MB") DataSize requestBodySize, @DefaultValue("10s") Duration deadline,
		@DefaultValue("8") @Positive int concurrentOptimizations) {

}
