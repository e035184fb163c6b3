package nl.dictu.tvs.portal.web.view;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in the pages' expressions ({@code #{t.reference()}}, {@code #{tasksBean.isMine(row)}}, {@code
 * #{'step.'.concat(key)}}), each method found once per class, name and number of arguments. EL's own {@code
 * BeanELResolver} looks the method up again at every call through {@code Class.getMethods()}, which copies every
 * public method of the class each time: some 6-7 % of a task-list page's CPU (a call or two per cell). This resolver
 * is consulted first (registered in {@code faces-config.xml}) and takes only the case where EL could mean one method
 * and would pass the arguments as they are: a public class with exactly one public, non-static, non-bridge method of
 * that name and number of parameters, no method of that name with variable arguments, and every argument already an
 * instance of its parameter's type (not null: EL would coerce it). Every other call (overloaded by types, an argument
 * EL would convert, inaccessible, on a class EL reaches through an interface, a method expression that names its
 * parameter types) it leaves to EL, so the result is the one EL would give.
 */
public class MethodCallResolver extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        Object[] arguments = params == null ? new Object[0] : params;
        if (base == null || method == null || paramTypes != null && paramTypes.length > 0) {
            return null;
        }
        Optional<Method> found = METHODS.get(base.getClass())
                .computeIfAbsent(method + "/" + arguments.length, key -> callable(base, method.toString(), arguments.length));
        if (found.isEmpty() || !takesAsTheyAre(found.get(), arguments)) {
            return null;
        }
        Object result;
        try {
            result = found.get().invoke(base, arguments);
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The one method of that name and number of parameters, when EL could only mean it and it may be called from here. */
    private static Optional<Method> callable(Object base, String name, int arguments) {
        Class<?> type = base.getClass();
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty(); // EL looks for the method on a public interface or superclass
        }
        List<Method> named = Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(name) && !m.isBridge()).toList();
        List<Method> candidates = named.stream().filter(m -> m.getParameterCount() == arguments).toList();
        if (candidates.size() != 1 || named.stream().anyMatch(Method::isVarArgs)) {
            return Optional.empty();
        }
        Method only = candidates.get(0);
        boolean callable = !Modifier.isStatic(only.getModifiers())
                && Modifier.isPublic(only.getDeclaringClass().getModifiers()) && only.canAccess(base);
        return callable ? Optional.of(only) : Optional.empty();
    }

    /** Whether every argument is already of its parameter's type, so that EL's coercion would pass it unchanged. */
    private static boolean takesAsTheyAre(Method method, Object[] arguments) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] == null || !boxed(types[i]).isInstance(arguments[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // properties are EL's own resolvers' work
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
