package io.ioxschema.resolve;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.syntax.Ast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Finds structs that contain themselves by value (directly, through other structs, arrays
 * or vecs): such a struct would have infinite size. Each cycle is reported once, at the
 * field that closes it.
 */
final class RecursionCheck {

    private final BiFunction<Ast.NamedType, LoadedFile, Optional<Symbol>> resolveName;
    private final Diagnostics diagnostics;
    private final Map<Symbol, Boolean> done = new HashMap<>();
    private final List<Symbol> stack = new ArrayList<>();
    private final Set<Symbol> recursive = new HashSet<>();

    RecursionCheck(BiFunction<Ast.NamedType, LoadedFile, Optional<Symbol>> resolveName, Diagnostics diagnostics) {
        this.resolveName = resolveName;
        this.diagnostics = diagnostics;
    }

    /** The structs that lie on a cycle. */
    Set<Symbol> run(List<Symbol> structs) {
        for (Symbol struct : structs) {
            visit(struct);
        }
        return Set.copyOf(recursive);
    }

    private void visit(Symbol struct) {
        if (done.containsKey(struct)) {
            return;
        }
        stack.add(struct);
        for (Ast.Field field : ((Ast.Struct) struct.declaration()).fields()) {
            Optional<Ast.NamedType> named = innermostNamed(field.type());
            Optional<Symbol> target = named.flatMap(n -> resolveName.apply(n, struct.file()))
                    .filter(s -> s.declaration() instanceof Ast.Struct);
            if (target.isEmpty()) {
                continue;
            }
            int onStack = stack.indexOf(target.get());
            if (onStack >= 0) {
                List<Symbol> cycle = stack.subList(onStack, stack.size());
                recursive.addAll(cycle);
                List<String> names = new ArrayList<>(cycle.stream().map(Symbol::name).toList());
                names.add(target.get().name());
                diagnostics.error(field.name().span(), "recursive struct: '" + target.get().name()
                        + "' contains itself by value (" + String.join(" -> ", names) + ")");
            } else {
                visit(target.get());
            }
        }
        stack.removeLast();
        done.put(struct, true);
    }

    private static Optional<Ast.NamedType> innermostNamed(Ast.Type type) {
        return switch (type) {
            case Ast.NamedType n -> Optional.of(n);
            case Ast.ArrayType a -> innermostNamed(a.element());
            case Ast.VecType v -> innermostNamed(v.element());
            default -> Optional.empty();
        };
    }
}
