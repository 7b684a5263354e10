package dev.descent.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.descent.optimization.fitting.InvalidDataException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads the {@code data} of a fit, an object of named columns of numbers, straight into
 * primitive arrays, and names the row and column of the first cell that is not a finite
 * number. Rows count from 1, so row \(r\) is element \(r - 1\) of its array.
 */
final class DataColumnsDeserializer extends ValueDeserializer<Map<String, double[]>> {

	private static final int INITIAL_CAPACITY = 64;

	@Override
	public Map<String, double[]> deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.isExpectedStartObjectToken()) {
			throw new InvalidDataException(null, 0,
					"'data' must be a JSON object that maps each column name to an array of numbers");
		}
		Map<String, double[]> columns = new LinkedHashMap<>();
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new InvalidDataException(name, 0, "column '" + name + "' must be a JSON array of numbers");
			}
			if (columns.put(name, column(parser, name)) != null) {
				throw new InvalidDataException(name, 0, "column '" + name + "' appears twice");
			}
		}
		return columns;
	}

	private static double[] column(JsonParser parser, String name) {
		double[] values = new double[INITIAL_CAPACITY];
		int rows = 0;
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			int row = rows + 1;
			if (!token.isNumeric()) {
				throw new InvalidDataException(name, row,
						"row " + row + " of column '" + name + "' is " + describe(token, parser) + ", not a number");
			}
			double value = parser.getDoubleValue();
			if (!Double.isFinite(value)) {
				throw new InvalidDataException(name, row,
						"row " + row + " of column '" + name + "' is " + parser.getText() + ", not a finite number");
			}
			if (rows == values.length) {
				values = Arrays.copyOf(values, rows * 2);
			}
			values[rows++] = value;
		}
		return Arrays.copyOf(values, rows);
	}

	private static String describe(JsonToken token, JsonParser parser) {
		return switch (token) {
			case VALUE_NULL -> "null";
			case VALUE_TRUE, VALUE_FALSE -> token.asString();
			case VALUE_STRING -> "the string \"" + abbreviate(parser.getString()) + "\"";
			case START_ARRAY -> "an array";
			case START_OBJECT -> "an object";
			default -> "a value of another kind";
		};
	}

	private static String abbreviate(String text) {
		return (text.length() <= 20) ? text : text.substring(0, 20) + "...";
	}

}
