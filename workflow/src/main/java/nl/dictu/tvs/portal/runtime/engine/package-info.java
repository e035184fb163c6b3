/** The embedded Camunda engine: bootstrap on WildFly's JTA, CDI producers and CDI-aware expressions. */
package nl.dictu.tvs.portal.runtime.engine;
