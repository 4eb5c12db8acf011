/**
 * The description of the public JSON API: the OpenAPI document springdoc-openapi generates from the
 * {@code /api/v1} controllers (served at {@code /api/openapi.json}) and the server-rendered, bilingual API page at
 * {@code /api} that lists the same endpoints, read from the application's request mappings.
 */
package cn.slaportal.web.apidocs;
