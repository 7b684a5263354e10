package dev.descent.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import dev.descent.expression.CompiledExpression;
import dev.descent.expression.InvalidExpressionException;
import dev.descent.expression.InvalidVariableException;
import dev.descent.optimization.GradientSettings;
import dev.descent.optimization.OptimizerSettings;
import dev.descent.optimization.Point;
import dev.descent.optimization.StoppingCriteria;
import dev.descent.optimization.fitting.CsvDataReader;
import dev.descent.optimization.fitting.FitData;
import dev.descent.optimization.fitting.FitProblem;
import dev.descent.optimization.fitting.FitResult;
import dev.descent.optimization.fitting.FitStopping;
import dev.descent.optimization.fitting.Loss;
import dev.descent.optimization.fitting.MiniBatchSgdOptimizer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/fit}: fits a model's parameters to data by mini-batch stochastic
 * gradient descent. The data come either as JSON columns beside the rest of the request,
 * or as CSV text in the body with everything else in query parameters.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Fit", description = "Mini-batch stochastic gradient descent on data")
class FitController {

	/** The media type of CSV bodies. */
	static final String TEXT_CSV = "text/csv";

	/** Rows per batch when the request names none. */
	static final int DEFAULT_BATCH_SIZE = 32;

	/** Epochs when the request names none. */
	static final int DEFAULT_EPOCHS = 100;

	/**
	 * Generated seeds stay below \(2^{53}\), so that any JSON client reads them exactly.
	 */
	private static final long SEED_BOUND = 1L << 53;

	/** The CSV example of the OpenAPI description, the line of the JSON example. */
	static final String CSV_EXAMPLE = "x,y\n0,1.02\n1,2.95\n2,5.01\n3,7.03\n4,8.97\n5,11.02\n6,12.98\n7,15.01\n";

	private static final String DESCRIPTION = "Fits the parameters of a model to data: each epoch shuffles the rows "
			+ "from the seed, cuts them into batches and makes one update per batch with the gradient of the "
			+ "batch's mean loss. Returns the fitted parameters, the loss over the whole data set after every epoch, "
			+ "and the seed. The data come as JSON columns, or as CSV text (a header of column names, then one row "
			+ "per line, comma separated, no quoting) with the other fields as query parameters, which a JSON body "
			+ "ignores. Rows count from 1; a data problem names its row and column.";

	private final MinimizationAssembler assembler;

	private final MiniBatchSgdOptimizer optimizer;

	private final RunMetrics metrics;

	FitController(MinimizationAssembler assembler, MiniBatchSgdOptimizer optimizer, RunMetrics metrics) {
		this.assembler = assembler;
		this.optimizer = optimizer;
		this.metrics = metrics;
	}

