/** The generator benchmark: a main that fills a database and times the overview and task-list queries on it. */
package nl.dictu.tvs.portal.generator.bench;
