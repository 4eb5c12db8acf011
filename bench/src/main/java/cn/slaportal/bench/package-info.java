/**
 * JMH benchmarks of sla-core (SPEC 7): credit evaluation of resource-months (target: at least 10 million per
 * second per core) and the probe-log evaluator (attempts per second), each beside a raw loop over the same
 * data so one run gives the ratio.
 */
package cn.slaportal.bench;
