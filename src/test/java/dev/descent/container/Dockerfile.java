package dev.descent.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instructions of a Dockerfile, enough of them to check what the image declares.
 * Continuation lines are joined and comments dropped; variables are not expanded.
 *
 * @param instructions the instructions, in order
 */
record Dockerfile(List<Instruction> instructions) {

	private static final JsonMapper json = JsonMapper.builder().build();

	static Dockerfile read(Path path) throws IOException {
		List<Instruction> instructions = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		for (String line : Files.readAllLines(path)) {
			String stripped = line.strip();
			if (stripped.isEmpty() || stripped.startsWith("#")) {
				continue;
			}
			if (stripped.endsWith("\\")) {
				pending.append(stripped, 0, stripped.length() - 1).append(' ');
				continue;
			}
			pending.append(stripped);
			String[] parts = pending.toString().split("\\s+", 2);
			instructions.add(new Instruction(parts[0].toUpperCase(), (parts.length > 1) ? parts[1] : ""));
			pending.setLength(0);
		}
		return new Dockerfile(List.copyOf(instructions));
	}

	/**
	 * The arguments of every instruction with the given keyword.
	 * @param keyword the keyword, such as {@code EXPOSE}
	 * @return the arguments, in order
	 */
	List<String> all(String keyword) {
		return this.instructions.stream()
			.filter((instruction) -> instruction.keyword().equals(keyword))
			.map(Instruction::arguments)
			.toList();
	}

	/**
	 * The default value of a build argument declared before the first stage.
	 * @param name the name of the argument
	 * @return its default value, if it has one
	 */
	Optional<String> argumentDefault(String name) {
		return this.instructions.stream()
			.takeWhile((instruction) -> !instruction.keyword().equals("FROM"))
			.filter((instruction) -> instruction.keyword().equals("ARG"))
			.map(Instruction::arguments)
			.filter((arguments) -> arguments.startsWith(name + "="))
			.map((arguments) -> arguments.substring(name.length() + 1))
			.findFirst();
	}

	/**
	 * The command of the only instruction with the given keyword, which must be in exec
	 * form (a JSON array).
	 * @param keyword {@code ENTRYPOINT} or {@code CMD}
	 * @return the command and its arguments
	 */
	List<String> execForm(String keyword) {
		List<String> all = all(keyword);
		if (all.size() != 1) {
			throw new IllegalStateException("Expected one " + keyword + " but found " + all.size());
		}
		return parseExecForm(all.get(0));
	}

	/**
	 * The only {@code HEALTHCHECK}, which must run its command in exec form.
	 * @return the health check
	 */
	HealthCheck healthCheck() {
		List<String> all = all("HEALTHCHECK");
		if (all.size() != 1) {
			throw new IllegalStateException("Expected one HEALTHCHECK but found " + all.size());
		}
		String[] parts = all.get(0).split("\\s*\\bCMD\\s+", 2);
		Map<String, String> options = new LinkedHashMap<>();
		for (String option : parts[0].strip().split("\\s+")) {
			if (!option.isEmpty()) {
				String[] pair = option.replaceFirst("^--", "").split("=", 2);
				options.put(pair[0], pair[1]);
			}
		}
		return new HealthCheck(options, parseExecForm(parts[1]));
	}

	private static List<String> parseExecForm(String arguments) {
		if (!arguments.startsWith("[")) {
			throw new IllegalStateException("Not in exec form: " + arguments);
		}
		return json.readValue(arguments, new TypeReference<List<String>>() {
		});
	}

	/**
	 * One instruction.
	 *
	 * @param keyword the keyword, in upper case
	 * @param arguments the rest of the instruction
	 */
	record Instruction(String keyword, String arguments) {

	}

	/**
	 * A {@code HEALTHCHECK} instruction.
	 *
	 * @param options the options without their leading dashes, such as {@code interval}
	 * @param command the command and its arguments
	 */
	record HealthCheck(Map<String, String> options, List<String> command) {

	}

}