	@PostMapping(path = "/fit", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "fit", summary = "Fit a model's parameters to data", description = DESCRIPTION)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = { @Content(
			mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = FitRequest.class),
			examples = {
					@ExampleObject(name = "line", summary = "A straight line through noisy points, with Adam",
							value = "{\"model\": \"a*x + b\", \"parameters\": {\"a\": 0, \"b\": 0}, "
									+ "\"data\": {\"x\": [0, 1, 2, 3, 4, 5, 6, 7], "
									+ "\"y\": [1.02, 2.95, 5.01, 7.03, 8.97, 11.02, 12.98, 15.01]}, "
									+ "\"target\": \"y\", " + "\"batchSize\": 4, \"epochs\": 500, \"seed\": 7, "
									+ "\"optimizer\": {\"method\": \"ADAM\", \"learningRate\": 0.05}}"),
					@ExampleObject(name = "decay", summary = "An exponential decay, stopping when the loss levels off",
							value = "{\"model\": \"a*exp(-b*t) + c\", "
									+ "\"parameters\": {\"a\": 1, \"b\": 1, \"c\": 0}, "
									+ "\"data\": {\"t\": [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4], "
									+ "\"y\": [3.5, 1.917, 1.169, 0.816, 0.649, 0.571, 0.533, 0.516, 0.507]}, "
									+ "\"target\": \"y\", \"batchSize\": 3, \"epochs\": 3000, \"seed\": 1, "
									+ "\"optimizer\": {\"method\": \"ADAM\", \"learningRate\": 0.02}, "
									+ "\"stopping\": {\"tolerance\": 1e-9, \"patience\": 20}}"),
					@ExampleObject(name = "logistic", summary = "A logistic model of 0/1 labels by cross-entropy",
							value = "{\"model\": \"1/(1 + exp(-(w*x + b)))\", "
									+ "\"parameters\": {\"w\": 0, \"b\": 0}, "
									+ "\"data\": {\"x\": [-3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3], "
									+ "\"y\": [0, 0, 0, 0, 1, 0, 1, 0, 1, 1, 1]}, \"target\": \"y\", "
									+ "\"loss\": \"BCE\", \"batchSize\": 11, \"epochs\": 2000, \"seed\": 3, "
									+ "\"optimizer\": {\"method\": \"GRADIENT_DESCENT\", \"learningRate\": 0.5}}") }),
			@Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
					examples = @ExampleObject(name = "line-csv",
							summary = "The straight line as CSV; the query parameters' examples complete it",
							value = CSV_EXAMPLE)) })
	FitResponse fitJson(@Valid @RequestBody FitRequest request) {
		return fit(request, FitData.of(request.data(), request.target()));
	}

	@PostMapping(path = "/fit", consumes = TEXT_CSV)
	@Operation(operationId = "fit", summary = "Fit a model's parameters to data", description = DESCRIPTION)
	FitResponse fitCsv(@Valid @ParameterObject FitCsvQuery query, InputStream body,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType) throws IOException {
		Charset charset = (contentType.getCharset() != null) ? contentType.getCharset() : StandardCharsets.UTF_8;
		FitRequest request = query.toRequest();
		return fit(request, CsvDataReader.read(new InputStreamReader(body, charset), request.target()));
	}

	private FitResponse fit(FitRequest request, FitData data) {
		int epochs = (request.epochs() != null) ? request.epochs() : DEFAULT_EPOCHS;
		checkLimits(data, epochs);
		List<String> parameters = new ArrayList<>(request.parameters().keySet());
		checkNames(parameters, data);
		CompiledExpression model = compile(request.model(), parameters, data);
		double[] start = new double[parameters.size()];
		for (int i = 0; i < start.length; i++) {
			start[i] = request.parameters().get(parameters.get(i));
		}
		GradientSettings gradient = this.assembler.gradient(request.gradient());
		if (request.gradient() != null && Boolean.TRUE.equals(request.gradient().check())) {
			throw new InvalidRequestException("gradient.check", "'gradient.check' is offered by /minimize only");
		}
		OptimizerSettings optimizer = this.assembler.optimizer(request.optimizer());
		int batchSize = (request.batchSize() != null) ? request.batchSize() : DEFAULT_BATCH_SIZE;
		long seed = (request.seed() != null) ? request.seed() : ThreadLocalRandom.current().nextLong(SEED_BOUND);
		Loss loss = (request.loss() != null) ? request.loss() : Loss.MSE;
		double delta = (request.huberDelta() != null) ? request.huberDelta() : Loss.DEFAULT_HUBER_DELTA;
		FitProblem problem = new FitProblem(model, parameters, Point.of(start), data, loss, delta, optimizer, gradient,
				stopping(request.stopping()), batchSize, epochs, seed);
		FitResult result = this.optimizer.fit(problem, this.assembler.deadline(request.timeoutMillis()));
		this.metrics.record("fit", result.status(), data.rows(), (result.epochs() + 2L) * data.rows(),
				result.elapsed());
		List<String> warnings = new ArrayList<>(Warnings.gradient(model, gradient.method()));
		if (batchSize > data.rows()) {
			warnings.add("batchSize " + batchSize + " is more than the " + data.rows()
					+ " rows: every batch holds all rows (full-batch gradient descent)");
		}
		return FitResponse.of(parameters, data.rows(), result, warnings);
	}

	/**
	 * Rows, epochs (one loss per epoch is returned, so the trajectory limit bounds them)
	 * and their product.
	 */
	private void checkLimits(FitData data, int epochs) {
		DescentLimits limits = this.assembler.limits();
		if (data.rows() > limits.dataRows()) {
			throw new LimitExceededException("data", "descent.limits.data-rows", data.rows(), limits.dataRows());
		}
		if (epochs > limits.trajectoryPoints()) {
			throw new LimitExceededException("epochs", "descent.limits.trajectory-points", epochs,
					limits.trajectoryPoints());
		}
		long epochRows = (long) epochs * data.rows();
		if (epochRows > limits.epochRows()) {
			throw new LimitExceededException("epochs", "descent.limits.epoch-rows", epochRows, limits.epochRows());
		}
	}

	private static void checkNames(List<String> parameters, FitData data) {
		for (String parameter : parameters) {
			if (data.inputs().contains(parameter) || data.target().equals(parameter)) {
				throw new InvalidRequestException("parameters." + parameter,
						"'" + parameter + "' is both a parameter and a column of the data");
			}
		}
	}

	/**
	 * Compiles the model in the parameters and the input columns, and words its errors
	 * for a fit.
	 */
	private CompiledExpression compile(String text, List<String> parameters, FitData data) {
		try {
			return this.assembler.compile(text, FitProblem.variables(parameters, data));
		}
		catch (InvalidExpressionException ex) {
			if (data.target().equals(ex.getName())) {
				throw new InvalidModelException(ex, "the model uses the target column '" + data.target()
						+ "'; a model may use the parameters and the input columns only");
			}
			String names = (ex.getName() != null)
					? "; the parameters are " + parameters + " and the input columns " + data.inputs() : "";
			throw new InvalidModelException(ex, ex.getMessage() + names);
		}
		catch (InvalidVariableException ex) {
			boolean parameter = parameters.contains(ex.getName());
			String field = (ex.getName() == null) ? "data" : (parameter ? "parameters." : "data.") + ex.getName();
			throw new InvalidRequestException(field, ex.getMessage());
		}
	}

	private static FitStopping stopping(FitStoppingRequest request) {
		if (request == null) {
			return FitStopping.ALL_EPOCHS;
		}
		return new FitStopping((request.tolerance() != null) ? request.tolerance() : 0.0,
				(request.patience() != null) ? request.patience() : FitStopping.DEFAULT_PATIENCE,
				(request.divergenceFactor() != null) ? request.divergenceFactor()
						: StoppingCriteria.DEFAULT_DIVERGENCE_FACTOR);
	}

}
