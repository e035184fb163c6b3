package nl.dictu.tvs.portal.runtime.engine;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

import java.util.Set;

/**
 * Resolves top-level names in BPMN expressions ({@code ${registrationDelegate}}) to CDI beans
 * with that {@code @Named} name. Camunda's own CDI module is not published for Jakarta in 7.24,
 * and this is all of it the portal needs. Read-only: process expressions cannot replace beans.
 */
public class CdiElResolver extends ELResolver {

    private final BeanManager beanManager;

    public CdiElResolver(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Set<Bean<?>> beans = beanManager.getBeans(name);
        if (beans.isEmpty()) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beans);
        CreationalContext<?> creationalContext = beanManager.createCreationalContext(bean);
        Object reference = beanManager.getReference(bean, bean.getBeanClass(), creationalContext);
        context.setPropertyResolved(true);
        return reference;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // beans are not assignable from process expressions
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public java.util.Iterator<java.beans.FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return java.util.Collections.emptyIterator();
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return Object.class;
    }
}
