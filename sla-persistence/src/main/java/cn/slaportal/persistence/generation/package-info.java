/**
 * The content generation: a counter in the database that moves on every change of the published content, so
 * that every instance can tell cheaply, by one small read, whether what it keeps in memory is still current.
 */
package cn.slaportal.persistence.generation;
