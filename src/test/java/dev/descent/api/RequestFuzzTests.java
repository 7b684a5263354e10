package dev.descent.api;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated and mutated requests, from a fixed seed so that any failure can
 * be replayed: random and broken expressions (unbalanced parentheses, unknown names, long
 * runs of letters or operators, unicode look-alikes, huge and tiny literals), wrong JSON
 * types, missing and extra fields, non-finite numbers, empty and enormous arrays,
 * conflicting options. Every answer must be a 2xx, or a 4xx problem response; never a
 * 5xx, and always strict JSON.
 */
@SpringBootTest(properties = { "descent.limits.deadline=300ms", "descent.limits.steps=20000" })
@AutoConfigureMockMvc
class RequestFuzzTests {

	private static final int CASES = 4000;

	private static final JsonMapper strict = JsonMapper.builder().build();

	private static final String[] ENDPOINTS = { "/api/v1/minimize", "/api/v1/evaluate", "/api/v1/fit",
			"/api/v1/fit?csv" };

	private static final String[] FRAGMENTS = { "x", "y", "z", "2", "0", "1e308", "1e-320", "1e999", "0.5", ".", "e",
			"pi", "+", "-", "*", "/", "^", "%", "(", ")", ",", "sin(", "log(", "pow(", "sqrt(", "abs(", "exp(", " ",
			"\u2212", "\u00A0", "\u00D7", "\uD83D\uDE00", "xyz", "x2", "2x", "$", "\"", "\\", "floor(", "signum(" };

	private static final String[] NUMBERS = { "0", "1", "-1", "0.001", "1e308", "-1e308", "1e999", "-1e999", "1e-400",
			"3.5", "100", "1e6", "2147483648", "-0.0" };

	private static final String[] ODD_VALUES = { "null", "true", "\"text\"", "[]", "{}", "[1, 2]", "{\"a\": 1}", "\"\"",
			"-1", "0", "1e999", "99999999999999999999" };

	@Autowired
	private MockMvcTester mvc;

	@Test
	void anyRequestShouldGetSuccessOrProblemNeverServerError() {
		SplittableRandom random = new SplittableRandom(20261203L);
		List<String> failures = new ArrayList<>();
		int successes = 0;
		for (int i = 0; i < CASES; i++) {
			String endpoint = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
			boolean valid = random.nextInt(3) == 0;
			String body = switch (endpoint) {
				case "/api/v1/evaluate" -> valid ? validEvaluateBody(random) : evaluateBody(random);
				case "/api/v1/fit" -> fitBody(random, valid);
				case "/api/v1/fit?csv" -> csvBody(random);
				default -> valid ? validMinimizeBody(random) : minimizeBody(random);
			};
			if (random.nextInt(10) == 0) {
				body = mutateJson(random, body);
			}
			boolean csv = endpoint.endsWith("?csv");
			MvcTestResult result = this.mvc.post()
				.uri(csv ? "/api/v1/fit?" + csvQuery(random) : endpoint)
				.contentType(csv ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_JSON)
				.content(body)
				.exchange();
			String failure = check(result);
			if (failure != null) {
				failures.add("case " + i + " " + endpoint + " " + abbreviate(body) + ": " + failure);
			}
			else if (result.getResponse().getStatus() < 300) {
				successes++;
			}
		}
		assertThat(failures).isEmpty();
		assertThat(successes).as("the generator must also produce valid requests").isGreaterThan(CASES / 20);
	}

