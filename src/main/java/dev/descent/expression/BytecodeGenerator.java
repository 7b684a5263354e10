package dev.descent.expression;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generates a {@link Kernel} class for one program, so that the JIT compiles the
 * expression itself instead of an interpreter's loop over it: each instruction becomes a
 * few bytecodes over local variables, with no dispatch.
 *
 * <p>
 * The generated code replays the interpreter exactly: the forward sweep evaluates the
 * instructions in order; the backward sweep visits them in reverse, skips an instruction
 * whose adjoint is zero (wherever that can make a difference), gives no adjoint to an
 * operand that does not depend on a variable, and adds each contribution \(\bar v_i
 * \,\partial\varphi_i/\partial v_j\) to \(\bar v_j\) in the same order. Values and
 * partial derivatives come from {@link OperationWriter}, which mirrors {@link Operation}.
 * The results are therefore those of the interpreter, bit for bit (NaNs being one value).
 *
 * <p>
 * HotSpot does not compile methods longer than {@value #JIT_METHOD_LIMIT} bytes of
 * bytecode, and interprets them forever. The program is therefore cut into segments of
 * consecutive instructions, each swept by methods of its own that stay below that size:
 * within a segment values and adjoints live in local variables, and only those that cross
 * from one segment to another go through the evaluator's scratch arrays. The last segment
 * is swept forward and backward in one method, which for small expressions is the whole
 * program. Programs of more than {@value #MAX_INSTRUCTIONS} instructions stay on the
 * interpreter: that bound keeps the two methods that call every segment well below the
 * limit themselves, and the class's constant pool well below its 65,535 entries. Under
 * the default {@link ExpressionLimits} no expression comes near it (a 10,000-character
 * text compiles to at most about 5,000 instructions); only raised limits reach the
 * interpreter.
 *
 * <p>
 * The class is defined as a hidden class that is not strongly tied to its loader, so it
 * is unloaded once its {@link CompiledExpression} is unreachable. Generation can be
 * turned off with the system property {@value #PROPERTY}{@code =false}, which puts every
 * expression on the interpreter.
 *
 * <p>
 * Known shortcomings. Compiling costs more: generating and defining the class takes about
 * 50 µs for a small expression and 2 ms for a 100-variable one (against 1 µs and 0.25 ms
 * without), which pays off only after some hundreds to thousands of evaluations. A new
 * class runs in HotSpot's bytecode interpreter until the JIT compiles it, so its first
 * few hundred calls are slower than our interpreter, which is compiled once for all
 * expressions. Once a process has evaluated many expressions, the call from
 * {@link Evaluator} into the kernels is megamorphic: a virtual call of a few nanoseconds
 * that is felt only by the smallest expressions. The README's performance section has the
 * measurements.
 */
final class BytecodeGenerator {

	/** The system property that turns generation off when set to {@code false}. */
	static final String PROPERTY = "descent.expression.bytecode";

	/** HotSpot's {@code HugeMethodLimit}: longer methods are never compiled. */
	static final int JIT_METHOD_LIMIT = 8000;

	/** The largest program that gets a generated class. */
	static final int MAX_INSTRUCTIONS = 10_000;

	private static final boolean ENABLED = Boolean.parseBoolean(System.getProperty(PROPERTY, "true"));

	/**
	 * The first budget for a segment's estimated code, in bytes. The estimates run two to
	 * four times the code actually written; the budget is lowered if a method still comes
	 * out too long.
	 */
	private static final int FIRST_BUDGET = 18_000;

	private static final int LAST_BUDGET = 500;

	private static final String CLASS_NAME = Type.getInternalName(Kernel.class) + "Generated";

	private static final String KERNEL = Type.getInternalName(Kernel.class);

	/** Segment methods: {@code (point, gradient, values, adjoints)} to a value. */
	private static final String SEGMENT = "([D[D[D[D)D";

	private static final int POINT = 0;

	private static final int GRADIENT = 1;

	private static final int VALUES = 2;

	private static final int ADJOINTS = 3;

	private static final int FIRST_LOCAL = 4;

	private final Operation[] operations;

	private final int[] lefts;

	private final int[] rights;

	private final double[] constants;

	private final boolean[] active;

	private final int dimension;

	/**
	 * Segment {@code k} holds instructions {@code starts[k]} up to {@code starts[k+1]}.
	 */
	private final int[] starts;

	private final int[] segmentOf;

	/** Per variable, the last instruction that loads it, or -1 if none does. */
	private final int[] lastLoads;

	/** Values that value-only methods read from the scratch array. */
	private final BitSet sharedForValue = new BitSet();

	/** Values that gradient methods read from the scratch array. */
	private final BitSet sharedForGradient = new BitSet();

	/** Adjoints that receive contributions from a later segment. */
	private final BitSet sharedAdjoints = new BitSet();

	private int largestMethod;

	private BytecodeGenerator(CompiledExpression program, int budget) {
		this.operations = program.operations();
		this.lefts = program.lefts();
		this.rights = program.rights();
		this.constants = program.constants();
		this.active = program.active();
		this.dimension = program.dimension();
		this.starts = partition(budget);
		this.segmentOf = new int[this.operations.length];
		for (int k = 0; k + 1 < this.starts.length; k++) {
			Arrays.fill(this.segmentOf, this.starts[k], this.starts[k + 1], k);
		}
		this.lastLoads = new int[this.dimension];
		Arrays.fill(this.lastLoads, -1);
		for (int i = 0; i < this.operations.length; i++) {
			if (this.operations[i] == Operation.VARIABLE) {
				this.lastLoads[this.lefts[i]] = i;
			}
		}
	}

	/**
	 * Generates and defines the kernel of a program.
	 * @param program the program
	 * @return its kernel, or {@code null} if it is to stay on the interpreter
	 */
	static Kernel kernel(CompiledExpression program) {
		if (!ENABLED || program.size() > MAX_INSTRUCTIONS) {
			return null;
		}
		GeneratedClass generated = generate(program);
		return (generated != null) ? define(generated.bytes()) : null;
	}

	/**
	 * Generates the class file of a program's kernel, with segments as large as keeps
	 * every method within {@link #JIT_METHOD_LIMIT}.
	 * @param program the program
	 * @return the class, or {@code null} if no segmentation fits
	 */
	static GeneratedClass generate(CompiledExpression program) {
		for (int budget = FIRST_BUDGET; budget >= LAST_BUDGET; budget = budget * 3 / 4) {
			BytecodeGenerator generator = new BytecodeGenerator(program, budget);
			byte[] bytes = generator.write();
			if (generator.largestMethod <= JIT_METHOD_LIMIT) {
				return new GeneratedClass(bytes, generator.starts.length - 1, generator.largestMethod);
			}
		}
		return null;
	}

	private static Kernel define(byte[] bytes) {
		try {
			Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
			return (Kernel) lookup.lookupClass().getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("The generated kernel could not be defined", ex);
		}
	}

	/**
	 * Cuts the program into segments whose estimated code, forward and backward, fits the
	 * budget. The estimate is generous; the sizes actually written are checked.
	 */
	private int[] partition(int budget) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		int used = 0;
		for (int i = 0; i < this.operations.length; i++) {
			Operation operation = this.operations[i];
			int estimate = switch (operation) {
				case CONSTANT -> 0;
				case VARIABLE -> 32;
				default -> 40 + 48 * operation.arity();
			};
			if (used > 0 && used + estimate > budget) {
				starts.add(i);
				used = 0;
			}
			used += estimate;
		}
		starts.add(this.operations.length);
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Writes the class. Methods are written from the last segment to the first, so that
	 * by the time a segment's forward sweep is written, every later read of one of its
	 * values or adjoints from the scratch arrays has been recorded.
	 */
	private byte[] write() {
		ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
		writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, CLASS_NAME, null, KERNEL,
				null);
		writeConstructor(writer);
		int last = this.starts.length - 2;
		for (int k = last; k >= 0; k--) {
			new SegmentWriter(writer, "value" + k, k, this.sharedForValue).forward(false)
				.finish(this.starts[k + 1] - 1);
		}
		new SegmentWriter(writer, "sweep" + last, last, this.sharedForGradient).forward(true)
			.backward()
			.finish(this.operations.length - 1);
		for (int k = last - 1; k >= 0; k--) {
			new SegmentWriter(writer, "backward" + k, k, this.sharedForGradient).backward().finish(-1);
		}
		for (int k = last - 1; k >= 0; k--) {
			new SegmentWriter(writer, "forward" + k, k, this.sharedForGradient).forward(true)
				.finish(this.starts[k + 1] - 1);
		}
		writeValue(writer, last);
		writeValueAndGradient(writer, last);
		writer.visitEnd();
		return writer.toByteArray();
	}

	private void writeConstructor(ClassWriter writer) {
		MethodVisitor code = writer.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
		code.visitCode();
		code.visitVarInsn(Opcodes.ALOAD, 0);
		code.visitMethodInsn(Opcodes.INVOKESPECIAL, KERNEL, "<init>", "()V", false);
		code.visitInsn(Opcodes.RETURN);
		code.visitMaxs(0, 0);
		code.visitEnd();
	}

	/** {@code value(point, values)}: the value segments in order. */
	private void writeValue(ClassWriter writer, int last) {
		MethodVisitor code = writer.visitMethod(0, "value", "([D[D)D", null, null);
		code.visitCode();
		for (int k = 0; k <= last; k++) {
			callSegment(code, "value" + k, 1, -1, 2, -1);
			if (k < last) {
				code.visitInsn(Opcodes.POP2);
			}
		}
		code.visitInsn(Opcodes.DRETURN);
		endMethod(code);
	}

	/**
	 * {@code valueAndGradient(point, gradient, values, adjoints)}: zeroes the gradient
	 * where no instruction writes it, sweeps the segments forward, the last one forward
	 * and backward, and the others backward in reverse order.
	 */
	private void writeValueAndGradient(ClassWriter writer, int last) {
		MethodVisitor code = writer.visitMethod(0, "valueAndGradient", "([D[D[D[D)D", null, null);
		code.visitCode();
		boolean everyVariableLoaded = Arrays.stream(this.lastLoads).allMatch((load) -> load >= 0);
		Label filled = new Label();
		if (everyVariableLoaded) {
			code.visitVarInsn(Opcodes.ALOAD, 2);
			code.visitInsn(Opcodes.ARRAYLENGTH);
			OperationWriter.push(code, this.dimension);
			code.visitJumpInsn(Opcodes.IF_ICMPEQ, filled);
		}
		code.visitVarInsn(Opcodes.ALOAD, 2);
		code.visitInsn(Opcodes.DCONST_0);
		code.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(Arrays.class), "fill", "([DD)V", false);
		code.visitLabel(filled);
		if (everyVariableLoaded) {
			Object[] locals = { CLASS_NAME, "[D", "[D", "[D", "[D" };
			code.visitFrame(Opcodes.F_FULL, locals.length, locals, 0, null);
		}
		for (int k = 0; k < last; k++) {
			callSegment(code, "forward" + k, 1, 2, 3, 4);
			code.visitInsn(Opcodes.POP2);
		}
		callSegment(code, "sweep" + last, 1, 2, 3, 4);
		code.visitVarInsn(Opcodes.DSTORE, 5);
		for (int k = last - 1; k >= 0; k--) {
			callSegment(code, "backward" + k, 1, 2, 3, 4);
			code.visitInsn(Opcodes.POP2);
		}
		code.visitVarInsn(Opcodes.DLOAD, 5);
		code.visitInsn(Opcodes.DRETURN);
		endMethod(code);
	}

	/** Calls a segment method with the given argument slots, -1 passing {@code null}. */
	private static void callSegment(MethodVisitor code, String name, int... slots) {
		for (int slot : slots) {
			if (slot < 0) {
				code.visitInsn(Opcodes.ACONST_NULL);
			}
			else {
				code.visitVarInsn(Opcodes.ALOAD, slot);
			}
		}
		code.visitMethodInsn(Opcodes.INVOKESTATIC, CLASS_NAME, name, SEGMENT, false);
	}

	/** Ends a method and records its size. */
	private void endMethod(MethodVisitor code) {
		Label end = new Label();
		code.visitLabel(end);
		this.largestMethod = Math.max(this.largestMethod, end.getOffset());
		code.visitMaxs(0, 0);
		code.visitEnd();
	}

	/**
	 * Writes one static method that sweeps one segment forward, backward, or forward then
	 * backward, and returns the value of one instruction.
	 */
	private final class SegmentWriter implements OperationWriter.Operands {

		private final MethodVisitor code;

		private final int segment;

		private final int start;

		private final int end;

		/** Where reads of other methods' values are recorded. */
		private final BitSet shared;

		/** Whether this method has the segment's values in local variables. */
		private boolean valuesInLocals;

		/** Whether the full frame is written, so that later ones are the same frame. */
		private boolean frameWritten;

		/** The instruction being written, whose operands {@link #a()} and so on push. */
		private int current;

		SegmentWriter(ClassWriter writer, String name, int segment, BitSet shared) {
			this.code = writer.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, name, SEGMENT, null, null);
			this.code.visitCode();
			this.segment = segment;
			this.start = BytecodeGenerator.this.starts[segment];
			this.end = BytecodeGenerator.this.starts[segment + 1];
			this.shared = shared;
		}

		/**
		 * Evaluates the segment into local variables, storing into the scratch arrays the
		 * values that other methods read and zeroing the adjoints that later segments add
		 * to.
		 */
		SegmentWriter forward(boolean forGradient) {
			this.valuesInLocals = true;
			for (int i = this.start; i < this.end; i++) {
				Operation operation = BytecodeGenerator.this.operations[i];
				if (operation == Operation.CONSTANT) {
					continue;
				}
				if (operation == Operation.VARIABLE) {
					this.code.visitVarInsn(Opcodes.ALOAD, POINT);
					OperationWriter.push(this.code, BytecodeGenerator.this.lefts[i]);
					this.code.visitInsn(Opcodes.DALOAD);
				}
				else {
					this.current = i;
					OperationWriter.apply(this.code, operation, this);
				}
				int slot = valueSlot(i);
				this.code.visitVarInsn(Opcodes.DSTORE, slot);
				if (this.shared.get(i) && operation != Operation.VARIABLE) {
					store(VALUES, i, () -> this.code.visitVarInsn(Opcodes.DLOAD, slot));
				}
				if (forGradient && BytecodeGenerator.this.sharedAdjoints.get(i)) {
					store(ADJOINTS, i, () -> this.code.visitInsn(Opcodes.DCONST_0));
				}
			}
			return this;
		}

		/**
		 * Propagates adjoints through the segment in reverse order, as
		 * {@link CompiledExpression#backward} does. The test that skips a zero adjoint is
		 * written only where a partial derivative is not the constant 1 or -1: elsewhere
		 * the skipped contribution would be \(\pm 0\), and adding a zero to an adjoint
		 * changes nothing, since an adjoint starts at \(+0\) or 1 and a sum of doubles
		 * that starts at \(+0\) is never \(-0\).
		 */
		SegmentWriter backward() {
			int root = BytecodeGenerator.this.operations.length - 1;
			for (int i = this.start; i < this.end; i++) {
				if (BytecodeGenerator.this.active[i]) {
					if (i == root) {
						this.code.visitInsn(Opcodes.DCONST_1);
					}
					else if (BytecodeGenerator.this.sharedAdjoints.get(i)) {
						load(ADJOINTS, i);
					}
					else {
						this.code.visitInsn(Opcodes.DCONST_0);
					}
					this.code.visitVarInsn(Opcodes.DSTORE, adjointSlot(i));
				}
			}
			for (int i = this.end - 1; i >= this.start; i--) {
				if (!BytecodeGenerator.this.active[i]) {
					continue;
				}
				Operation operation = BytecodeGenerator.this.operations[i];
				if (operation == Operation.VARIABLE) {
					writeGradient(i);
					continue;
				}
				int left = BytecodeGenerator.this.lefts[i];
				int right = BytecodeGenerator.this.rights[i];
				boolean leftActive = BytecodeGenerator.this.active[left];
				boolean rightActive = right >= 0 && BytecodeGenerator.this.active[right];
				Label skip = null;
				if ((leftActive && OperationWriter.unitPartial(operation, 0) == 0)
						|| (rightActive && OperationWriter.unitPartial(operation, 1) == 0)) {
					skip = new Label();
					this.code.visitVarInsn(Opcodes.DLOAD, adjointSlot(i));
					this.code.visitInsn(Opcodes.DCONST_0);
					this.code.visitInsn(Opcodes.DCMPL);
					this.code.visitJumpInsn(Opcodes.IFEQ, skip);
				}
				if (leftActive) {
					contribute(i, left, 0);
				}
				if (rightActive) {
					contribute(i, right, 1);
				}
				if (skip != null) {
					this.code.visitLabel(skip);
					writeFrame();
				}
			}
			return this;
		}

		/**
		 * Declares the types of the local variables where a skipped contribution rejoins
		 * the code, as the verifier requires. Every such place has the same frame: the
		 * four array parameters, the segment's values when this method computed them, and
		 * the adjoints of its active instructions, all assigned before the backward sweep
		 * began; the slots of constants and inactive adjoints are unassigned. So the
		 * first frame is written in full and the others as the same.
		 */
		private void writeFrame() {
			if (this.frameWritten) {
				this.code.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
			}
			else {
				Object[] locals = frame();
				this.code.visitFrame(Opcodes.F_FULL, locals.length, locals, 0, null);
				this.frameWritten = true;
			}
		}

		private Object[] frame() {
			List<Object> locals = new ArrayList<>(List.of("[D", "[D", "[D", "[D"));
			for (int i = this.start; i < this.end; i++) {
				boolean assigned = this.valuesInLocals && BytecodeGenerator.this.operations[i] != Operation.CONSTANT;
				locals.addAll(assigned ? List.of(Opcodes.DOUBLE) : List.of(Opcodes.TOP, Opcodes.TOP));
			}
			for (int i = this.start; i < this.end; i++) {
				boolean assigned = BytecodeGenerator.this.active[i];
				locals.addAll(assigned ? List.of(Opcodes.DOUBLE) : List.of(Opcodes.TOP, Opcodes.TOP));
			}
			while (locals.get(locals.size() - 1) == Opcodes.TOP) {
				locals.remove(locals.size() - 1);
			}
			return locals.toArray();
		}

		/**
		 * Returns the value of an instruction, or 0 for {@code -1}, and ends the method.
		 */
		void finish(int result) {
			if (result < 0) {
				this.code.visitInsn(Opcodes.DCONST_0);
			}
			else {
				value(result);
			}
			this.code.visitInsn(Opcodes.DRETURN);
			BytecodeGenerator.this.endMethod(this.code);
		}

		/**
		 * A load's adjoint is complete: the last load of a variable (the first reached)
		 * writes \(0 + \bar v\) into the gradient, as the interpreter adds to a zeroed
		 * array; any other adds to it. Skipping a zero adjoint, as the interpreter does,
		 * would change neither: the gradient entry is never \(-0\).
		 */
		private void writeGradient(int i) {
			int variable = BytecodeGenerator.this.lefts[i];
			this.code.visitVarInsn(Opcodes.ALOAD, GRADIENT);
			OperationWriter.push(this.code, variable);
			if (BytecodeGenerator.this.lastLoads[variable] == i) {
				this.code.visitInsn(Opcodes.DCONST_0);
			}
			else {
				this.code.visitInsn(Opcodes.DUP2);
				this.code.visitInsn(Opcodes.DALOAD);
			}
			this.code.visitVarInsn(Opcodes.DLOAD, adjointSlot(i));
			this.code.visitInsn(Opcodes.DADD);
			this.code.visitInsn(Opcodes.DASTORE);
		}

		/** \(\bar v_j \mathrel{+}= \bar v_i \,\partial\varphi_i / \partial v_j\). */
		private void contribute(int i, int j, int operand) {
			Runnable contribution = () -> {
				this.code.visitVarInsn(Opcodes.DLOAD, adjointSlot(i));
				Operation operation = BytecodeGenerator.this.operations[i];
				int unit = OperationWriter.unitPartial(operation, operand);
				if (unit == -1) {
					this.code.visitInsn(Opcodes.DNEG);
				}
				else if (unit == 0) {
					this.current = i;
					OperationWriter.partial(this.code, operation, operand, this);
					this.code.visitInsn(Opcodes.DMUL);
				}
			};
			if (BytecodeGenerator.this.segmentOf[j] == this.segment) {
				this.code.visitVarInsn(Opcodes.DLOAD, adjointSlot(j));
				contribution.run();
				this.code.visitInsn(Opcodes.DADD);
				this.code.visitVarInsn(Opcodes.DSTORE, adjointSlot(j));
			}
			else {
				BytecodeGenerator.this.sharedAdjoints.set(j);
				this.code.visitVarInsn(Opcodes.ALOAD, ADJOINTS);
				OperationWriter.push(this.code, j);
				this.code.visitInsn(Opcodes.DUP2);
				this.code.visitInsn(Opcodes.DALOAD);
				contribution.run();
				this.code.visitInsn(Opcodes.DADD);
				this.code.visitInsn(Opcodes.DASTORE);
			}
		}

		@Override
		public void a() {
			value(BytecodeGenerator.this.lefts[this.current]);
		}

		@Override
		public void b() {
			value(BytecodeGenerator.this.rights[this.current]);
		}

		@Override
		public void v() {
			value(this.current);
		}

		/**
		 * Pushes the value of an instruction: a constant, a local variable of this
		 * method, a coordinate of the point, or an entry of the scratch array that the
		 * method computing it is then told to fill.
		 */
		private void value(int j) {
			Operation operation = BytecodeGenerator.this.operations[j];
			if (operation == Operation.CONSTANT) {
				OperationWriter.push(this.code, BytecodeGenerator.this.constants[j]);
			}
			else if (this.valuesInLocals && BytecodeGenerator.this.segmentOf[j] == this.segment) {
				this.code.visitVarInsn(Opcodes.DLOAD, valueSlot(j));
			}
			else if (operation == Operation.VARIABLE) {
				this.code.visitVarInsn(Opcodes.ALOAD, POINT);
				OperationWriter.push(this.code, BytecodeGenerator.this.lefts[j]);
				this.code.visitInsn(Opcodes.DALOAD);
			}
			else {
				this.shared.set(j);
				load(VALUES, j);
			}
		}

		private void load(int array, int index) {
			this.code.visitVarInsn(Opcodes.ALOAD, array);
			OperationWriter.push(this.code, index);
			this.code.visitInsn(Opcodes.DALOAD);
		}

		private void store(int array, int index, Runnable value) {
			this.code.visitVarInsn(Opcodes.ALOAD, array);
			OperationWriter.push(this.code, index);
			value.run();
			this.code.visitInsn(Opcodes.DASTORE);
		}

		private int valueSlot(int i) {
			return FIRST_LOCAL + 2 * (i - this.start);
		}

		private int adjointSlot(int i) {
			return FIRST_LOCAL + 2 * (this.end - this.start) + 2 * (i - this.start);
		}

	}

	/**
	 * A generated class file.
	 *
	 * @param bytes the class file
	 * @param segments how many segments the program was cut into
	 * @param largestMethod the size in bytes of its longest method's code
	 */
	record GeneratedClass(byte[] bytes, int segments, int largestMethod) {

	}

}
