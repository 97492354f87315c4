package dev.warden.rules.codecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads the classes Drools compiled from rule text (consequences, functions, evals, accumulate code) and reports
 * every type, method or field they reach outside {@link AllowedTypes}. The source check cannot see through every
 * way Java names a type (inferred locals, chained calls); the bytecode names each one, so this is the check that
 * holds. It runs after compilation and before any compiled class is loaded.
 */
public final class BytecodeCheck {
    /**
     * Drools generates an invoker class per consequence, eval and accumulate from its own templates (they implement
     * CompiledInvoker); the rule's code sits in static methods of the rule's class and in function classes. The
     * invokers may use the engine types below; the rule's code only the two a consequence is handed.
     */
    private static final String INVOKER = "org/drools/base/rule/accessor/CompiledInvoker";

    private static final Set<String> INVOKER_TYPES = Set.of(INVOKER,
            "org/drools/base/rule/consequence/Consequence", "org/drools/base/rule/consequence/ConsequenceContext",
            "org/drools/base/rule/accessor/EvalExpression", "org/drools/base/rule/accessor/ReturnValueExpression",
            "org/drools/base/rule/accessor/FieldValue", "org/drools/base/base/ValueResolver",
            "org/drools/base/rule/Declaration", "org/drools/base/reteoo/BaseTuple",
            "org/drools/core/rule/consequence/KnowledgeHelper", "org/kie/api/runtime/rule/FactHandle",
            "org/drools/mvel/asm/ConsequenceStub", "org/drools/mvel/asm/ConsequenceGenerator",
            "org/drools/mvel/asm/EvalStub", "org/drools/mvel/asm/EvalGenerator", "org/drools/mvel/asm/MethodComparator",
            "org/drools/mvel/field/FieldFactory", "java/lang/Class", "java/io/Externalizable", "java/io/ObjectInput",
            "java/io/ObjectOutput", "java/io/Serializable");

    /**
     * The engine types the rule's own class and function classes name: what a consequence is handed (drools, the
     * fact handles of its patterns), the values accumulate expressions return, the empty Externalizable methods
     * of the function template.
     */
    private static final Set<String> RULE_CODE_ENGINE_TYPES = Set.of("org/drools/core/rule/consequence/KnowledgeHelper",
            "org/kie/api/runtime/rule/FactHandle", "org/kie/api/runtime/rule/RuleContext",
            "org/drools/base/rule/consequence/ConsequenceContext", "org/drools/base/rule/accessor/FieldValue",
            "org/drools/mvel/field/FieldFactory", "java/io/Externalizable", "java/io/ObjectInput",
            "java/io/ObjectOutput");

    /** The calls rule code may make on those: insert, update and delete facts; wrap an accumulated value. */
    private static final Set<String> RULE_CODE_ENGINE_CALLS = Set.of(
            "org/drools/core/rule/consequence/KnowledgeHelper.insert",
            "org/drools/core/rule/consequence/KnowledgeHelper.insertLogical",
            "org/drools/core/rule/consequence/KnowledgeHelper.update",
            "org/drools/core/rule/consequence/KnowledgeHelper.delete",
            "org/drools/core/rule/consequence/KnowledgeHelper.retract",
            "org/drools/core/rule/consequence/KnowledgeHelper.modifyRetract",
            "org/drools/core/rule/consequence/KnowledgeHelper.modifyInsert",
            "org/kie/api/runtime/rule/RuleContext.insert", "org/kie/api/runtime/rule/RuleContext.update",
            "org/kie/api/runtime/rule/RuleContext.delete",
            "org/drools/mvel/field/FieldFactory.getInstance", "org/drools/mvel/field/FieldFactory.getFieldValue");

