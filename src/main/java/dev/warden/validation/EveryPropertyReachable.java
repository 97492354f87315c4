package dev.warden.validation;

import java.lang.annotation.ElementType;

import jakarta.inject.Singleton;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * Bean Validation reaches every property, and asks nothing about each one. With Hibernate ORM present, Quarkus
 * configures a resolver that asks ORM, for every property of every validated object, whether it is a loaded
 * attribute of an entity (so that validating an entity does not load its lazy associations), and Hibernate
 * Validator keeps each answer in a map built per validation. Warden validates request bodies, never entities with
 * lazy state: no entity carries a constraint or an association ({@code EveryPropertyReachableTest} holds that), so
 * those questions and that map were work on every request for nothing (a few percent of the decision endpoint's
 * CPU). An entity with a constraint on a lazy association would need ORM's resolver back.
 */
@Singleton
public class EveryPropertyReachable implements ValidatorFactoryCustomizer, TraversableResolver {
    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.traversableResolver(this);
        // The per-validation cache of this resolver's answers costs more than the answers.
        configuration.enableTraversableResolverResultCache(false);
    }

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
