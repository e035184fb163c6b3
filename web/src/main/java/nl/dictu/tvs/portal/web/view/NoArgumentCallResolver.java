package nl.dictu.tvs.portal.web.view;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls without arguments in the pages' expressions ({@code #{t.reference()}}, {@code #{d.notes()}}), resolved once
 * per class and method name. EL's own {@code BeanELResolver} looks the method up again at every call through {@code
 * Class.getMethods()}, which copies every public method of the class each time: about 6 % of a task-list page's CPU
 * (a record accessor per cell). This resolver is consulted first (registered in {@code faces-config.xml}) and takes
 * only the unambiguous case, a class with exactly one public, non-static, non-bridge method of that name without
 * parameters that the caller may call; every other call (with arguments, overloaded, inaccessible, on a class EL
 * reaches through an interface) it leaves to EL, so the result is the one EL would give.
 */
public class NoArgumentCallResolver extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || params != null && params.length > 0
                || paramTypes != null && paramTypes.length > 0) {
            return null;
        }
        Optional<Method> found = METHODS.get(base.getClass())
                .computeIfAbsent(method.toString(), name -> callable(base, name));
        if (found.isEmpty()) {
            return null;
        }
        Object result;
        try {
            result = found.get().invoke(base);
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The one method of that name without parameters, when EL could only mean it and it may be called from here. */
    static Optional<Method> callable(Object base, String name) {
        Class<?> type = base.getClass();
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty(); // EL looks for the method on a public interface or superclass
        }
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == 0 && !m.isBridge())
                .toList();
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        Method only = candidates.get(0);
        boolean callable = !Modifier.isStatic(only.getModifiers())
                && Modifier.isPublic(only.getDeclaringClass().getModifiers()) && only.canAccess(base);
        return callable ? Optional.of(only) : Optional.empty();
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
