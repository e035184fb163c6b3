package nl.dictu.tvs.portal.runtime.engine;

import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/** Camunda's expression manager with CDI beans added after the engine's own resolvers. */
public class CdiExpressionManager extends JuelExpressionManager {

    private final BeanManager beanManager;

    public CdiExpressionManager(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(super.createElResolver());
        resolver.add(new CdiElResolver(beanManager));
        return resolver;
    }
}
