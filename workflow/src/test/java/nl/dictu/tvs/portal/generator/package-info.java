/**
 * The data generator: fills a database with many realistic applications in every phase, for
 * demos, browser tests and benchmarks. A few template applications are driven through the real
 * application services and process engine; their rows (engine runtime and history, application
 * tables) are then cloned with new ids, new references, other organisations and a synthetic
 * timeline, so each clone is what the engine and the services would have written for it.
 */
package nl.dictu.tvs.portal.generator;