	private static String check(MvcTestResult result) {
		int status = result.getResponse().getStatus();
		String text = JsonResponses.text(result);
		JsonNode body;
		try {
			body = strict.readTree(text);
		}
		catch (RuntimeException ex) {
			return "status " + status + " with a body that is not strict JSON: " + abbreviate(text);
		}
		if (text.contains("NaN") || text.contains("Infinity")) {
			return "non-finite number in " + abbreviate(text);
		}
		if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
			return "status " + status + ": " + abbreviate(text);
		}
		if (status >= 400) {
			String type = result.getResponse().getContentType();
			if (type == null || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
				return "problem with content type " + type;
			}
			if (!body.path("type").isString() || !body.path("title").isString() || !body.path("detail").isString()
					|| body.path("status").intValue() != status) {
				return "incomplete problem " + abbreviate(text);
			}
		}
		return null;
	}

	private static String minimizeBody(SplittableRandom random) {
		List<String> fields = new ArrayList<>();
		maybe(random, fields, "expression", () -> quoted(expression(random)));
		maybe(random, fields, "start", () -> point(random));
		maybe(random, fields, "optimizer", () -> optimizer(random));
		maybe(random, fields, "steps", () -> pick(random, "0", "1", "10", "500", "20000", "20001", "-5", "1.5"));
		maybe(random, fields, "gradient", () -> gradient(random));
		maybe(random, fields, "stopping",
				() -> object(random,
						List.of("gradientTolerance", "stepTolerance", "valueTolerance", "divergenceFactor",
								"stopOnDivergence"),
						(key) -> key.startsWith("stop") ? pick(random, "true", "false", "1") : pick(random, NUMBERS)));
		maybe(random, fields, "trajectoryEvery", () -> pick(random, "0", "1", "3", "-1", "1000"));
		maybe(random, fields, "timeoutMillis", () -> pick(random, "0", "10", "100", "-1"));
		if (random.nextInt(15) == 0) {
			fields.add("\"unexpected\": 1");
		}
		return "{" + String.join(", ", fields) + "}";
	}

	private static String evaluateBody(SplittableRandom random) {
		List<String> fields = new ArrayList<>();
		maybe(random, fields, "expression", () -> quoted(expression(random)));
		maybe(random, fields, "points", () -> {
			int count = switch (random.nextInt(6)) {
				case 0 -> 0;
				case 1 -> 10_001;
				default -> 1 + random.nextInt(4);
			};
			List<String> points = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				points.add(point(random));
			}
			return "[" + String.join(", ", points) + "]";
		});
		maybe(random, fields, "gradient", () -> gradient(random));
		return "{" + String.join(", ", fields) + "}";
	}

	private static String validMinimizeBody(SplittableRandom random) {
		return """
				{"expression": %s, "start": {"x": %s, "y": %s}, "steps": %d,
				 "optimizer": {"method": "%s", "learningRate": %s},
				 "gradient": {"method": "%s"}, "trajectoryEvery": %d}
				""".formatted(quoted(wellFormed(random, 3)), pick(random, "0.5", "-1", "2", "1e-3"),
				pick(random, "1", "0.25", "-3"), random.nextInt(300),
				pick(random, "GRADIENT_DESCENT", "MOMENTUM", "NESTEROV", "ADAGRAD", "RMSPROP", "ADAM", "LINE_SEARCH"),
				pick(random, "0.001", "0.01", "0.1", "1"), pick(random, "EXACT", "CENTRAL", "FORWARD"),
				random.nextInt(20));
	}

	private static String validEvaluateBody(SplittableRandom random) {
		return """
				{"expression": %s, "points": [{"x": %s, "y": %s}], "gradient": {"method": "%s", "check": %s}}
				""".formatted(quoted(wellFormed(random, 3)), pick(random, "0.5", "-1", "2", "1e-3"),
				pick(random, "1", "0.25", "-3"), pick(random, "EXACT", "CENTRAL", "FORWARD"),
				pick(random, "true", "false"));
	}

	private static String fitBody(SplittableRandom random, boolean valid) {
		int rows = valid ? 2 + random.nextInt(30) : pick(random, 0, 1, 3, 40);
		List<String> fields = new ArrayList<>();
		maybe(random, fields, "model",
				() -> quoted(valid ? pick(random, "a*x + b", "a*exp(-b*x)", "1/(1+exp(-(a*x+b)))")
						: expression(random).replace('y', 'b')));
		maybe(random, fields, "parameters", () -> valid ? "{\"a\": 0.5, \"b\": 0}"
				: object(random, List.of("a", "b", "x", "sin"), (key) -> pick(random, NUMBERS)));
		maybe(random, fields, "data", () -> "{\"x\": " + column(random, rows, valid) + ", \"y\": "
				+ column(random, valid ? rows : rows + random.nextInt(2), valid) + "}");
		maybe(random, fields, "target", () -> quoted(valid ? "y" : pick(random, "y", "x", "z", "")));
		maybe(random, fields, "loss", () -> quoted(pick(random, "MSE", "MAE", "HUBER", "BCE", "L2")));
		maybe(random, fields, "batchSize", () -> pick(random, "1", "4", "32", "0", "-1", "1000000"));
		maybe(random, fields, "epochs", () -> pick(random, "1", "20", "0", "-3", "100000000"));
		maybe(random, fields, "seed", () -> pick(random, "7", "-1", "\"seven\"", "1e30"));
		maybe(random, fields, "optimizer", () -> optimizer(random));
		maybe(random, fields, "gradient", () -> gradient(random));
		maybe(random, fields, "stopping", () -> object(random, List.of("tolerance", "patience", "divergenceFactor"),
				(key) -> pick(random, NUMBERS)));
		return "{" + String.join(", ", fields) + "}";
	}

	private static String column(SplittableRandom random, int rows, boolean valid) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			cells.add((valid || random.nextInt(10) != 0) ? Double.toString(random.nextDouble() * 4 - 2)
					: pick(random, ODD_VALUES));
		}
		return "[" + String.join(", ", cells) + "]";
	}

	private static String csvBody(SplittableRandom random) {
		StringBuilder csv = new StringBuilder(pick(random, "x,y", "x,y,z", "y", "", "x;y", "x,,y")).append('\n');
		for (int i = random.nextInt(20); i > 0; i--) {
			csv.append(pick(random, NUMBERS)).append(',').append(pick(random, NUMBERS));
			if (random.nextInt(15) == 0) {
				csv.append(pick(random, ",3", "abc", "\"1\"", ",", "\u2212"));
			}
			csv.append('\n');
		}
		return csv.toString();
	}

	private static String csvQuery(SplittableRandom random) {
		List<String> parameters = new ArrayList<>();
		if (random.nextInt(8) != 0) {
			parameters.add("model=" + pick(random, "a*x%2Bb", "a*x", "a*q", "%28", ""));
		}
		if (random.nextInt(8) != 0) {
			parameters.add("parameters=" + pick(random, "a:0,b:0", "a:0", "a", "a:x", ":1"));
		}
		if (random.nextInt(8) != 0) {
			parameters.add("target=" + pick(random, "y", "x", "w"));
		}
		if (random.nextInt(2) == 0) {
			parameters.add("epochs=" + pick(random, "5", "0", "abc", "-1"));
		}
		if (random.nextInt(2) == 0) {
			parameters.add("batchSize=" + pick(random, "2", "0", "1.5"));
		}
		if (random.nextInt(3) == 0) {
			parameters.add("optimizer=" + pick(random, "ADAM", "adam", "NOPE"));
		}
		return String.join("&", parameters);
	}

	private static String expression(SplittableRandom random) {
		return switch (random.nextInt(8)) {
			case 0 -> "x".repeat(1 + random.nextInt(20_000));
			case 1 -> "x" + "+-*/^".charAt(random.nextInt(5)) + "-".repeat(random.nextInt(5_000)) + "y";
			case 2 -> "(".repeat(random.nextInt(300)) + "x" + ")".repeat(random.nextInt(300));
			case 3 -> "sin(".repeat(random.nextInt(150)) + "x" + ")".repeat(random.nextInt(150));
			case 4, 5 -> wellFormed(random, 3);
			default -> {
				StringBuilder text = new StringBuilder(wellFormed(random, 2));
				for (int i = random.nextInt(4); i >= 0; i--) {
					int at = random.nextInt(text.length() + 1);
					text.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
				}
				yield text.toString();
			}
		};
	}

	private static String wellFormed(SplittableRandom random, int depth) {
		if (depth == 0 || random.nextInt(3) == 0) {
			return pick(random, "x", "y", "2", "0.5", "pi", "1e-3", "1e300");
		}
		String a = wellFormed(random, depth - 1);
		String b = wellFormed(random, depth - 1);
		return switch (random.nextInt(9)) {
			case 0 -> a + " + " + b;
			case 1 -> a + " - " + b;
			case 2 -> "(" + a + ")*(" + b + ")";
			case 3 -> "(" + a + ")/(" + b + ")";
			case 4 -> "(" + a + ")^2";
			case 5 -> pick(random, "sin", "cos", "exp", "log", "sqrt", "abs", "atan", "tanh", "floor") + "(" + a + ")";
			case 6 -> "pow(" + a + ", " + b + ")";
			case 7 -> "-" + a;
			default -> "(" + a + ") % (" + b + ")";
		};
	}

	private static String point(SplittableRandom random) {
		if (random.nextInt(12) == 0) {
			return pick(random, ODD_VALUES);
		}
		List<String> names = new ArrayList<>(List.of("x", "y"));
		if (random.nextInt(4) == 0) {
			names.add(pick(random, "z", "e", "sin", "1x", "", "x y", "\u00E9"));
		}
		return object(random, names,
				(key) -> random.nextInt(8) == 0 ? pick(random, ODD_VALUES) : pick(random, NUMBERS));
	}

	private static String optimizer(SplittableRandom random) {
		return object(random, List.of("method", "learningRate", "momentum", "rho", "beta1", "beta2", "epsilon",
				"shrink", "sufficientDecrease", "maxBacktracks"), (key) -> switch (key) {
					case "method" -> quoted(pick(random, "GRADIENT_DESCENT", "MOMENTUM", "NESTEROV", "ADAGRAD",
							"RMSPROP", "ADAM", "LINE_SEARCH", "adam", "SGD", ""));
					case "maxBacktracks" -> pick(random, "1", "60", "0", "100000", "-3");
					default -> pick(random, "0.01", "0.5", "1", "0", "-0.1", "1.5", "1e999", "1e-300", "10");
				});
	}

	private static String gradient(SplittableRandom random) {
		return object(random, List.of("method", "h", "check"), (key) -> switch (key) {
			case "method" -> quoted(pick(random, "EXACT", "CENTRAL", "FORWARD", "exact", "SYMBOLIC"));
			case "h" -> pick(random, "1e-7", "0", "-1", "1e-300", "1e300", "1e999");
			default -> pick(random, "true", "false", "\"yes\"");
		});
	}

	private static String object(SplittableRandom random, List<String> keys, Function<String, String> value) {
		List<String> fields = new ArrayList<>();
		for (String key : keys) {
			if (random.nextInt(3) != 0) {
				fields.add(quoted(key) + ": " + value.apply(key));
			}
		}
		return "{" + String.join(", ", fields) + "}";
	}

	private static void maybe(SplittableRandom random, List<String> fields, String name,
			java.util.function.Supplier<String> value) {
		int roll = random.nextInt(20);
		if (roll == 0) {
			return;
		}
		fields.add(quoted(name) + ": " + ((roll == 1) ? pick(random, ODD_VALUES) : value.get()));
	}

	private static String mutateJson(SplittableRandom random, String body) {
		return switch (random.nextInt(5)) {
			case 0 -> body.substring(0, random.nextInt(body.length() + 1));
			case 1 -> body.replace(":", "=");
			case 2 -> "[" + body + "]";
			case 3 -> body + body;
			default -> new StringBuilder(body).reverse().toString();
		};
	}

	private static String quoted(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\');
			}
			quoted.append(c);
		}
		return quoted.append('"').toString();
	}

	private static int pick(SplittableRandom random, int... options) {
		return options[random.nextInt(options.length)];
	}

	private static String pick(SplittableRandom random, String... options) {
		return options[random.nextInt(options.length)];
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

}
