package dev.descent.api;

import dev.descent.optimization.Deadline;
import dev.descent.optimization.GradientDescentOptimizer;
import dev.descent.optimization.Minimization;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code POST /api/v1/minimize} with {@code Accept: text/event-stream}: the same run as
 * the JSON call, watched as it happens. The request is checked, and any problem answered
 * as JSON, before the stream starts.
 */
@RestController
@RequestMapping(path = "/api/v1")
@Tag(name = "Minimize")
class MinimizeStreamController {

	private final MinimizeController controller;

	private final GradientDescentOptimizer optimizer;

	private final ProgressStreams streams;

	MinimizeStreamController(MinimizeController controller, GradientDescentOptimizer optimizer,
			ProgressStreams streams) {
		this.controller = controller;
		this.optimizer = optimizer;
		this.streams = streams;
	}

	@PostMapping(path = "/minimize", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Minimize a function from a start point, streaming progress",
			description = "Asked for text/event-stream, runs as the JSON call does and streams 'progress' events "
					+ "(step, point, value, gradientNorm; the first step, then at most about 30 a second and "
					+ "600 in all), then one 'result' event whose data is the JSON call's body. "
					+ "A client that disconnects stops the run.")
	SseEmitter minimize(@Valid @RequestBody MinimizeRequest request) {
		Minimization problem = this.controller.problem(request);
		Deadline deadline = this.controller.deadline(request.timeoutMillis());
		return this.streams.stream(problem.expression().variables(), (listener) -> this.controller.respond(request,
				problem, this.optimizer.minimize(problem, deadline, listener)));
	}

}
