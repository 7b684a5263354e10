package dev.descent.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

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
public record DescentLimits(@DefaultValue("10000") int expressionLength, @DefaultValue("64") int identifierLength,
		@DefaultValue("1000") int variables, @DefaultValue("1000000") int steps, @DefaultValue("10000") int points,
		@DefaultValue("10000") int trajectoryPoints, @DefaultValue("10000") int starts,
		@DefaultValue("10000000") long startSteps, @DefaultValue("1000000") int dataRows,
		@DefaultValue("100000000") long epochRows, @DefaultValue("16MB") DataSize requestBodySize,
		@DefaultValue("10s") Duration deadline, @DefaultValue("8") int concurrentOptimizations) {

}
