/**
 * Database outages handled, not suffered: once a connection attempt has failed, every further attempt fails at
 * once ({@link cn.slaportal.web.outage.FailFastDataSource}) instead of waiting for the pool's time-out, until a
 * background probe finds the database again ({@link cn.slaportal.web.outage.DatabaseOutage}). Pages whose
 * bytes are in memory, search and the calculator keep answering; the rest answer their localised 503.
 */
package cn.slaportal.web.outage;
