package nl.dictu.tvs.portal.web.view;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import nl.dictu.tvs.portal.shared.access.SignedInUser;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web application is distributable (web.xml): a session, with its view-scoped and session-scoped
 * beans and the Faces view state, moves to another node when its node goes. Everything such a bean
 * keeps in a field (its injected services come back as proxies) and every session attribute must then
 * be Serializable, down to the records it holds.
 */
class SessionStateSerializableTest {

    private static final String PORTAL = "nl.dictu.tvs.portal";
    /** Interfaces whose implementations the portal uses are all Serializable (ArrayList, HashMap, List.of ...). */
    private static final Set<Class<?>> COLLECTIONS = Set.of(List.class, Set.class, Map.class, Collection.class);

    @Test
    void shouldFindTheViewScopedBeans() {
        assertThat(sessionBeans()).hasSizeGreaterThan(10)
                .contains(nl.dictu.tvs.portal.web.view.reviewer.TasksBean.class);
    }

    @Test
    void shouldKeepOnlySerializableStateInViewAndSessionScopedBeans() {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : sessionBeans()) {
            checkClass(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldKeepTheSignedInUserSerializable() {
        List<String> problems = new ArrayList<>();
        checkClass(SignedInUser.class, "session attribute", problems, new HashSet<>());
        assertThat(problems).isEmpty();
    }

    private static List<Class<?>> sessionBeans() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PORTAL + ".web")) {
            if (javaClass.isAnnotatedWith(ViewScoped.class) || javaClass.isAnnotatedWith(SessionScoped.class)) {
                beans.add(javaClass.reflect());
            }
        }
        return beans;
    }

    private static boolean isEnterpriseBean(Class<?> c) {
        return c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)
                || c.isAnnotationPresent(Stateful.class);
    }

    private static void checkClass(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        // the portal's own fields; a library superclass (PrimeFaces' LazyDataModel) answers for its own
        for (Class<?> c = type; c != null && c.getName().startsWith(PORTAL); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof Class<?> c) {
            checkRawClass(c, path, problems, seen);
        } else {
            problems.add(path + ": cannot tell whether " + type + " is Serializable");
        }
    }

    private static void checkRawClass(Class<?> c, String path, List<String> problems, Set<Class<?>> seen) {
        if (c.isPrimitive() || c.isEnum() || c == Object.class || COLLECTIONS.contains(c)) {
            return;
        }
        if (c.isArray()) {
            checkRawClass(c.getComponentType(), path + "[]", problems, seen);
        } else if (isEnterpriseBean(c)) {
            // a reference to an enterprise bean is the container's proxy, which serializes as a handle
            return;
        } else if (c.getName().startsWith(PORTAL)) {
            if (c.isInterface() && c.isSealed()) {
                for (Class<?> permitted : c.getPermittedSubclasses()) {
                    checkClass(permitted, path, problems, seen);
                }
            } else {
                checkClass(c, path, problems, seen);
            }
        } else if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
        }
    }
}