    /** Bootstraps of lambdas and string concatenation, the only invokedynamic javac and ECJ emit for rules. */
    private static final Set<String> BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory",
            "java/lang/invoke/StringConcatFactory");

    private static final Set<String> OBJECT_METHODS_DENIED = Set.of("getClass", "wait", "notify", "notifyAll",
            "finalize");

    private BytecodeCheck() {
    }

    /**
     * @param generated whether an internal class name is one the same compilation produced (checked itself)
     * @param sourceOf the rule file a compiled class came from, for the report
     */
    public static List<CodeViolation> check(String className, byte[] bytecode, Predicate<String> generated,
            String sourceOf) {
        List<String> problems = new ArrayList<>();
        new ClassReader(bytecode).accept(new Checker(problems, generated), ClassReader.SKIP_DEBUG);
        return problems.stream().distinct()
                .map(p -> new CodeViolation(sourceOf, 0, "compiled rule code " + p + " (in " + readable(className) + ")"))
                .toList();
    }

    private static String readable(String internal) {
        return internal.replace('/', '.');
    }

    private static final class Checker extends ClassVisitor {
        private final List<String> problems;
        private final Predicate<String> generated;
        private boolean invoker;

        Checker(List<String> problems, Predicate<String> generated) {
            super(Opcodes.ASM9);
            this.problems = problems;
            this.generated = generated;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            invoker = interfaces != null && java.util.Arrays.asList(interfaces).contains(INVOKER);
            if (superName != null) type(superName, "extends");
            if (interfaces != null) for (String i : interfaces) type(i, "implements");
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            descriptor(descriptor, "declares a field of type");
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            descriptor(descriptor, "declares a method with");
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitTypeInsn(int opcode, String type) {
                    type(type, "uses");
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                    type(owner, "reads a field of");
                    descriptor(fieldDescriptor, "reads a field of type");
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                        boolean isInterface) {
                    call(owner, method, methodDescriptor);
                }

                @Override
                public void visitInvokeDynamicInsn(String method, String methodDescriptor, Handle bootstrap,
                        Object... arguments) {
                    if (!BOOTSTRAPS.contains(bootstrap.getOwner())) {
                        problems.add("uses invokedynamic through " + readable(bootstrap.getOwner()));
                        return;
                    }
                    descriptor(methodDescriptor, "builds a lambda with");
                    for (Object argument : arguments) constant(argument);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(value);
                }

                @Override
                public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
                    descriptor(arrayDescriptor, "creates an array of");
                }

                @Override
                public void visitTryCatchBlock(org.objectweb.asm.Label start, org.objectweb.asm.Label end,
                        org.objectweb.asm.Label handler, String type) {
                    if (type != null) type(type, "catches");
                }
            };
        }

        private void constant(Object value) {
            if (value instanceof Type type) {
                if (type.getSort() == Type.METHOD) descriptor(type.getDescriptor(), "uses a method type with");
                else problems.add("takes the class literal " + type.getClassName());
            } else if (value instanceof Handle handle) {
                call(handle.getOwner(), handle.getName(), handle.getDesc());
            } else if (value instanceof ConstantDynamic dynamic) {
                problems.add("uses a dynamic constant " + dynamic.getName());
            }
        }

        private void call(String owner, String method, String methodDescriptor) {
            String target = owner.startsWith("[") ? Type.getType(owner).getElementType().getInternalName() : owner;
            if (invoker && INVOKER_TYPES.contains(target)) {
                // template code of the engine
            } else if (RULE_CODE_ENGINE_TYPES.contains(target)) {
                if (!RULE_CODE_ENGINE_CALLS.contains(target + "." + method)) {
                    problems.add("calls " + readable(target) + "." + method);
                }
            } else if (OBJECT_METHODS_DENIED.contains(method) && !(invoker && method.equals("getClass"))) {
                problems.add("calls " + method + "()");
            } else {
                type(target, "calls a method of");
            }
            descriptor(methodDescriptor, "calls " + readable(target) + "." + method + " with");
        }

        private void descriptor(String descriptor, String what) {
            Type type = Type.getType(descriptor);
            if (type.getSort() == Type.METHOD) {
                type(type.getReturnType(), what);
                for (Type argument : type.getArgumentTypes()) type(argument, what);
            } else {
                type(type, what);
            }
        }

        private void type(Type type, String what) {
            Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
            if (element.getSort() == Type.OBJECT) type(element.getInternalName(), what);
        }

        private void type(String internal, String what) {
            if (internal.startsWith("[")) {
                type(Type.getType(internal), what);
                return;
            }
            if (generated.test(internal) || AllowedTypes.allowed(internal) || RULE_CODE_ENGINE_TYPES.contains(internal)
                    || invoker && INVOKER_TYPES.contains(internal)) return;
            problems.add(what + " " + readable(internal) + ", which rules may not use");
        }
    }
}
