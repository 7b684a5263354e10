package dev.descent.api;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import dev.descent.expression.InvalidExpressionException;
import dev.descent.expression.InvalidVariableException;
import dev.descent.optimization.fitting.InvalidDataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where failures become RFC 9457 problem responses. Every problem has a
 * stable {@code type}, a {@code title}, a {@code detail} a person can act on and, where
 * one is at fault, the {@code field} (a JSON path into the request) or the
 * {@code position} in the expression. Nothing internal, such as a stack trace or an
 * exception class, is ever echoed.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InvalidExpressionException.class)
	ResponseEntity<Object> invalidExpression(InvalidExpressionException ex) {
		ProblemDetail problem = problem(ProblemType.INVALID_EXPRESSION, ex.getMessage(), "expression");
		problem.setProperty("position", ex.getPosition());
		if (ex.getName() != null) {
			problem.setProperty("name", ex.getName());
		}
		return respond(problem);
	}

	@ExceptionHandler(InvalidModelException.class)
	ResponseEntity<Object> invalidModel(InvalidModelException ex) {
		ProblemDetail problem = problem(ProblemType.INVALID_EXPRESSION, ex.getMessage(), "model");
		problem.setProperty("position", ex.getPosition());
		if (ex.getName() != null) {
			problem.setProperty("name", ex.getName());
		}
		return respond(problem);
	}

	/**
	 * Data problems name the column and the row (from 1) rather than a field, since CSV
	 * data have no field.
	 */
	@ExceptionHandler(InvalidDataException.class)
	ResponseEntity<Object> invalidData(InvalidDataException ex) {
		ProblemDetail problem = problem(ProblemType.INVALID_DATA, ex.getMessage(), null);
		if (ex.getColumn() != null) {
			problem.setProperty("column", ex.getColumn());
		}
		if (ex.getRow() > 0) {
			problem.setProperty("row", ex.getRow());
		}
		return respond(problem);
	}

	@ExceptionHandler(BodyTooLargeException.class)
	ResponseEntity<Object> bodyTooLarge(BodyTooLargeException ex) {
		ProblemDetail problem = problem(ProblemType.BODY_TOO_LARGE, ex.getMessage(), null);
		problem.setProperty("limit", "descent.limits.request-body-size");
		problem.setProperty("maximum", ex.getMaximum());
		return respond(problem);
	}

	@ExceptionHandler(InvalidVariableException.class)
	ResponseEntity<Object> invalidVariable(InvalidVariableException ex) {
		ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, ex.getMessage(), "variables");
		if (ex.getName() != null) {
			problem.setProperty("name", ex.getName());
		}
		return respond(problem);
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<Object> invalidRequest(InvalidRequestException ex) {
		return respond(problem(ProblemType.INVALID_REQUEST, ex.getMessage(), ex.getField()));
	}

	@ExceptionHandler(LimitExceededException.class)
	ResponseEntity<Object> limitExceeded(LimitExceededException ex) {
		ProblemDetail problem = problem(ProblemType.LIMIT_EXCEEDED, ex.getMessage(), ex.getField());
		problem.setProperty("limit", ex.getLimit());
		problem.setProperty("maximum", ex.getMaximum());
		return respond(problem);
	}

	@ExceptionHandler(NonFiniteValueException.class)
	ResponseEntity<Object> nonFinite(NonFiniteValueException ex) {
		return respond(problem(ProblemType.NON_FINITE_VALUE, ex.getMessage(), ex.getField()));
	}

	@ExceptionHandler(ServiceBusyException.class)
	ResponseEntity<Object> busy(ServiceBusyException ex) {
		ProblemDetail problem = problem(ProblemType.TOO_BUSY, ex.getMessage(), null);
		return ResponseEntity.status(problem.getStatus())
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(OptimizationGate.RETRY_AFTER_SECONDS))
			.body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		logger.error("Unexpected failure", ex);
		return respond(problem(ProblemType.INTERNAL, "the service failed to handle this request", null));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(jsonPath(error.getField()), message(error)))
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
		List<FieldProblem> all = errors.isEmpty() ? ex.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getObjectName(), String.valueOf(error.getDefaultMessage())))
			.toList() : errors;
		String detail = all.stream()
			.map((error) -> "'" + error.field() + "' " + error.message())
			.collect(Collectors.joining("; "));
		ProblemDetail problem = problem(ProblemType.INVALID_REQUEST, detail, all.isEmpty() ? null : all.get(0).field());
		problem.setProperty("errors", all);
		return respond(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getAllErrors()
			.stream()
			.map((error) -> String.valueOf(error.getDefaultMessage()))
			.collect(Collectors.joining("; "));
		return respond(problem(ProblemType.INVALID_REQUEST, detail, null));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable reason = ex.getCause(); reason != null; reason = reason.getCause()) {
			if (reason instanceof InvalidDataException data) {
				return invalidData(data);
			}
			if (reason instanceof BodyTooLargeException tooLarge) {
				return bodyTooLarge(tooLarge);
			}
		}
		JacksonException cause = jacksonCause(ex);
		if (cause == null) {
			return respond(problem(ProblemType.MALFORMED_BODY, "the request body is missing or is not JSON", null));
		}
		String field = path(cause);
		if (cause instanceof UnrecognizedPropertyException unrecognized) {
			return respond(problem(ProblemType.MALFORMED_BODY,
					"'" + field + "' is not a field of this request; known: " + unrecognized.getKnownPropertyIds(),
					field));
		}
		if (cause instanceof MismatchedInputException mismatched && !field.isEmpty()) {
			return respond(problem(ProblemType.MALFORMED_BODY,
					"'" + field + "' " + expectation(mismatched.getTargetType()), field));
		}
		String where = (cause.getLocation() != null)
				? " at line " + cause.getLocation().getLineNr() + ", column " + cause.getLocation().getColumnNr() : "";
		return respond(problem(ProblemType.MALFORMED_BODY, "the request body is not valid JSON" + where,
				field.isEmpty() ? null : field));
	}

	/**
	 * What a value of the target type looks like in JSON, in words that name no Java
	 * class.
	 */
	private static String expectation(Class<?> type) {
		if (type == null) {
			return "has the wrong type";
		}
		if (type.isEnum()) {
			return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "must be a whole number";
		}
		if (type == Double.class || type == double.class) {
			return "must be a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false";
		}
		if (type == String.class) {
			return "must be a string";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "must be a JSON array";
		}
		return "must be a JSON object";
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getDetail() == null) {
			problem.setDetail(problem.getTitle());
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/**
	 * One invalid field of a request.
	 *
	 * @param field its JSON path
	 * @param message what is wrong with it
	 */
	record FieldProblem(String field, String message) {
	}

	private static ProblemDetail problem(ProblemType type, String detail, String field) {
		ProblemDetail problem = type.problem(detail);
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}

	private static ResponseEntity<Object> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	/**
	 * Writes a map key as a property, {@code start[x]} as {@code start.x}; keeps list
	 * indexes.
	 */
	private static String jsonPath(String field) {
		return field.replaceAll("\\[([^\\]0-9][^\\]]*)]", ".$1");
	}

	/**
	 * The error's message; for a value of the wrong type, as in a query parameter, what
	 * the value should look like, in words that name no Java class.
	 */
	private static String message(FieldError error) {
		if (error.contains(TypeMismatchException.class)) {
			Class<?> type = error.unwrap(TypeMismatchException.class).getRequiredType();
			return expectation(type) + ", not '" + error.getRejectedValue() + "'";
		}
		return String.valueOf(error.getDefaultMessage());
	}

	private static JacksonException jacksonCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	/**
	 * The JSON path of the offending value, as {@code optimizer.learningRate} or
	 * {@code points[2]}.
	 */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** The first line of a parser message, without the source excerpt Jackson appends. */
	private static String firstLine(String message) {
		if (message == null) {
			return "unreadable";
		}
		String line = message.lines().findFirst().orElse(message);
		int source = line.indexOf(" at [Source");
		return (source >= 0) ? line.substring(0, source) : line;
	}

}
