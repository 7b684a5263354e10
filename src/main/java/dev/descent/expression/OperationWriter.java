package dev.descent.expression;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Writes the bytecode of an {@link Operation}'s value and partial derivatives: the same
 * Java operations, in the same order, as {@link Operation#apply} and
 * {@link Operation#partial}, so that generated code and the interpreter agree to the last
 * bit. Where a rule needs more than arithmetic and {@link Math}, the generated code calls
 * the very helper that {@link Operation} uses.
 */
final class OperationWriter {

	private static final String MATH = Type.getInternalName(Math.class);

	private static final String OPERATION = Type.getInternalName(Operation.class);

	private static final String UNARY = "(D)D";

	private static final String BINARY = "(DD)D";

	private OperationWriter() {
	}

	/**
	 * Pushes the operands of the instruction being written: its first operand \(a\), its
	 * second operand \(b\) and its own value \(v\).
	 */
	interface Operands {

		void a();

		void b();

		void v();

	}

	/**
	 * Writes code that leaves \(v = \varphi(a, b)\) on the stack.
	 * @param code where to write
	 * @param operation the operation
	 * @param operands pushes \(a\) and \(b\)
	 */
	static void apply(MethodVisitor code, Operation operation, Operands operands) {
		if (operation == Operation.COT) {
			code.visitInsn(Opcodes.DCONST_1);
		}
		operands.a();
		if (operation.arity() == 2) {
			operands.b();
		}
		switch (operation) {
			case ADD -> code.visitInsn(Opcodes.DADD);
			case SUBTRACT -> code.visitInsn(Opcodes.DSUB);
			case MULTIPLY -> code.visitInsn(Opcodes.DMUL);
			case DIVIDE -> code.visitInsn(Opcodes.DDIV);
			case POWER, POW -> math(code, "pow", BINARY);
			case REMAINDER -> code.visitInsn(Opcodes.DREM);
			case NEGATE -> code.visitInsn(Opcodes.DNEG);
			case SQUARE -> {
				code.visitInsn(Opcodes.DUP2);
				code.visitInsn(Opcodes.DMUL);
			}
			case COT -> {
				math(code, "tan", UNARY);
				code.visitInsn(Opcodes.DDIV);
			}
			case LOG2 -> {
				math(code, "log", UNARY);
				push(code, Operation.LN2);
				code.visitInsn(Opcodes.DDIV);
			}
			case SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, EXP, EXPM1, LOG, LOG1P, LOG10, SQRT, CBRT, ABS,
					FLOOR, CEIL, SIGNUM ->
				math(code, operation.symbol(), UNARY);
			case CONSTANT, VARIABLE -> throw new IllegalArgumentException(operation + " has no operands");
		}
	}

	/**
	 * Tells whether a partial derivative is the constant 1 or -1, in which case the
	 * contribution to the adjoint is the adjoint itself or its negation, with no
	 * multiplication: \(\bar v \cdot 1 = \bar v\) and \(\bar v \cdot (-1) = -\bar v\)
	 * exactly in IEEE 754 arithmetic.
	 * @param operation the operation
	 * @param operand 0 for \(a\), 1 for \(b\)
	 * @return 1 or -1 for those constants, 0 otherwise
	 */
	static int unitPartial(Operation operation, int operand) {
		return switch (operation) {
			case ADD -> 1;
			case SUBTRACT -> (operand == 0) ? 1 : -1;
			case REMAINDER -> (operand == 0) ? 1 : 0;
			case NEGATE -> -1;
			default -> 0;
		};
	}

	/**
	 * Writes code that leaves a partial derivative on the stack, computed as
	 * {@link Operation#partial} computes it. Not for the partials that
	 * {@link #unitPartial} reports as constant.
	 * @param code where to write
	 * @param operation the operation
	 * @param operand 0 for \(a\), 1 for \(b\)
	 * @param operands pushes \(a\), \(b\) and \(v\)
	 */
	static void partial(MethodVisitor code, Operation operation, int operand, Operands operands) {
		switch (operation) {
			case MULTIPLY -> {
				if (operand == 0) {
					operands.b();
				}
				else {
					operands.a();
				}
			}
			case DIVIDE -> {
				if (operand == 0) {
					code.visitInsn(Opcodes.DCONST_1);
					operands.b();
				}
				else {
					operands.v();
					code.visitInsn(Opcodes.DNEG);
					operands.b();
				}
				code.visitInsn(Opcodes.DDIV);
			}
			case POWER, POW -> {
				operands.a();
				if (operand == 0) {
					operands.b();
					helper(code, "powerBase", BINARY);
				}
				else {
					operands.v();
					helper(code, "powerExponent", BINARY);
				}
			}
			case REMAINDER -> {
				operands.a();
				operands.b();
				code.visitInsn(Opcodes.DDIV);
				helper(code, "truncate", UNARY);
				code.visitInsn(Opcodes.DNEG);
			}
			case SQUARE -> {
				push(code, 2.0);
				operands.a();
				code.visitInsn(Opcodes.DMUL);
			}
			case SIN -> mathOf(code, "cos", operands);
			case COS -> {
				mathOf(code, "sin", operands);
				code.visitInsn(Opcodes.DNEG);
			}
			case TAN -> onePlusSquare(code, operands, true);
			case COT -> {
				onePlusSquare(code, operands, true);
				code.visitInsn(Opcodes.DNEG);
			}
			case ASIN, ACOS -> {
				push(code, (operation == Operation.ASIN) ? 1.0 : -1.0);
				code.visitInsn(Opcodes.DCONST_1);
				operands.a();
				operands.a();
				code.visitInsn(Opcodes.DMUL);
				code.visitInsn(Opcodes.DSUB);
				math(code, "sqrt", UNARY);
				code.visitInsn(Opcodes.DDIV);
			}
			case ATAN -> {
				code.visitInsn(Opcodes.DCONST_1);
				onePlusSquare(code, operands, false);
				code.visitInsn(Opcodes.DDIV);
			}
			case SINH -> mathOf(code, "cosh", operands);
			case COSH -> mathOf(code, "sinh", operands);
			case TANH -> {
				code.visitInsn(Opcodes.DCONST_1);
				operands.v();
				operands.v();
				code.visitInsn(Opcodes.DMUL);
				code.visitInsn(Opcodes.DSUB);
			}
			case EXP -> operands.v();
			case EXPM1 -> {
				operands.v();
				code.visitInsn(Opcodes.DCONST_1);
				code.visitInsn(Opcodes.DADD);
			}
			case LOG -> reciprocal(code, operands::a);
			case LOG1P -> {
				code.visitInsn(Opcodes.DCONST_1);
				code.visitInsn(Opcodes.DCONST_1);
				operands.a();
				code.visitInsn(Opcodes.DADD);
				code.visitInsn(Opcodes.DDIV);
			}
			case LOG2, LOG10 -> reciprocal(code, () -> {
				operands.a();
				push(code, (operation == Operation.LOG2) ? Operation.LN2 : Operation.LN10);
				code.visitInsn(Opcodes.DMUL);
			});
			case SQRT -> {
				push(code, 0.5);
				operands.v();
				code.visitInsn(Opcodes.DDIV);
			}
			case CBRT -> reciprocal(code, () -> {
				push(code, 3.0);
				operands.v();
				code.visitInsn(Opcodes.DMUL);
				operands.v();
				code.visitInsn(Opcodes.DMUL);
			});
			case ABS -> mathOf(code, "signum", operands);
			case FLOOR, CEIL, SIGNUM -> code.visitInsn(Opcodes.DCONST_0);
			case ADD, SUBTRACT, NEGATE, CONSTANT, VARIABLE ->
				throw new IllegalArgumentException(operation + " has no partial derivative to compute");
		}
	}

	/**
	 * Pushes a double constant; {@code dconst_0} only for positive zero.
	 * @param code where to write
	 * @param value the constant
	 */
	static void push(MethodVisitor code, double value) {
		if (Double.doubleToRawLongBits(value) == 0L) {
			code.visitInsn(Opcodes.DCONST_0);
		}
		else if (value == 1.0) {
			code.visitInsn(Opcodes.DCONST_1);
		}
		else {
			code.visitLdcInsn(value);
		}
	}

	/**
	 * Pushes an int constant with the shortest instruction.
	 * @param code where to write
	 * @param value the constant
	 */
	static void push(MethodVisitor code, int value) {
		if (value >= -1 && value <= 5) {
			code.visitInsn(Opcodes.ICONST_0 + value);
		}
		else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
			code.visitIntInsn(Opcodes.BIPUSH, value);
		}
		else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
			code.visitIntInsn(Opcodes.SIPUSH, value);
		}
		else {
			code.visitLdcInsn(value);
		}
	}

	/** \(1 + v^2\), or \(1 + a^2\) when {@code ofValue} is false. */
	private static void onePlusSquare(MethodVisitor code, Operands operands, boolean ofValue) {
		code.visitInsn(Opcodes.DCONST_1);
		Runnable operand = ofValue ? operands::v : operands::a;
		operand.run();
		operand.run();
		code.visitInsn(Opcodes.DMUL);
		code.visitInsn(Opcodes.DADD);
	}

	private static void reciprocal(MethodVisitor code, Runnable denominator) {
		code.visitInsn(Opcodes.DCONST_1);
		denominator.run();
		code.visitInsn(Opcodes.DDIV);
	}

	private static void mathOf(MethodVisitor code, String name, Operands operands) {
		operands.a();
		math(code, name, UNARY);
	}

	private static void math(MethodVisitor code, String name, String descriptor) {
		code.visitMethodInsn(Opcodes.INVOKESTATIC, MATH, name, descriptor, false);
	}

	private static void helper(MethodVisitor code, String name, String descriptor) {
		code.visitMethodInsn(Opcodes.INVOKESTATIC, OPERATION, name, descriptor, false);
	}

}
